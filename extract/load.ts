/**
 * Reading article files for the pipeline: files or directories of .txt/.html files, each
 * directory's manifest.tsv (file, publisher, url, published), and the checks that turn bad
 * input into one clear message per file instead of a crash.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { z } from "zod";
import type { Input } from "./pipeline";
import type { ArticleMeta } from "./types";

export const MAX_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXT = /\.(txt|html?|md)$/i;

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
  if (buf.subarray(0, 8000).includes(0)) throw new Error("the file is binary, not text");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new Error("the file is not valid UTF-8 text");
  }
}

export function loadPaths(paths: string[]): LoadResult {
  const result: LoadResult = { inputs: [], errors: [] };
  const manifests = new Map<string, Map<string, ArticleMeta>>();
  const manifestFor = (dir: string) => {
    if (!manifests.has(dir)) {
      const path = join(dir, "manifest.tsv");
      manifests.set(dir, existsSync(path) ? readManifest(path, result.errors) : new Map());
    }
    return manifests.get(dir)!;
  };
  const files: { path: string; given: string }[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      result.errors.push({ file: p, message: "no such file or directory" });
      continue;
    }
    if (statSync(p).isDirectory()) {
      const names = readdirSync(p).filter((n) => ARTICLE_EXT.test(n) && n.toLowerCase() !== "readme.md").sort();
      files.push(...names.map((n) => ({ path: join(p, n), given: join(p, n) })));
    } else files.push({ path: p, given: p });
  }
  for (const f of files) {
    try {
      const text = decodeArticle(readFileSync(f.path));
      result.inputs.push({ file: f.given, text, meta: manifestFor(dirname(f.path)).get(basename(f.path)) ?? {} });
    } catch (e) {
      result.errors.push({ file: f.given, message: (e as Error).message });
    }
  }
  return result;
}
