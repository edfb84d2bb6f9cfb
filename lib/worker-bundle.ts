/**
 * The extraction worker as one plain JavaScript file. A worker thread does not inherit the
 * parent's TypeScript loader: started through tsx, every thread of every ingest compiled the whole
 * pipeline again (seconds on a loaded machine, most of the time to add one article). esbuild
 * bundles lib/extract-worker.ts once per version of its sources into node_modules/.cache/summitry/,
 * and every later thread starts from that file.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Esbuild from "esbuild";

const ROOT = join(import.meta.dirname, "..");

/** The TypeScript sources under `dir`, tests left out, in a stable order. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The bundle's URL, built first if its sources changed since it was last built. */
export function workerBundle(): URL {
  const entry = join(ROOT, "lib", "extract-worker.ts");
  const inputs = [...sourceFiles(join(ROOT, "extract")), entry, join(ROOT, "lib", "read-article.ts"), join(ROOT, "package-lock.json")];
  const hash = createHash("sha256");
  for (const f of inputs) if (existsSync(f)) hash.update(f).update(readFileSync(f));
  // Beside the command's own bundle (scripts/run-bundled.mjs), which SUMMITRY_CACHE_DIR moves too.
  const dir = process.env.SUMMITRY_CACHE_DIR || join(ROOT, "node_modules", ".cache", "summitry");
  const file = join(dir, `extract-worker-${hash.digest("hex").slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // Written beside, then renamed: two ingests building at once never start a half-written file.
    const partial = `${file}.${process.pid}.tmp`;
    const esbuild = createRequire(import.meta.url)("esbuild") as typeof Esbuild;
    esbuild.buildSync({
      entryPoints: [entry],
      outfile: partial,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "silent",
      // CommonJS dependencies inside an ES module bundle still call require().
      banner: { js: 'import { createRequire as __summitryRequire } from "node:module"; const require = __summitryRequire(import.meta.url);' },
    });
    renameSync(partial, file);
  }
  return pathToFileURL(file);
}
