/**
 * A scratch database for tests and benchmarks, created by the real migrations: a SQLite file in
 * a temporary folder, or, when SUMMITRY_TEST_POSTGRES_URL names a PostgreSQL server (see
 * scripts/with-postgres.mjs), a fresh database on it, dropped afterwards.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { createPrisma, type PrismaClient, type Provider } from "./db";
import { ingestPaths } from "./ingest";

export interface Scratch {
  url: string;
  provider: Provider;
  db: PrismaClient;
  dispose: () => Promise<void>;
}

function migrate(url: string) {
  execFileSync(join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

/**
 * One database per process is built by the real migrations; every scratch database after it is a
 * copy (a file copy, or PostgreSQL's CREATE DATABASE … TEMPLATE), since starting the migration
 * engine for each test took seconds of every database test.
 */
let sqliteTemplate: string | null = null;
let postgresTemplate: string | null = null;

function sqliteCopy(target: string) {
  if (!sqliteTemplate) {
    const file = join(mkdtempSync(join(tmpdir(), "summitry-template-")), "template.db");
    migrate(`file:${file}`);
    sqliteTemplate = file;
  }
  copyFileSync(sqliteTemplate, target);
}

/** The provider the database tests run against: PostgreSQL under scripts/with-postgres.mjs, else SQLite. */
export const testProvider: Provider = process.env.SUMMITRY_TEST_POSTGRES_URL ? "postgresql" : "sqlite";

export async function scratchDatabase(): Promise<Scratch> {
  const server = process.env.SUMMITRY_TEST_POSTGRES_URL;
  if (server) {
    const name = `summitry_${randomBytes(6).toString("hex")}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    try {
      if (!postgresTemplate) {
        const template = `summitry_template_${randomBytes(6).toString("hex")}`;
        await admin.query(`CREATE DATABASE ${template}`);
        const url = new URL(server);
        url.pathname = `/${template}`;
        migrate(url.href);
        postgresTemplate = template;
      }
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${postgresTemplate}`);
    } finally {
      await admin.end();
    }
    const url = new URL(server);
    url.pathname = `/${name}`;
    const db = createPrisma(url.href);
    return {
      url: url.href,
      provider: "postgresql",
      db,
      dispose: async () => {
        await db.$disconnect();
        const c = new Client({ connectionString: server });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "summitry-"));
  const url = `file:${join(dir, "test.db")}`;
  sqliteCopy(join(dir, "test.db"));
  const db = createPrisma(url);
  return {
    url,
    provider: "sqlite",
    db,
    dispose: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A scratch database holding the bundled corpus, ingested as a user's first run would. */
export async function corpusDatabase(): Promise<Scratch> {
  const scratch = await scratchDatabase();
  await ingestPaths(scratch.db, loadCatalogue(), [join(DATA_DIR, "articles")]);
  return scratch;
}
