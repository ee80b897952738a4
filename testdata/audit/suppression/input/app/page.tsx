import { missingReason, mistypedCode, nothingToSuppress, ping, subscribe, usesIt } from './actions';
export const all = [missingReason, mistypedCode, nothingToSuppress, ping, subscribe, usesIt];
