export const client = {
  action: <T>(fn: T) => fn,
}
