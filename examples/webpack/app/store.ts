// The server's state: in memory (one process, one test run). Only the RSC graph imports it.
export const store = {
  todos: [] as string[],
  listName: 'Todos',
  // Captured by the inline action in Page.tsx: it reaches the browser only encrypted.
  owner: 'owner-5be21d',
};
