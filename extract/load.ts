/**
 * Reading article files for the pipeline: files or directories of .txt/.html files, each
 * directory's manifest.tsv (file, publisher, url, published), and the checks that turn bad
 * input into one clear message per file instead of a crash.
 *
 * The contract: a file is UTF-8 text with no NUL byte anywhere; a leading byte-order mark is
 * kept in the text, so offsets index the file exactly as `readFileSync(file, "utf8")` returns
 * it; only regular files are read (a FIFO or a socket would block, a device never ends); a url,
 * from the manifest or the front matter, must be http(s).
 */
import { closeSync, existsSync, fstatSync, lstatSync, openSync, readFileSync, readSync, readdirSync, statSync, constants } from "node:fs";
import { basename, dirname, join } from "node:path";
import * as z from "zod";
import { parseFrontMatter } from "./article";
import type { Input } from "./pipeline";
import type { ArticleMeta } from "./types";

export const MAX_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXT = /\.(txt|html?|md|xml|rss|atom)$/i;

const ManifestRow = z.object({
  file: z.string().min(1),
  publisher: z.string().optional(),
  url: z.union([z.url({ protocol: /^https?$/ }), z.literal("")]).optional(),
  published: z.union([z.iso.date(), z.literal("")]).optional(),
});

export interface LoadResult {
  inputs: Input[];
  errors: { file: string; message: string }[];
}

/** manifest.tsv → metadata by file name. Malformed rows are reported and skipped. */
export function readManifest(path: string, errors: LoadResult["errors"]): Map<string, ArticleMeta> {
  const rows = new Map<string, ArticleMeta>();
  const lines = readFileSync(path, "utf8").split(/\r?\n/).filter((l) => l.trim());
  const header = lines.shift()?.split("\t").map((h) => h.trim().toLowerCase()) ?? [];
  if (!header.includes("file")) {
    errors.push({ file: path, message: "manifest has no 'file' column in its header" });
    return rows;
  }
  lines.forEach((line, i) => {
    const cells = line.split("\t");
    const raw = Object.fromEntries(header.map((h, j) => [h, (cells[j] ?? "").trim()]));
    const parsed = ManifestRow.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({ file: path, message: `manifest line ${i + 2}: bad ${issue.path.join(".") || "row"} (${issue.message})` });
      return;
    }
    const r = parsed.data;
    rows.set(r.file, { publisher: r.publisher || null, url: r.url || null, published: r.published || null });
  });
  return rows;
}

/** Decode a file as UTF-8, refusing what is not text. */
export function decodeArticle(buf: Buffer): string {
  if (buf.length === 0) throw new Error("the file is empty");
  if (buf.length > MAX_BYTES) throw new Error(`the file is ${(buf.length / 1048576).toFixed(1)} MB, over the 5 MB limit`);
  if (buf.includes(0)) throw new Error("the file contains NUL bytes: binary, not text");
  try {
    // ignoreBOM keeps a leading byte-order mark, as readFileSync(file, "utf8") does: offsets then match the text a reader gets.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    throw new Error("the file is not valid UTF-8 text");
  }
}

const HTTP_URL = /^https?:\/\/[^\s/?#]+/i;

/** A front matter url that is not http(s) would become a link in every reader's browser: refused. */
function checkFrontMatterUrl(text: string) {
  let url: string | null | undefined;
  try {
    url = parseFrontMatter(text).meta.url;
  } catch {
    return; // malformed front matter is the pipeline's to report, with its own message
  }
  if (url && !HTTP_URL.test(url)) throw new Error(`front matter url must start with http:// or https://, got ${JSON.stringify(url.slice(0, 60))}`);
}

function kindOf(mode: number): string {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFIFO:
      return "a FIFO";
    case constants.S_IFSOCK:
      return "a socket";
    case constants.S_IFCHR:
    case constants.S_IFBLK:
      return "a device";
    case constants.S_IFDIR:
      return "a directory";
    default:
      return "not a regular file";
  }
}

/**
 * Read one file, refusing anything but a regular file. O_NONBLOCK keeps a FIFO from blocking
 * the open; the kind is then checked on the open descriptor, so a file swapped in between
 * cannot slip through.
 */
export function readArticleFile(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error(`skipped: ${kindOf(st.mode)}, not a regular file`);
    if (st.size > MAX_BYTES) throw new Error(`the file is ${(st.size / 1048576).toFixed(1)} MB, over the 5 MB limit`);
    const buf = Buffer.alloc(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buf, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const text = decodeArticle(buf.subarray(0, read));
    checkFrontMatterUrl(text);
    return text;
  } finally {
    closeSync(fd);
  }
}

export interface ArticleFile {
  path: string;
  /** The path as the user gave it (a directory's files joined to the directory), for messages. */
  given: string;
  meta: ArticleMeta;
  /** The day the file was last written (YYYY-MM-DD, UTC): the story in it was published on or before it. */
  saved: string;
}

/** A file's last-written day: its own date, unlike the day it happens to be read. */
const savedDay = (mtime: Date) => mtime.toISOString().slice(0, 10);

/**
 * The article files under `paths`, with their manifest metadata, without reading them: a run
 * over 100,000 files holds their names, never all their texts.
 */
export function listArticleFiles(paths: string[]): { files: ArticleFile[]; errors: LoadResult["errors"] } {
  const errors: LoadResult["errors"] = [];
  const manifests = new Map<string, Map<string, ArticleMeta>>();
  const manifestFor = (dir: string) => {
    if (!manifests.has(dir)) {
      const path = join(dir, "manifest.tsv");
      manifests.set(dir, existsSync(path) && lstatSync(path).isFile() ? readManifest(path, errors) : new Map());
    }
    return manifests.get(dir)!;
  };
  const files: ArticleFile[] = [];
  const add = (path: string, mtime: Date) => files.push({ path, given: path, meta: manifestFor(dirname(path)).get(basename(path)) ?? {}, saved: savedDay(mtime) });
  for (const p of paths) {
    if (!existsSync(p)) {
      errors.push({ file: p, message: "no such file or directory" });
      continue;
    }
    const st = statSync(p);
    if (st.isDirectory()) {
      const names = readdirSync(p).filter((n) => ARTICLE_EXT.test(n) && n.toLowerCase() !== "readme.md").sort();
      for (const n of names) {
        const path = join(p, n);
        const entry = statSync(path, { throwIfNoEntry: false });
        if (!entry) errors.push({ file: path, message: "no such file or directory" });
        else if (!entry.isFile()) errors.push({ file: path, message: `skipped: ${kindOf(entry.mode)}, not a regular file` });
        else add(path, entry.mtime);
      }
    } else if (!st.isFile()) errors.push({ file: p, message: `skipped: ${kindOf(st.mode)}, not a regular file` });
    else add(p, st.mtime);
  }
  return { files, errors };
}

export function loadPaths(paths: string[]): LoadResult {
  const { files, errors } = listArticleFiles(paths);
  const result: LoadResult = { inputs: [], errors };
  for (const f of files) {
    try {
      result.inputs.push({ file: f.given, text: readArticleFile(f.path), meta: f.meta, saved: f.saved });
    } catch (e) {
      result.errors.push({ file: f.given, message: (e as Error).message });
    }
  }
  return result;
}
