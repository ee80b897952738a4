export const secretDb = { async run(...args: unknown[]) {} };
