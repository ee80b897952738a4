export function createActions() {
  return { signIn: async () => 1, signOut: async () => 2, nested: [async () => 3], other: async () => 4 }
}
