/**
 * A scratch SQLite database of N synthetic events (10k, 100k, 1M) for the web benchmarks and the
 * e2e test at scale: created by the real migrations, filled with plain prepared inserts in one
 * transaction (a million events in well under a minute, where one Prisma create per event
 * would take an hour). Dates spread over 2000–2024; about one in ten is known only to the month
 * and one in thirty to the year; twelve leaders, so many pairs.
 *
 *   npx tsx bench/synthetic.ts 100000 /tmp/summitry-100k.db     (or import syntheticDatabase)
 */
import { normaliseText } from "../lib/search";
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadCatalogue } from "../extract/catalogue";

export function fillSynthetic(file: string, n: number): void {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const leaders = loadCatalogue().leaders.slice(0, 12);
  const short = (id: string) => id.split("-").pop()!;
  const types = ["in-person", "phone", "video"];
  const start = Date.UTC(2000, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const insertLeader = db.prepare(`INSERT OR IGNORE INTO "Leader" ("id", "name", "countries") VALUES (?, ?, ?)`);
  const insertEvent = db.prepare(`INSERT INTO "Event" ("id", "slug", "date", "precision", "year", "type", "place", "pair", "fingerprint") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertParticipant = db.prepare(`INSERT INTO "Participant" ("eventId", "leaderId", "position") VALUES (?, ?, ?)`);
  // The search row lib/search.ts would write; a topic word per event gives searches few, varied hits.
  const insertSearch = db.prepare(`INSERT INTO "event_search" (rowid, body) VALUES (?, ?)`);
  const insertEvidence = db.prepare(`INSERT INTO "Evidence" ("eventId", "articleId", "quote", "start", "end") VALUES (?, 1, ?, 0, 37)`);
  db.transaction(() => {
    for (const l of leaders) insertLeader.run(l.id, l.name, l.roles[0].country);
    db.prepare(`INSERT INTO "Article" ("id", "slug", "contentHash", "file", "title", "text") VALUES (1, 'synthetic', 'synthetic', 'synthetic.txt', 'Synthetic article', 'A synthetic sentence about a meeting.')`).run();
    for (let j = 0; j < n; j++) {
      const day = new Date(start + rand() * span).toISOString().slice(0, 10);
      const r = rand();
      const [date, precision] = r < 0.033 ? [day.slice(0, 4), "year"] : r < 0.13 ? [day.slice(0, 7), "month"] : [day, "day"];
      const a = leaders[j % leaders.length];
      const bi = (j * 7 + 3) % leaders.length === j % leaders.length ? (j + 1) % leaders.length : (j * 7 + 3) % leaders.length;
      const b = leaders[bi];
      const id = j + 1;
      const type = types[j % 3];
      insertEvent.run(id, `${date}-synthetic-${j}`, date, precision, Number(date.slice(0, 4)), type, type === "in-person" ? "Geneva, Switzerland" : null, `${short(a.id)}-${short(b.id)}`, String(j));
      insertParticipant.run(id, a.id, 0);
      insertParticipant.run(id, b.id, 1);
      insertEvidence.run(id, "A synthetic sentence about a meeting.");
      insertSearch.run(id, normaliseText(`${type === "in-person" ? "Geneva, Switzerland" : ""}\n${a.name}\n${b.name}\nSynthetic article\nA synthetic sentence about a meeting on topic${j % 997}.`));
    }
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  db.close();
}

function migrate(file: string) {
  execFileSync(join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "pipe" });
}

/** A fresh scratch database with `n` synthetic events; dispose() deletes it. */
export async function syntheticDatabase(n: number): Promise<{ url: string; dispose: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "summitry-synthetic-"));
  const file = join(dir, "synthetic.db");
  migrate(file);
  fillSynthetic(file, n);
  return { url: `file:${file}`, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("bench/synthetic.ts")) {
  const n = Number(process.argv[2] ?? 10_000);
  const file = resolve(process.argv[3] ?? `/tmp/summitry-${n}.db`);
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  const t0 = performance.now();
  migrate(file);
  fillSynthetic(file, n);
  console.log(`${n} synthetic events in ${file} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

/**
 * A synthetic database kept in the temporary folder between runs (a million events take minutes
 * to write): reused when it holds `n` events and every migration, else written again.
 */
export async function syntheticFile(n: number): Promise<string> {
  const file = join(tmpdir(), `summitry-synthetic-${n}.db`);
  if (existsSync(file)) {
    try {
      const db = new Database(file, { readonly: true });
      const events = (db.prepare(`SELECT COUNT(*) AS c FROM "Event"`).get() as { c: number }).c;
      const applied = (db.prepare(`SELECT COUNT(*) AS c FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`).get() as { c: number }).c;
      db.close();
      if (events === n && applied === readdirSync("prisma/migrations").filter((d) => /^\d/.test(d)).length) return file;
    } catch {
      /* unreadable: write it again */
    }
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  migrate(file);
  fillSynthetic(file, n);
  return file;
}
