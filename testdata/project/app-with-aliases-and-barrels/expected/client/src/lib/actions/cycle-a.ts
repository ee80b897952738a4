export * from "./cycle-b";
export const cycleA = 1;
