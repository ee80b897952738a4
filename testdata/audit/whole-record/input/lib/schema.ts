import { pgTable, text } from 'drizzle-orm/pg-core';

export const users = pgTable('users', { id: text('id').primaryKey(), name: text('name') });
export type User = typeof users.$inferSelect;

export interface Settings { theme: string; locale: string }
