/**
 * Bulk ingest benchmark: N synthetic articles (bench/articles.ts, ~3 KB each) ingested by
 * `npm run ingest` into a scratch database, then one more article into that corpus.
 * Prints articles/s and the ingest process's peak RSS for each size, and the time to add one
 * article (the whole command, and the ingest call alone).
 *
 *   npx tsx bench/ingest.ts [SIZE...]        default: 10000 100000
 *   DATABASE_URL=postgresql://… also works: a fresh database is made beside it for each size.
 * Budget (2 cores): 100,000 articles in under 5 minutes, one more in under 2 s, peak RSS under 1 GB.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { loadCatalogue } from "../extract/catalogue";
import { ingestPaths } from "../lib/ingest";
import { scratchDatabase } from "../lib/testdb";
import { ArticleGenerator } from "./articles";

const sizes = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
if (!sizes.length) sizes.push(10_000, 100_000);
if (process.env.DATABASE_URL?.startsWith("postgres")) process.env.SUMMITRY_TEST_POSTGRES_URL = process.env.DATABASE_URL;

const TICKS_PER_SECOND = 100;

/**
 * Run `npm run ingest` as its own process; its peak RSS and CPU time (all its threads, user and
 * system, sampled every 100 ms until it exits) are read from /proc while it runs.
 */
function ingestCommand(url: string, dir: string): Promise<{ seconds: number; cpu: number; peakMb: number; status: number | null; out: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", dir], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  let peakKb = 0;
  let ticks = 0;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      // Fields 14 and 15 of /proc/PID/stat (after the parenthesised name): user and system ticks.
      const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks = Math.max(ticks, Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process has just ended
    }
  }, 100);
  return new Promise((resolve) =>
    child.on("exit", (status) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - started) / 1000, cpu: ticks / TICKS_PER_SECOND, peakMb: peakKb / 1024, status, out });
    }),
  );
}

const rows: string[] = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), "summitry-bench-"));
  const generator = new ArticleGenerator(42);
  const t0 = performance.now();
  generator.write(join(dir, "corpus"), 0, n);
  generator.write(join(dir, "one"), n, n + 1);
  generator.write(join(dir, "another"), n + 1, n + 2);
  console.error(`${n}: generated in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const scratch = await scratchDatabase();
  const loadBefore = loadavg()[0];
  try {
    const bulk = await ingestCommand(scratch.url, join(dir, "corpus"));
    if (bulk.status !== 0) throw new Error(`ingest exited ${bulk.status}:\n${bulk.out.slice(-2000)}`);
    console.error(bulk.out.trim());
    const one = await ingestCommand(scratch.url, join(dir, "one"));
    if (one.status !== 0) throw new Error(`ingest exited ${one.status}:\n${one.out.slice(-2000)}`);
    const t1 = performance.now();
    const cpu1 = process.cpuUsage();
    const report = await ingestPaths(scratch.db, loadCatalogue(), [join(dir, "another")]);
    const inProcess = (performance.now() - t1) / 1000;
    const inProcessCpu = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(cpu1));
    if (report.added.length !== 1 || report.extracted !== 1) throw new Error(`adding one article read ${report.extracted}`);
    const events = await scratch.db.event.count();
    rows.push(
      `| ${scratch.provider} | ${n.toLocaleString("en")} | ${bulk.seconds.toFixed(0)} s (CPU ${bulk.cpu.toFixed(0)} s) | ${(n / bulk.seconds).toFixed(0)} | ${bulk.peakMb.toFixed(0)} MB | ${events.toLocaleString("en")} | ` +
        `${one.seconds.toFixed(2)} s (CPU ${one.cpu.toFixed(2)} s, peak ${one.peakMb.toFixed(0)} MB) | ${inProcess.toFixed(2)} s (CPU ${inProcessCpu.toFixed(2)} s) | ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} |`,
    );
    console.error(rows[rows.length - 1]);
  } finally {
    await scratch.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log("| database | articles | bulk ingest (wall, CPU) | articles/s | peak RSS | events | one more article (command) | one more (ingest call) | load average (1 min) |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows) console.log(r);
