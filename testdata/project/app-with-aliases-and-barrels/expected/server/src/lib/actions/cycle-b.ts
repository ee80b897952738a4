export * from "./cycle-a";
export * from "./index";
