/**
 * The cached bundle `npm run ingest` starts from (scripts/run-bundled.mjs): built on a fresh clone,
 * reused while its sources are unchanged, and never used once one of them changed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATA_DIR } from "../extract/catalogue";
import { scratchDatabase } from "../lib/testdb";
import { cachedBundle } from "./run-bundled.mjs";

let dir: string;
let cacheDir: string;

/**
 * A source file, dated a minute back: a file modified after its bundle started building is not
 * trusted to be in it (no manifest then), and a test writes its files within that millisecond.
 */
function source(name: string, text: string) {
  writeFileSync(join(dir, name), text);
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(dir, name), past, past);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "summitry-bundled-"));
  cacheDir = join(dir, "cache");
  source("main.ts", 'import { greeting } from "./greeting";\nimport { basename } from "node:path";\nconst n: number = process.argv.length;\nconsole.log(`${greeting} ${basename(import.meta.dirname)} ${n} ${process.argv.slice(2).join(",")}`);\n');
  source("greeting.ts", 'export const greeting: string = "one";\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What the bundle prints when run as node runs it: its own file in place of the entry. */
const run = (url: string) => execFileSync(process.execPath, [fileURLToPath(url), "a", "b"], { encoding: "utf8" }).trim();

describe("cachedBundle", () => {
  it("builds on the first run, and the next run reuses that bundle", async () => {
    const first = await cachedBundle(join(dir, "main.ts"), { cacheDir });
    expect(first.built).toBe(true);
    // import.meta.dirname still names the source's folder, not the cache the bundle runs from.
    expect(run(first.url)).toBe(`one ${dir.split("/").pop()} 4 a,b`);
    const second = await cachedBundle(join(dir, "main.ts"), { cacheDir });
    expect(second).toEqual({ url: first.url, built: false });
  });

  it("never runs a stale bundle: an imported file changed (same size) builds it again", async () => {
    const first = await cachedBundle(join(dir, "main.ts"), { cacheDir });
    source("greeting.ts", 'export const greeting: string = "two";\n');
    const second = await cachedBundle(join(dir, "main.ts"), { cacheDir });
    expect(second.built).toBe(true);
    expect(second.url).not.toBe(first.url);
    expect(run(second.url)).toMatch(/^two /);
  });

  it("does not trust a bundle whose source was modified while it was built: the next run builds again", async () => {
    // Dated after the build started, as an edit saved while esbuild was reading would be.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, "greeting.ts"), later, later);
    expect((await cachedBundle(join(dir, "main.ts"), { cacheDir })).built).toBe(true);
    expect((await cachedBundle(join(dir, "main.ts"), { cacheDir })).built).toBe(true);
  });

  it("builds again when the manifest points at a bundle that was deleted", async () => {
    await cachedBundle(join(dir, "main.ts"), { cacheDir });
    for (const name of readdirSync(cacheDir)) if (!name.endsWith(".json")) rmSync(join(cacheDir, name), { recursive: true });
    const again = await cachedBundle(join(dir, "main.ts"), { cacheDir });
    expect(again.built).toBe(true);
    expect(run(again.url)).toMatch(/^one /);
  });

  it("removes an entry's bundles an hour old when it builds a new one, and keeps recent ones a running ingest may still read", async () => {
    const first = await cachedBundle(join(dir, "main.ts"), { cacheDir });
    const old = join(cacheDir, "main-0123456789abcdef");
    mkdirSync(old);
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    source("greeting.ts", 'export const greeting: string = "two";\n');
    const second = await cachedBundle(join(dir, "main.ts"), { cacheDir });
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fileURLToPath(first.url))).toBe(true);
    expect(run(second.url)).toMatch(/^two /);
  });

  it("passes the script its arguments as if it were run directly", () => {
    const out = execFileSync(process.execPath, [fileURLToPath(new URL("./run-bundled.mjs", import.meta.url)), join(dir, "main.ts"), "x", "y"], {
      encoding: "utf8",
      env: { ...process.env, SUMMITRY_CACHE_DIR: cacheDir },
    });
    expect(out.trim()).toBe(`one ${dir.split("/").pop()} 4 x,y`);
  });

  it("runs the ingest command from a cache folder outside the project, its native modules still found", async () => {
    const scratch = await scratchDatabase();
    try {
      const articles = join(DATA_DIR, "articles");
      const out = execFileSync(process.execPath, [fileURLToPath(new URL("./run-bundled.mjs", import.meta.url)), "scripts/ingest.ts", articles], {
        encoding: "utf8",
        stdio: "pipe",
        env: { ...process.env, SUMMITRY_CACHE_DIR: cacheDir, DATABASE_URL: scratch.url },
      });
      expect(out).toMatch(/^articles: 5 added, 0 already stored, 0 refused; events: 10 created/);
      expect(await scratch.db.event.count()).toBe(10);
    } finally {
      await scratch.dispose();
    }
  });

  it("refuses to run a script that does not build, with exit status 2 and the error", () => {
    source("greeting.ts", "export const greeting = ;\n");
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, [fileURLToPath(new URL("./run-bundled.mjs", import.meta.url)), join(dir, "main.ts")], {
        encoding: "utf8",
        stdio: "pipe",
        env: { ...process.env, SUMMITRY_CACHE_DIR: cacheDir },
      });
    } catch (e) {
      ({ status, stderr } = e as { status: number; stderr: string });
    }
    expect(status).toBe(2);
    expect(stderr).toMatch(/could not build .*main\.ts: .*greeting\.ts:1: /);
  });
});
