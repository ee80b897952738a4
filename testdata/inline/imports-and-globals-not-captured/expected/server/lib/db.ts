export const db = { async save(...args: unknown[]) {} };
