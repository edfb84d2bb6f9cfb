/**
 * The one Prisma client of the app, talking to SQLite through the better-sqlite3 adapter.
 * DATABASE_URL picks the file (default prisma/dev.db, relative to the working directory).
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";

export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export function createPrisma(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

// One client per server process, kept across hot reloads in development.
const globalForPrisma = globalThis as unknown as { summitryPrisma?: PrismaClient };
export function prisma(): PrismaClient {
  globalForPrisma.summitryPrisma ??= createPrisma();
  return globalForPrisma.summitryPrisma;
}

export type { PrismaClient };
