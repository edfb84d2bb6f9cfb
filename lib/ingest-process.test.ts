/**
 * `npm run ingest` as separate processes over one database, as users run it: two at once, and
 * one killed with SIGKILL mid-run then run again. Runs on SQLite, and on PostgreSQL under
 * scripts/with-postgres.mjs.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATA_DIR } from "../extract/catalogue";
import { scratchDatabase, type Scratch } from "./testdb";

let scratch: Scratch;
beforeEach(async () => {
  scratch = await scratchDatabase();
});
afterEach(async () => {
  await scratch.dispose();
});

interface Run {
  status: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
  pid: number;
}

function ingest(paths: string[], url = scratch.url): Run {
  // A generous budget: these tests are about concurrency, and a loaded machine slows every article.
  // The command line `npm run ingest` runs (package.json): the script from its cached bundle.
  const child = spawn(process.execPath, ["scripts/run-bundled.mjs", "scripts/ingest.ts", "--budget=120", ...paths], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  return { status: new Promise((r) => child.on("exit", (code) => r(code))), stdout: () => out, stderr: () => err, pid: child.pid! };
}

async function contents() {
  const { db } = scratch;
  return {
    articles: (await db.article.findMany({ select: { slug: true, contentHash: true, published: true }, orderBy: { slug: "asc" } })).map((a) => `${a.slug} ${a.published}`),
    events: (await db.event.findMany({ include: { evidence: true }, orderBy: { slug: "asc" } })).map((e) => `${e.slug} ${e.evidence.map((ev) => ev.start).sort((a, b) => a - b).join(",")}`),
    pending: await db.pendingMerge.count(),
  };
}

/** A folder of test articles: the bundled corpus and a slice of our own test set. */
function articles(count: number) {
  const dir = mkdtempSync(join(tmpdir(), "summitry-process-"));
  cpSync(join(DATA_DIR, "articles"), dir, { recursive: true });
  const own = join(DATA_DIR, "eval", "articles");
  for (const name of readdirSync(own).filter((n) => n.endsWith(".txt")).sort().slice(0, count)) cpSync(join(own, name), join(dir, name));
  return dir;
}

describe("ingest processes over one database", () => {
  it("lets two ingests of the same articles run at once: both succeed, nothing is stored twice", async () => {
    const dir = articles(30);
    const [a, b] = [ingest([dir]), ingest([dir])];
    expect([await a.status, await b.status], a.stderr() + b.stderr()).toEqual([0, 0]);
    for (const run of [a, b]) expect(run.stderr()).not.toMatch(/SQLITE_BUSY|P1008|Error:/);
    const together = await contents();
    const added = (run: Run) => Number(/articles: (\d+) added/.exec(run.stdout())![1]);
    // Each article was added by exactly one of them.
    expect(added(a) + added(b)).toBe(together.articles.length);
    expect(new Set(together.articles).size).toBe(together.articles.length);
    expect(together.pending).toBe(0);

    // The same events as one ingest alone gives.
    const alone = await scratchDatabase();
    try {
      expect(await ingest([dir], alone.url).status).toBe(0);
      const slugs = (await alone.db.event.findMany({ orderBy: { slug: "asc" }, select: { slug: true } })).map((e) => e.slug);
      expect(together.events.map((e) => e.split(" ")[0])).toEqual(slugs);
    } finally {
      await alone.dispose();
    }
  });

  it("leaves nothing half-written when killed with SIGKILL, and a second run finishes the work", async () => {
    const dir = articles(30);
    const killed = ingest([dir]);
    // Killed as soon as the first batch of articles is stored, before their events are merged.
    for (let i = 0; i < 600 && (await scratch.db.article.count()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
    process.kill(killed.pid, "SIGKILL");
    await killed.status;
    const half = await contents();
    // Whatever was stored is whole: every stored article has its merge either done or queued.
    expect(half.articles.length).toBeGreaterThan(0);

    const rerun = ingest([dir]);
    expect(await rerun.status, rerun.stderr()).toBe(0);
    const finished = await contents();
    expect(finished.pending).toBe(0);

    const clean = await scratchDatabase();
    try {
      expect(await ingest([dir], clean.url).status).toBe(0);
      const slugs = (await clean.db.event.findMany({ orderBy: { slug: "asc" }, select: { slug: true } })).map((e) => e.slug);
      const arts = (await clean.db.article.findMany({ orderBy: { slug: "asc" }, select: { slug: true, published: true } })).map((a) => `${a.slug} ${a.published}`);
      expect(finished.articles).toEqual(arts);
      expect(finished.events.map((e) => e.split(" ")[0])).toEqual(slugs);
    } finally {
      await clean.dispose();
    }
  });

  it("exits 1 and names the file when a file is refused, 2 when the database cannot be reached", async () => {
    const dir = mkdtempSync(join(tmpdir(), "summitry-process-"));
    cpSync(join(DATA_DIR, "articles", "004_c64a4f538d15649b.txt"), join(dir, "good.txt"));
    cpSync(join(DATA_DIR, "articles", "004_c64a4f538d15649b.txt"), join(dir, "empty.txt"), { filter: () => true });
    await import("node:fs").then((fs) => fs.writeFileSync(join(dir, "empty.txt"), ""));
    const refused = ingest([dir]);
    expect(await refused.status).toBe(1);
    expect(refused.stderr()).toContain(`${join(dir, "empty.txt")}: the file is empty`);

    const unreachable = ingest([dir], scratch.provider === "postgresql" ? "postgresql://postgres@127.0.0.1:1/none" : `file:${join(dir, "no-such-folder", "x.db")}`);
    expect(await unreachable.status).toBe(2);
    expect(unreachable.stderr()).toMatch(/^ingest failed: /m);
  });
});
