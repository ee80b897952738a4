import * as actions from './items/actions';
export const all = actions;
