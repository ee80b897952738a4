export const repo = { save: async (v: string) => v }
