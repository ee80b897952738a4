export { Button } from "./Button";
export { default as NewPost } from "./NewPost";
