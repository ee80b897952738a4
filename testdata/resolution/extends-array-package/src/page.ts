import { save } from '~/actions';
import { save as again } from '@actions';
import { x } from 'lib/util';
import * as direct from './lib/actions.js';
import { missing } from '~/missing';
export const all = [save, again, x, direct, missing];
