export const db = { async remove(...args: string[]) {} };
