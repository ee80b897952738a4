import { drizzle } from 'drizzle-orm/postgres-js';
export const database = drizzle(process.env.DATABASE_URL!);
