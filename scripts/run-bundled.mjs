/**
 * `node scripts/run-bundled.mjs ENTRY.ts ARGS...`: run a TypeScript script from a cached esbuild
 * bundle instead of through tsx. Loading the ingest command's sources through tsx's loader took
 * about 2 s of CPU before any article was read; one plain JavaScript file loads in a fraction of that.
 *
 * The bundle is built on the first run (a fresh clone has no cache) into
 * node_modules/.cache/summitry/ and reused while its sources are unchanged: a manifest lists every
 * file that went into it, and each run checks them before using it. The project's own files are
 * checked by content (their SHA-256, of exactly the text that was bundled); files of installed
 * packages by path, size and modification time (npm install and patch-package rewrite them). Any
 * difference, or a file changed while the bundle was being built, builds it again: a stale bundle
 * is never run.
 *
 * Plain JavaScript with no dependency but esbuild, loaded only to build, so the check itself is cheap.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
/** SUMMITRY_CACHE_DIR moves it (a read-only node_modules, or tests that must not touch the real one). */
export const DEFAULT_CACHE_DIR = process.env.SUMMITRY_CACHE_DIR || join(ROOT, "node_modules", ".cache", "summitry");

/** Older bundles of an entry are removed once this old: a run started from one has loaded it by then. */
const PRUNE_AFTER_MS = 60 * 60_000;

/**
 * Native addons and executables cannot be inlined into a bundle; pg-native is an optional
 * dependency of pg that is not installed.
 */
const EXTERNAL = ["better-sqlite3", "esbuild", "pg-native", "fsevents"];

const LOADERS = { ".ts": "ts", ".tsx": "tsx", ".mts": "ts", ".js": "js", ".mjs": "js", ".json": "json" };

const sha256 = (data) => createHash("sha256").update(data).digest("hex");
const isPackageFile = (file) => file.split(/[\\/]/).includes("node_modules");

/** The fingerprint of a manifest's files as they are now (null when one is gone). */
function fingerprint(manifest) {
  const hash = createHash("sha256");
  for (const file of manifest.sources) {
    if (!existsSync(file)) return null;
    hash.update(file).update("\0").update(sha256(readFileSync(file))).update("\0");
  }
  for (const file of manifest.packages) {
    if (!existsSync(file)) return null;
    const s = statSync(file);
    hash.update(file).update("\0").update(`${s.size}:${s.mtimeMs}`).update("\0");
  }
  return hash.digest("hex");
}

function manifestPath(entry, cacheDir) {
  return join(cacheDir, `${basename(entry, extname(entry))}-${sha256(entry).slice(0, 8)}.json`);
}

function readManifest(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/**
 * Each project file is compiled on its own so that `import.meta.dirname`, `.filename` and `.url`
 * keep meaning that file's own location: a bundle lives in the cache folder, and paths such as
 * extract/catalogue.ts's data folder are relative to the source file, not to wherever it runs.
 */
function sourcePlugin(esbuild, sources) {
  const external = new RegExp(`^(${EXTERNAL.join("|")})(/|$)`);
  return {
    name: "summitry-sources",
    setup(build) {
      // Left out of the bundle, and imported by absolute path: the cache folder may be anywhere
      // (SUMMITRY_CACHE_DIR), where a bare name would not find the project's node_modules.
      build.onResolve({ filter: external }, (args) => {
        try {
          return { path: createRequire(join(args.resolveDir, "_")).resolve(args.path), external: true };
        } catch {
          // An optional dependency that is not installed: its importer copes without it.
          return { path: args.path, external: true };
        }
      });
      build.onLoad({ filter: /\.(ts|tsx|mts|js|mjs|json)$/ }, async (args) => {
        if (isPackageFile(args.path)) return undefined;
        const text = readFileSync(args.path);
        sources.set(args.path, sha256(text));
        const loader = LOADERS[extname(args.path)];
        if (loader === "json") return { contents: text, loader };
        const define = {
          "import.meta.dirname": JSON.stringify(dirname(args.path)),
          "import.meta.filename": JSON.stringify(args.path),
          "import.meta.url": JSON.stringify(pathToFileURL(args.path).href),
        };
        try {
          const out = await esbuild.transform(text.toString("utf8"), { loader, define, sourcefile: args.path, target: "node20" });
          return { contents: out.code, loader: "js", resolveDir: dirname(args.path) };
        } catch (e) {
          // Reported at the file and line that does not compile, not at the import that reached it.
          return { errors: e.errors ?? [{ text: e.message }] };
        }
      });
    },
  };
}

async function build(entry, cacheDir, manifestFile) {
  const esbuild = createRequire(import.meta.url)("esbuild");
  const started = Date.now();
  const sources = new Map();
  const staging = join(cacheDir, `${basename(entry, extname(entry))}.${process.pid}.${started}.tmp`);
  rmSync(staging, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: [entry],
    outdir: staging,
    bundle: true,
    // Code only some runs need (PostgreSQL's query compiler, for one) stays in chunks loaded on demand.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outExtension: { ".js": ".mjs" },
    entryNames: "main",
    chunkNames: "chunk-[hash]",
    metafile: true,
    logLevel: "silent",
    plugins: [sourcePlugin(esbuild, sources)],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: 'import { createRequire as __summitryRequire } from "node:module"; const require = __summitryRequire(import.meta.url);' },
  });
  const packages = Object.keys(result.metafile.inputs)
    .map((p) => resolve(p))
    .filter(isPackageFile)
    .sort();
  const manifest = { entry, sources: [...sources.keys()].sort(), packages, key: "", bundle: "" };
  const hash = createHash("sha256");
  for (const file of manifest.sources) hash.update(file).update("\0").update(sources.get(file)).update("\0");
  for (const file of packages) {
    const s = statSync(file);
    hash.update(file).update("\0").update(`${s.size}:${s.mtimeMs}`).update("\0");
  }
  manifest.key = hash.digest("hex");
  const final = join(cacheDir, `${basename(entry, extname(entry))}-${manifest.key.slice(0, 16)}`);
  manifest.bundle = join(final, "main.mjs");
  // Two runs building at once: the first rename wins, and the other's identical build is dropped.
  if (existsSync(final)) rmSync(staging, { recursive: true, force: true });
  else {
    try {
      renameSync(staging, final);
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  // A file edited while esbuild read it may be in the bundle in either version: this bundle serves
  // this run, but no manifest points at it, and the next run builds again.
  const changedMeanwhile = fingerprint(manifest) !== manifest.key || [...manifest.sources, ...packages].some((f) => statSync(f).mtimeMs >= started);
  if (!changedMeanwhile) {
    const partial = `${manifestFile}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(manifest));
    renameSync(partial, manifestFile);
    prune(cacheDir, basename(entry, extname(entry)), final);
  }
  return manifest.bundle;
}

/** Every edit of a source leaves a bundle behind: those of the same entry an hour old go. */
function prune(cacheDir, name, keep) {
  const pattern = new RegExp(`^${name.replace(/[^\w-]/g, "\\$&")}-[0-9a-f]{16}$`);
  for (const dir of readdirSync(cacheDir)) {
    const path = join(cacheDir, dir);
    if (!pattern.test(dir) || path === keep) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > PRUNE_AFTER_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

/**
 * The bundle of `entry` (an absolute path) as a file URL: the cached one when every file in it is
 * unchanged, else a new one built now. `built` says which.
 */
export async function cachedBundle(entry, { cacheDir = DEFAULT_CACHE_DIR } = {}) {
  entry = resolve(entry);
  const manifestFile = manifestPath(entry, cacheDir);
  const manifest = readManifest(manifestFile);
  if (manifest && manifest.entry === entry && existsSync(manifest.bundle) && fingerprint(manifest) === manifest.key) {
    return { url: pathToFileURL(manifest.bundle).href, built: false };
  }
  mkdirSync(cacheDir, { recursive: true });
  return { url: pathToFileURL(await build(entry, cacheDir, manifestFile)).href, built: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const entry = process.argv[2];
  if (!entry) {
    process.stderr.write("usage: node scripts/run-bundled.mjs SCRIPT.ts [ARGS...]\n");
    process.exit(2);
  }
  let url;
  try {
    ({ url } = await cachedBundle(resolve(entry)));
  } catch (e) {
    const errors = e.errors?.map((m) => `${m.location ? `${m.location.file}:${m.location.line}: ` : ""}${m.text}`).join("\n");
    const unwritable = ["EACCES", "EPERM", "EROFS"].includes(e.code) ? `; SUMMITRY_CACHE_DIR can name a writable folder for it` : "";
    process.stderr.write(`could not build ${entry}: ${errors || e.message}${unwritable}\n`);
    process.exit(2);
  }
  // The script reads its own arguments from process.argv.slice(2), as if run directly.
  process.argv.splice(1, 2, entry);
  await import(url);
}
