import * as actions from './actions';
export const all = actions;
