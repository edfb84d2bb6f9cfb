/**
 * Ingest: article files → the database, through the extraction pipeline, incrementally.
 *
 * Each article is read once, when it arrives (on worker threads within a time budget, or in this
 * thread for a small run), and its mentions are stored with it; events are merged from stored
 * mentions, and only the merge units (kind of contact and participants, in one year) the new
 * articles touch are merged again. An article already stored (same content hash) changes nothing.
 * Articles are written in batches, one transaction each, together with the units they leave to
 * merge; the merges run once at the end of the run, a few hundred units per transaction that also
 * clears them. So a run killed at any moment leaves whole batches and whole merges, and the next
 * run finishes the merges still queued. Only one batch of texts is in memory at a time.
 *
 * An article with no date of its own may be anchored by another article's day-precise report of
 * the same contact (extract/pipeline.ts): a new undated article is anchored against the stored
 * reports, and stored undated articles are anchored again when new reports of their keys arrive.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { DATA_DIR } from "../extract/catalogue";
import { slugify } from "../extract/events";
import { LeaderIndex, type Catalogue } from "../extract/leaders";
import { listArticleFiles, readArticleFile } from "../extract/load";
import { anchorDay, type ArticleReading, type Input } from "../extract/pipeline";
import type { ArticleMeta, Mention } from "../extract/types";
import { executeIn, insertRows, int, selectIn } from "./bulk";
import { providerOfClient, type PrismaClient, type Provider } from "./db";
import { ExtractPool, DEFAULT_BUDGET_MS } from "./extract-pool";
import { emptyCounts, mergeKeys, mergeUnits, type MergeCounts } from "./merge";
import { fromRow, mentionKey, toRow } from "./mention-rows";
import { mark } from "./phase-timing";
import { sourceFiles } from "./worker-bundle";
import { prepareDatabase, write, type Tx } from "./write";

export interface IngestReport {
  added: string[];
  unchanged: string[];
  failed: { file: string; message: string }[];
  events: MergeCounts;
  /** Articles the pipeline read in this run: new ones, and stored ones that had to be read again. */
  extracted: number;
  /** Extraction threads started: none when a small run reads its articles in-process. */
  threads: number;
}

export interface IngestOptions {
  onProgress?: (done: number, total: number, file: string) => void;
  /** Told once when another writer holds the database and this run waits for it. */
  onWait?: () => void;
  /** Per article, in milliseconds: an article still being read then is refused. */
  budgetMs?: number;
  /** Extraction threads (default: one per core). */
  workers?: number;
  /** Articles per transaction. */
  batchSize?: number;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export function contentHash(text: string, meta: ArticleMeta): string {
  return sha256(`${text}\u0000${JSON.stringify([meta.publisher ?? null, meta.url ?? null, meta.published ?? null])}`);
}

/**
 * The extraction code and data that read the stored articles: when they change, stored articles
 * are read again, so a better pipeline reaches them without a re-ingest by hand.
 */
export function extractorVersion(): string {
  const dir = fileURLToPath(new URL("../extract/", import.meta.url));
  const hash = createHash("sha256");
  // Every folder of it: a change in extract/mentions/ reads stored articles again too.
  for (const file of sourceFiles(dir)) hash.update(relative(dir, file)).update(readFileSync(file));
  for (const name of ["leaders.json", "countries.json"]) hash.update(name).update(readFileSync(join(DATA_DIR, name)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Articles read by other extraction code than `version`: two ranges of the extractor index, so
 * that with none (every run but the first after an upgrade) both databases answer from the index
 * alone; `<>` would have PostgreSQL read every article.
 */
const readByOtherCode = (version: string) => ({ OR: [{ extractor: { lt: version } }, { extractor: { gt: version } }] });

/** Reports of a day that can anchor an undated article's weekday or year-less day. */
const canAnchor = (m: Mention) => m.date?.precision === "day";

interface Context {
  db: PrismaClient;
  provider: Provider;
  index: LeaderIndex;
  pool: ExtractPool;
  version: string;
  report: IngestReport;
  options: IngestOptions;
  /** Keys that received reports able to anchor: stored undated articles of these keys are anchored again. */
  anchorKeys: Set<string>;
}

export async function ingestPaths(db: PrismaClient, catalogue: Catalogue, paths: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const listed = listArticleFiles(paths);
  const report: IngestReport = { added: [], unchanged: [], failed: [...listed.errors], events: emptyCounts(), extracted: 0, threads: 0 };
  mark("list files");
  await prepareDatabase(db, providerOfClient(db), options);
  mark("connect");
  await syncLeaders(db, catalogue, options);
  mark("leaders");
  const version = extractorVersion();
  mark("version hash");
  const stale = await db.article.count({ where: readByOtherCode(version) });
  mark("stale count");
  const pool = new ExtractPool(catalogue, { size: options.workers, budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS, expected: listed.files.length + stale });
  const ctx: Context = { db, provider: providerOfClient(db), index: new LeaderIndex(catalogue), pool, version, report, options, anchorKeys: new Set() };
  try {
    if (stale) await rereadStale(ctx);
    mark("stale reread");
    const size = options.batchSize ?? 250;
    // The next batch is read on the worker threads while this one is written.
    let next = listed.files.length ? readBatch(ctx, listed.files.slice(0, size)) : null;
    for (let i = 0; next; i += size) {
      options.onProgress?.(i, listed.files.length, listed.files[i].given);
      const arrivals = await next;
      next = i + size < listed.files.length ? readBatch(ctx, listed.files.slice(i + size, i + 2 * size)) : null;
      // A failed write must not leave the next batch's reading unobserved.
      mark("read + extract");
      await storeBatch(ctx, arrivals).catch(async (e) => {
        await next?.catch(() => undefined);
        throw e;
      });
      mark("write");
    }
    options.onProgress?.(listed.files.length, listed.files.length, "");
    await reanchor(ctx);
    mark("reanchor");
    await mergePending(ctx);
    mark("merge");
  } finally {
    report.extracted = pool.reads;
    report.threads = pool.started;
    await pool.close();
    mark("pool close");
  }
  return report;
}

async function syncLeaders(db: PrismaClient, catalogue: Catalogue, options: IngestOptions) {
  const rows = new Map((await db.leader.findMany()).map((r) => [r.id, r]));
  const changed = catalogue.leaders
    .map((l) => ({ id: l.id, name: l.name, countries: [...new Set(l.roles.map((r) => r.country))].join(",") }))
    .filter((l) => rows.get(l.id)?.name !== l.name || rows.get(l.id)?.countries !== l.countries);
  if (!changed.length) return;
  await write(
    db,
    async (tx) => {
      for (const l of changed) await tx.leader.upsert({ where: { id: l.id }, create: l, update: { name: l.name, countries: l.countries } });
    },
    options,
  );
}

interface Arrival {
  given: string;
  input: Input;
  hash: string;
  reading: ArticleReading;
}

/** A batch of files read, checked against what is stored, and extracted (not yet written). */
async function readBatch(ctx: Context, files: ReturnType<typeof listArticleFiles>["files"]): Promise<Arrival[]> {
  const { db, report, pool } = ctx;
  const candidates: { given: string; input: Input; hash: string }[] = [];
  for (const f of files) {
    try {
      const text = readArticleFile(f.path);
      candidates.push({ given: f.given, input: { file: f.given, text, meta: f.meta, saved: f.saved }, hash: contentHash(text, f.meta) });
    } catch (e) {
      report.failed.push({ file: f.given, message: (e as Error).message });
    }
  }
  const stored = new Set((await db.article.findMany({ where: { contentHash: { in: candidates.map((c) => c.hash) } }, select: { contentHash: true } })).map((r) => r.contentHash));
  const fresh: typeof candidates = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (stored.has(c.hash) || seen.has(c.hash)) report.unchanged.push(c.given);
    else fresh.push(c);
    seen.add(c.hash);
  }
  const results = await Promise.all(fresh.map((c) => pool.read(c.input)));
  const arrivals: Arrival[] = [];
  fresh.forEach((c, i) => {
    const r = results[i];
    if ("error" in r) report.failed.push({ file: c.given, message: r.error });
    else arrivals.push({ ...c, reading: r.reading });
  });

  // An undated arrival is anchored against everything stored and everything in this batch.
  const batchKnown = arrivals.flatMap((a) => a.reading.known.filter(canAnchor));
  await Promise.all(
    arrivals.map(async (a) => {
      if (a.reading.article.published || !a.reading.unresolved.length) return;
      const known = [...(await storedKnown(db, a.reading.unresolved)), ...batchKnown];
      const day = anchorDay(a.reading.unresolved, a.reading.bounds, known);
      if (!day) return;
      const again = await pool.read(a.input, day);
      if ("reading" in again) a.reading = again.reading;
    }),
  );
  for (const a of arrivals) for (const m of a.reading.known) if (canAnchor(m)) ctx.anchorKeys.add(mentionKey(m));
  return arrivals;
}

/** A batch of read articles written with their mentions, in one transaction. */
async function storeBatch(ctx: Context, all: Arrival[]) {
  const { db, report } = ctx;
  if (!all.length) return;

  const written = await write(
    db,
    async (tx) => {
      // Another ingest may have stored some of these since they were read: those are left to it.
      const racing = new Set((await tx.article.findMany({ where: { contentHash: { in: all.map((a) => a.hash) } }, select: { contentHash: true } })).map((r) => r.contentHash));
      const arrivals = all.filter((a) => !racing.has(a.hash));
      if (!arrivals.length) return arrivals;
      // PostgreSQL fills in its own default; SQLite's would not be in the format Prisma reads back.
      const ingestedAt = ctx.provider === "sqlite" ? { ingestedAt: new Date().toISOString().replace("Z", "+00:00") } : {};
      const bases = arrivals.map((a) => slugify(basename(a.given, extname(a.given))) || "article");
      const taken = new Set((await tx.article.findMany({ where: { slug: { in: bases } }, select: { slug: true } })).map((r) => r.slug));
      const rows = arrivals.map((a, i) => {
        const slug = taken.has(bases[i]) ? `${bases[i]}-${a.hash.slice(0, 8)}` : bases[i];
        taken.add(slug);
        const { title, publisher, url, published, publishedSource } = a.reading.article;
        return {
          slug,
          contentHash: a.hash,
          file: a.given,
          title,
          publisher,
          url,
          givenPublished: a.input.meta?.published ?? null,
          published,
          publishedSource,
          text: a.input.text,
          extractor: ctx.version,
          anchorBounds: a.reading.unresolved.length ? JSON.stringify(a.reading.bounds) : null,
          ...ingestedAt,
        };
      });
      const created = await insertRows<{ id: number; contentHash: string }>(tx, ctx.provider, "Article", rows, ["id", "contentHash"]);
      const idOf = new Map(created.map((r) => [r.contentHash, int(r.id)]));
      const units = new Set<string>();
      const mentions = arrivals.flatMap((a) => mentionRows(idOf.get(a.hash)!, a.reading, units));
      await insertRows(tx, ctx.provider, "Mention", mentions);
      await queueMerges(ctx, tx, units);
      return arrivals;
    },
    ctx.options,
  );
  const added = new Set(written);
  for (const a of all) (added.has(a) ? report.added : report.unchanged).push(a.given);
}

/** The rows an article's reading is stored as; the merge units it touches are added to `units`. */
function mentionRows(articleId: number, reading: ArticleReading, units: Set<string>) {
  const knownAt = new Set(reading.known.filter(canAnchor).map((m) => `${m.start}:${m.date!.value}`));
  const rows = reading.mentions.map((m) => {
    for (const unit of mergeUnits(mentionKey(m), m.date?.value)) units.add(unit);
    return toRow(m, articleId, "event", knownAt.delete(`${m.start}:${m.date?.value}`));
  });
  // Anchoring reports the event mentions do not already carry (an undated article read again as of its anchor).
  for (const m of reading.known) if (canAnchor(m) && knownAt.delete(`${m.start}:${m.date!.value}`)) rows.push(toRow(m, articleId, "known", true));
  for (const m of reading.unresolved) rows.push(toRow(m, articleId, "unresolved", false));
  return rows;
}

async function queueMerges(ctx: Context, tx: Tx, units: Set<string>) {
  await insertRows(tx, ctx.provider, "PendingMerge", [...units].map((key) => ({ key })), [], "key");
}

/** Stored day-precise reports of the keys an undated article's mentions wait on. */
async function storedKnown(db: PrismaClient | Tx, wants: Mention[]): Promise<Mention[]> {
  const keys = [...new Set(wants.map(mentionKey))];
  const rows = await db.mention.findMany({ where: { key: { in: keys }, anchors: true, precision: "day" }, include: { article: { select: { slug: true } } } });
  return rows.map((r) => fromRow(r, r.article.slug));
}

/**
 * Stored undated articles whose keys received new anchoring reports: anchored again with every
 * stored report, exactly as if all articles had arrived together, and read again when their
 * anchor day changes (a second candidate day makes the anchor ambiguous, and it is dropped).
 */
async function reanchor(ctx: Context) {
  const { db, pool } = ctx;
  const keys = [...ctx.anchorKeys];
  for (let i = 0; i < keys.length; i += 200) {
    const waiting = await db.mention.findMany({ where: { key: { in: keys.slice(i, i + 200) }, role: "unresolved" }, select: { articleId: true }, distinct: ["articleId"] });
    for (const { articleId } of waiting) {
      const article = await db.article.findUnique({ where: { id: articleId }, include: { mentions: { where: { role: "unresolved" } } } });
      if (!article) continue;
      const wants = article.mentions.map((r) => fromRow(r, article.slug));
      const day = anchorDay(wants, JSON.parse(article.anchorBounds ?? "[]"), await storedKnown(db, wants));
      const current = article.publishedSource === "inferred" ? article.published : null;
      if (day === current) continue;
      const input = { file: article.slug, text: article.text, meta: { publisher: article.publisher, url: article.url, published: article.givenPublished } };
      const result = await pool.read(input, day);
      if ("reading" in result) await replaceReadings(ctx, [{ articleId: article.id, reading: result.reading }]);
    }
  }
}

/** Articles' stored readings replaced by new ones (a new anchor, or newer extraction code), in one transaction. */
async function replaceReadings(ctx: Context, replaced: { articleId: number; reading: ArticleReading }[]) {
  if (!replaced.length) return;
  await write(
    ctx.db,
    async (tx) => {
      const ids = replaced.map((r) => r.articleId);
      // The units the old readings fed are merged again too: their events may lose evidence.
      const old = await tx.mention.findMany({ where: { articleId: { in: ids }, role: "event" }, select: { key: true, date: true } });
      const units = new Set(old.flatMap((m) => mergeUnits(m.key, m.date)));
      await tx.mention.deleteMany({ where: { articleId: { in: ids } } });
      await insertRows(tx, ctx.provider, "Mention", replaced.flatMap(({ articleId, reading }) => mentionRows(articleId, reading, units)));
      for (const { articleId, reading } of replaced) {
        const { title, publisher, url, published, publishedSource } = reading.article;
        await tx.article.update({
          where: { id: articleId },
          data: { title, publisher, url, published, publishedSource, extractor: ctx.version, anchorBounds: reading.unresolved.length ? JSON.stringify(reading.bounds) : null },
        });
      }
      await queueMerges(ctx, tx, units);
    },
    ctx.options,
  );
}

/** Stored articles read by other extraction code than this one's are read again, a batch at a time. */
async function rereadStale(ctx: Context) {
  const { db, pool } = ctx;
  let after = 0;
  for (;;) {
    const batch = await db.article.findMany({ where: { id: { gt: after }, ...readByOtherCode(ctx.version) }, orderBy: { id: "asc" }, take: 250 });
    if (!batch.length) return;
    after = batch[batch.length - 1].id;
    const replaced: { articleId: number; reading: ArticleReading }[] = [];
    await Promise.all(
      batch.map(async (a) => {
        const input = { file: a.slug, text: a.text, meta: { publisher: a.publisher, url: a.url, published: a.givenPublished } };
        const first = await pool.read(input);
        // An article the new code refuses keeps what the old code found in it.
        if (!("reading" in first)) return;
        let reading = first.reading;
        for (const m of reading.known) if (canAnchor(m)) ctx.anchorKeys.add(mentionKey(m));
        if (!reading.article.published && reading.unresolved.length) {
          const day = anchorDay(reading.unresolved, reading.bounds, await storedKnown(db, reading.unresolved));
          const again = day ? await pool.read(input, day) : null;
          if (again && "reading" in again) reading = again.reading;
        }
        replaced.push({ articleId: a.id, reading });
      }),
    );
    await replaceReadings(ctx, replaced);
  }
}

/** Every queued unit is merged, a few hundred per transaction that also clears them from the queue. */
async function mergePending(ctx: Context) {
  const { db, index, report } = ctx;
  for (;;) {
    const pending = await db.pendingMerge.findMany({ take: 500, orderBy: { key: "asc" } });
    if (!pending.length) return;
    const counts = await write(
      db,
      async (tx) => {
        // Counted afresh on each attempt: a transaction retried after "busy" counts once.
        const counts = emptyCounts();
        // Another run may have merged some of these keys meanwhile: only those still queued are merged.
        const still = (await selectIn<{ key: string }>(tx, ctx.provider, `SELECT "key" FROM "PendingMerge" WHERE "key" IN`, pending.map((p) => p.key))).map((p) => p.key);
        await executeIn(tx, ctx.provider, `DELETE FROM "PendingMerge" WHERE "key" IN`, still);
        await mergeKeys(tx, still, index, counts, ctx.provider);
        return counts;
      },
      ctx.options,
    );
    for (const k of Object.keys(counts) as (keyof MergeCounts)[]) report.events[k] += counts[k];
  }
}
