/**
 * The one Prisma client of the app. DATABASE_URL picks the database: `postgresql://…` (or
 * `postgres://…`) talks to PostgreSQL through the pg adapter, anything else is a SQLite file
 * through the better-sqlite3 adapter (default prisma/dev.db, relative to the working directory).
 * Both clients are generated from the same models (prisma/schema.prisma and
 * prisma/postgresql/schema.prisma), so the rest of the code sees one type.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client";

export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export type Provider = "sqlite" | "postgresql";

export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** How long a SQLite statement waits for another writer before answering "busy" (then lib/write.ts retries). */
const SQLITE_BUSY_MS = 2_000;

const providers = new WeakMap<PrismaClient, Provider>();

/** The provider a client made by createPrisma talks to (raw SQL differs between the two). */
export function providerOfClient(db: PrismaClient): Provider {
  return providers.get(db) ?? "sqlite";
}

/**
 * PostgreSQL's driver adapter, loaded when the client first connects: loading pg (which loads
 * Node's fetch) cost every SQLite process, every `npm run ingest` among them, tens of milliseconds.
 */
function lazyPostgresAdapter(connectionString: string): SqlDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString }).connect();
    },
  };
}

export function createPrisma(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): PrismaClient {
  const provider = providerOf(url);
  const db =
    provider === "postgresql"
      ? // The same models generate the same client API; only the SQL dialect behind it differs.
        (new PostgresClient({ adapter: lazyPostgresAdapter(url) }) as unknown as PrismaClient)
      : new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_MS }) });
  providers.set(db, provider);
  return db;
}

// One client per server process, kept across hot reloads in development.
const globalForPrisma = globalThis as unknown as { summitryPrisma?: PrismaClient };
export function prisma(): PrismaClient {
  globalForPrisma.summitryPrisma ??= createPrisma();
  return globalForPrisma.summitryPrisma;
}

/** Serve `db` from prisma() in this process: for tests that call the routes over a scratch database. */
export function servePrisma(db: PrismaClient) {
  globalForPrisma.summitryPrisma = db;
}

export type { PrismaClient };
