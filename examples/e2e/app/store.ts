// The server's state: an in-memory list (one process, one test run).
export const todos: string[] = [];
