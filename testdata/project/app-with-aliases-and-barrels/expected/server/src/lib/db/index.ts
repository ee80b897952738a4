export const db = {
  async query(sql: string, ...args: unknown[]) { return { sql, args }; },
};
