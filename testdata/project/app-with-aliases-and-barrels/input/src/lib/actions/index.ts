// A plain barrel: re-exports are followed to the actions behind them.
export { createPost, deletePost } from "./posts";
export * from "./reexports";
export * as billing from "./billing";
export * from "./cycle-a";
