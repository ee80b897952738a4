export const db = { async rename(id: string, label: string) {}, async save(...a: unknown[]) {} };
