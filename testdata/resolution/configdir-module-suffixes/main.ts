import { button } from '#lib/button';
import { util } from '#lib/util';
import { button as again } from './lib/button';
import { theme } from 'shared/theme';
export const all = [button, util, again, theme];
