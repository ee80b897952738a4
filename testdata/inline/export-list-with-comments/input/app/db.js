export const db = { put: async (x, n) => [x, n] };
