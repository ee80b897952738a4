import * as clerk from '../actions/clerk';
import * as nextAuth from '../actions/next-auth-v4';
import * as supabase from '../actions/ssr';
import * as betterAuth from '../actions/betterauth';
import * as lucia from '../actions/lucia';
import * as iron from '../actions/iron';
import * as unresolved from '../actions/unresolved';

export const actions = { clerk, nextAuth, supabase, betterAuth, lucia, iron, unresolved };
