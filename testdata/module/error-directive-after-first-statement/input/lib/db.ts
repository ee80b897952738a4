export const db = { put: async (v: string) => v }
