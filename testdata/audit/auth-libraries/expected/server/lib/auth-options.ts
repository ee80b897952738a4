export const authOptions = { providers: [] };
