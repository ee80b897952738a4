// The dev server's state (one process, one test run): only the server layer imports it.
export const journal = {
  uploads: [] as Array<{ title: string; name: string; type: string; text: string; at: Date }>,
  steps: [] as string[],
};
