/**
 * Bulk ingest benchmark: N synthetic articles (bench/articles.ts, ~3 KB each) ingested by
 * `npm run ingest` into a scratch database, then one more article into that corpus.
 * Prints articles/s and the ingest process's peak RSS for each size, and the time to add one
 * article: `npm run ingest -- FILE` exactly as a user types it, the command line that script
 * expands to (package.json), and the ingest call alone in this process (its first call, as cold
 * as a command's, and the later ones); wall and CPU time each (CPU of every process and thread).
 *
 *   npx tsx bench/ingest.ts [SIZE...] [--keep] [--runs=N]      default sizes: 10000 100000
 *
 * --keep (SQLite only) keeps each size's corpus database in the temporary folder
 * (summitry-bench-ingest/SIZE) and reuses it on the next run with --keep, so the add-one alone
 * at 100k takes seconds instead of a bulk ingest of minutes. When the extraction code changed
 * since, the kept articles are marked as read by the current code (else the add-one would read all
 * 100k again, as a user's first ingest after an upgrade does); delete the folder to start afresh. Every add-one runs on a fresh copy of
 * the corpus, so repeated runs (--runs, default 3; the median is printed) measure the same thing.
 * DATABASE_URL=postgresql://… also works (without --keep): a fresh database is made beside it for each size.
 * Budget (2 cores): 100,000 articles in under 5 minutes, one more in under 2 s, peak RSS under 1 GB.
 */
import { execFileSync, spawn } from "node:child_process";
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { loadCatalogue } from "../extract/catalogue";
import { createPrisma } from "../lib/db";
import { extractorVersion, ingestPaths } from "../lib/ingest";
import { scratchDatabase, type Scratch } from "../lib/testdb";
import { ArticleGenerator } from "./articles";

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (!sizes.length) sizes.push(10_000, 100_000);
const keep = args.includes("--keep");
const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 3);
if (process.env.DATABASE_URL?.startsWith("postgres")) {
  if (keep) throw new Error("--keep keeps SQLite files only");
  process.env.SUMMITRY_TEST_POSTGRES_URL = process.env.DATABASE_URL;
}

/** What package.json's "ingest" script runs, so the bench times the same command line npm would. */
const INGEST_SCRIPT = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts.ingest;

interface Measured {
  seconds: number;
  cpu: number;
  peakMb: number;
  status: number | null;
  out: string;
}

/**
 * One command, timed by /usr/bin/time: wall, user + system CPU of it and every process it waited
 * for (npm, the shell, node and all its threads), and the peak RSS of the largest of them.
 */
function timed(command: string[], url: string): Promise<Measured> {
  const child = spawn("/usr/bin/time", ["-f", "\n@@time %e %U %S %M", ...command], {
    env: { ...process.env, DATABASE_URL: url, PATH: `${join(process.cwd(), "node_modules", ".bin")}:${process.env.PATH}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  return new Promise((resolve) =>
    child.on("exit", (status) => {
      const m = /@@time ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(out);
      if (!m) throw new Error(`no timing from /usr/bin/time:\n${out}`);
      resolve({ seconds: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), peakMb: Number(m[4]) / 1024, status, out: out.slice(0, m.index).trim() });
    }),
  );
}

const npmIngest = (path: string) => ["npm", "run", "--silent", "ingest", "--", path];
const scriptIngest = (path: string) => ["sh", "-c", `${INGEST_SCRIPT} "$0"`, path];

/** The first call in this process (cold: nothing compiled yet, as in a command) and the median of the later ones. */
function inProcessCell(runs: { seconds: number; cpu: number }[]) {
  const [first, ...later] = runs;
  const warm = later.length ? `; later ${median(later.map((m) => m.seconds)).toFixed(2)} s` : "";
  return `${first.seconds.toFixed(2)} s (CPU ${first.cpu.toFixed(2)} s) first${warm}`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: Measured[]) => `${median(ms.map((m) => m.seconds)).toFixed(2)} s (CPU ${median(ms.map((m) => m.cpu)).toFixed(2)} s)`;

function ok(m: Measured, what: string) {
  if (m.status !== 0) throw new Error(`${what} exited ${m.status}:\n${m.out.slice(-2000)}`);
  return m;
}

/** The corpus of `n` articles in a SQLite file: kept from an earlier --keep run, or ingested now. */
async function corpus(n: number, dir: string): Promise<{ file: string; bulk: Measured | null; scratch: Scratch | null }> {
  const kept = join(tmpdir(), "summitry-bench-ingest", String(n), "corpus.db");
  if (keep && existsSync(kept)) {
    // Migrations added since it was kept (an index, say) apply to it as to a user's database.
    execFileSync(join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${kept}` }, stdio: "pipe" });
    const db = createPrisma(`file:${kept}`);
    // Read by other extraction code (it changed since the corpus was kept), every article would be
    // read again by the next ingest, as a user's upgrade does once. The add-one is timed as of
    // the current code: the articles are marked read by it, their stored mentions left as they are.
    const { count } = await db.article.updateMany({ where: { extractor: { not: extractorVersion() } }, data: { extractor: extractorVersion() } });
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    await db.$disconnect();
    if (count) console.error(`${n}: the kept corpus was read by other extraction code; marked as read by this code (delete ${kept} to ingest it afresh)`);
    console.error(`${n}: reusing ${kept}`);
    return { file: kept, bulk: null, scratch: null };
  }
  const generator = new ArticleGenerator(42);
  const t0 = performance.now();
  generator.write(join(dir, "corpus"), 0, n);
  console.error(`${n}: generated in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const scratch = await scratchDatabase();
  const bulk = ok(await timed(scriptIngest(join(dir, "corpus")), scratch.url), "bulk ingest");
  console.error(bulk.out);
  rmSync(join(dir, "corpus"), { recursive: true, force: true });
  if (scratch.provider === "postgresql") return { file: "", bulk, scratch };
  // Folded back into one file (no WAL beside it), so a plain copy is a whole database.
  await scratch.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await scratch.db.$disconnect();
  const file = scratch.url.slice("file:".length);
  if (!keep) return { file, bulk, scratch };
  mkdirSync(join(kept, ".."), { recursive: true });
  renameSync(file, kept);
  await scratch.dispose();
  return { file: kept, bulk, scratch: null };
}

/**
 * A fresh copy of the corpus, flushed to disk first: otherwise the ingest's first checkpoint
 * (an fsync) would pay for writing out the whole copy, which a user's database never asks.
 */
function copyOf(file: string, copy: string) {
  copyFileSync(file, copy);
  const fd = openSync(copy, "r+");
  fsyncSync(fd);
  closeSync(fd);
}

const rows: string[] = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), "summitry-bench-"));
  const loadBefore = loadavg()[0];
  const generator = new ArticleGenerator(42);
  generator.write(join(dir, "one"), n, n + 1);
  generator.write(join(dir, "another"), n + 1, n + 2);
  const one = join(dir, "one", readdirSync(join(dir, "one"))[0]);
  try {
    const { file, bulk, scratch } = await corpus(n, dir);
    const viaNpm: Measured[] = [];
    const viaScript: Measured[] = [];
    const inProcess: { seconds: number; cpu: number }[] = [];
    let events = 0;
    for (let r = 0; r < runs; r++) {
      if (scratch?.provider === "postgresql") {
        // No file to copy: the one article is added once, then found already stored.
        if (r === 0) viaNpm.push(ok(await timed(npmIngest(one), scratch.url), "npm run ingest"));
        break;
      }
      // Each run on its own copy of the corpus, the same article added to the same 100k.
      for (const [list, command] of [
        [viaNpm, npmIngest],
        [viaScript, scriptIngest],
      ] as const) {
        const copy = join(dir, "copy.db");
        copyOf(file, copy);
        list.push(ok(await timed(command(one), `file:${copy}`), command(one).join(" ")));
        rmSync(copy);
      }
      const copy = join(dir, "copy.db");
      copyOf(file, copy);
      const db = createPrisma(`file:${copy}`);
      const t1 = performance.now();
      const cpu1 = process.cpuUsage();
      const report = await ingestPaths(db, loadCatalogue(), [join(dir, "another")]);
      inProcess.push({ seconds: (performance.now() - t1) / 1000, cpu: (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(cpu1)) });
      if (report.added.length !== 1 || report.extracted !== 1) throw new Error(`adding one article read ${report.extracted}`);
      events = await db.event.count();
      await db.$disconnect();
      rmSync(copy);
      rmSync(`${copy}-wal`, { force: true });
      rmSync(`${copy}-shm`, { force: true });
    }
    if (scratch?.provider === "postgresql") events = await scratch.db.event.count();
    const bulkCells = bulk
      ? `${bulk.seconds.toFixed(0)} s (CPU ${bulk.cpu.toFixed(0)} s) | ${(n / bulk.seconds).toFixed(0)} | ${bulk.peakMb.toFixed(0)} MB`
      : "kept | – | –";
    const provider = scratch?.provider ?? "sqlite";
    rows.push(
      `| ${provider} | ${n.toLocaleString("en")} | ${bulkCells} | ${events.toLocaleString("en")} | ${fmt(viaNpm)} | ${viaScript.length ? fmt(viaScript) : "–"} | ` +
        `${inProcess.length ? inProcessCell(inProcess) : "–"} | ${viaNpm.length} | ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} |`,
    );
    console.error(rows[rows.length - 1]);
    await scratch?.dispose();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`one more article: \`npm run ingest -- FILE\`, and the line it expands to (\`${INGEST_SCRIPT} FILE\`); medians of the runs`);
console.log("| database | articles | bulk ingest (wall, CPU) | articles/s | peak RSS | events | one more: `npm run ingest` | one more: its command line | one more: ingest call | runs | load average (1 min) |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows) console.log(r);
