import { PrismaClient } from '@prisma/client';

const globalForPrisma = globalThis as unknown as { client?: PrismaClient };
export const client = globalForPrisma.client ?? new PrismaClient();
