/**
 * Ingest: article files → the database, through the extraction pipeline.
 *
 * Each new article is stored in its own transaction (an interrupted run keeps what it
 * finished); an article already stored (same content hash) changes nothing. After new
 * articles arrive, events are re-extracted from every stored article and synchronised by
 * slug: identical events are left alone, changed ones rewritten, and a slug that disappears
 * leaves a redirect to the event that took over its evidence, so shared links keep working.
 */
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";
import { parseArticle, ArticleError } from "../extract/article";
import { slugify } from "../extract/events";
import { LeaderIndex, type Catalogue } from "../extract/leaders";
import { loadPaths } from "../extract/load";
import { extract } from "../extract/pipeline";
import type { ArticleMeta, ExtractedEvent } from "../extract/types";
import type { PrismaClient } from "./db";

export interface IngestReport {
  added: string[];
  unchanged: string[];
  failed: { file: string; message: string }[];
  events: { created: number; updated: number; removed: number; unchanged: number; redirects: number };
}

export interface IngestOptions {
  onProgress?: (done: number, total: number, file: string) => void;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export function contentHash(text: string, meta: ArticleMeta): string {
  return sha256(`${text}\u0000${JSON.stringify([meta.publisher ?? null, meta.url ?? null, meta.published ?? null])}`);
}

export async function ingestPaths(db: PrismaClient, catalogue: Catalogue, paths: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const loaded = loadPaths(paths);
  const report: IngestReport = {
    added: [],
    unchanged: [],
    failed: [...loaded.errors],
    events: { created: 0, updated: 0, removed: 0, unchanged: 0, redirects: 0 },
  };
  await syncLeaders(db, catalogue);
  for (const [i, input] of loaded.inputs.entries()) {
    options.onProgress?.(i, loaded.inputs.length, input.file);
    const meta = input.meta ?? {};
    const hash = contentHash(input.text, meta);
    if (await db.article.findUnique({ where: { contentHash: hash }, select: { id: true } })) {
      report.unchanged.push(input.file);
      continue;
    }
    try {
      parseArticle(input.file, input.text, meta); // refuse what the pipeline cannot read before storing it
    } catch (e) {
      if (!(e instanceof ArticleError)) throw e;
      report.failed.push({ file: input.file, message: e.message });
      continue;
    }
    await db.$transaction(async (tx) => {
      const base = slugify(basename(input.file, extname(input.file))) || "article";
      const taken = await tx.article.findUnique({ where: { slug: base }, select: { id: true } });
      await tx.article.create({
        data: {
          slug: taken ? `${base}-${hash.slice(0, 8)}` : base,
          contentHash: hash,
          file: input.file,
          publisher: meta.publisher ?? null,
          url: meta.url ?? null,
          givenPublished: meta.published ?? null,
          text: input.text,
        },
      });
    });
    report.added.push(input.file);
  }
  options.onProgress?.(loaded.inputs.length, loaded.inputs.length, "");
  report.events = await rebuildEvents(db, catalogue);
  return report;
}

async function syncLeaders(db: PrismaClient, catalogue: Catalogue) {
  for (const l of catalogue.leaders) {
    const countries = [...new Set(l.roles.map((r) => r.country))].join(",");
    const row = await db.leader.findUnique({ where: { id: l.id } });
    if (row && row.name === l.name && row.countries === countries) continue;
    await db.leader.upsert({ where: { id: l.id }, create: { id: l.id, name: l.name, countries }, update: { name: l.name, countries } });
  }
}


export async function rebuildEvents(db: PrismaClient, catalogue: Catalogue): Promise<IngestReport["events"]> {
  const counts = { created: 0, updated: 0, removed: 0, unchanged: 0, redirects: 0 };
  const articles = await db.article.findMany({ orderBy: { id: "asc" } });
  // Articles are known to the pipeline by slug, so the evidence maps straight back to rows.
  const result = extract(
    articles.map((a) => ({ file: a.slug, text: a.text, meta: { publisher: a.publisher, url: a.url, published: a.givenPublished } })),
    catalogue,
  );
  const articleId = new Map(articles.map((a) => [a.slug, a.id]));
  const leaderId = new Map(catalogue.leaders.map((l) => [l.name, l.id]));
  const index = new LeaderIndex(catalogue);
  // "putin-assad": the pair key of ?pair= filters, in catalogue order like the slugs.
  const pairKey = (ids: string[]) => ids.map((id) => index.shortName(id)).join("-");

  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  for (const summary of result.articles) {
    const row = articleBySlug.get(summary.file)!;
    if (row.title !== summary.title || row.publisher !== summary.publisher || row.url !== summary.url || row.published !== summary.published || row.publishedSource !== summary.publishedSource) {
      // Front matter's title, publisher and url are read by the pipeline, not by the loader.
      const { title, publisher, url, published, publishedSource } = summary;
      await db.article.update({ where: { id: row.id }, data: { title, publisher, url, published, publishedSource } });
    }
  }

  const desired = new Map(result.events.map((e) => [e.slug, e]));
  const existing = await db.event.findMany({ include: { evidence: { include: { article: { select: { slug: true } } } } } });
  const existingBySlug = new Map(existing.map((x) => [x.slug, x]));
  const evidenceKeys = (e: ExtractedEvent) => new Set(e.sources.map((s) => `${s.file}:${s.start}`));

  await db.$transaction(async (tx) => {
    for (const old of existing) {
      if (desired.has(old.slug)) continue;
      // The event that now holds most of the old one's evidence inherits its links.
      const oldKeys = old.evidence.map((ev) => `${ev.article.slug}:${ev.start}`);
      let successor: string | null = null;
      let best = 0;
      for (const e of desired.values()) {
        const keys = evidenceKeys(e);
        const shared = oldKeys.filter((k) => keys.has(k)).length;
        if (shared > best) [successor, best] = [e.slug, shared];
      }
      if (successor) {
        await tx.slugRedirect.upsert({ where: { from: old.slug }, create: { from: old.slug, to: successor }, update: { to: successor } });
        await tx.slugRedirect.updateMany({ where: { to: old.slug }, data: { to: successor } });
        counts.redirects++;
      }
      await tx.event.delete({ where: { id: old.id } });
      counts.removed++;
    }
    for (const e of desired.values()) {
      const fingerprint = sha256(JSON.stringify(e));
      const row = existingBySlug.get(e.slug);
      if (row?.fingerprint === fingerprint) {
        counts.unchanged++;
        continue;
      }
      const ids = e.participants.map((name) => leaderId.get(name)!);
      const data = {
        slug: e.slug,
        date: e.date,
        precision: e.precision,
        year: Number(e.date.slice(0, 4)),
        type: e.type,
        place: e.place,
        hostId: e.host ? leaderId.get(e.host)! : null,
        initiatorId: e.initiator ? leaderId.get(e.initiator)! : null,
        pair: pairKey(ids),
        conflicts: JSON.stringify(e.conflicts),
        fingerprint,
      };
      if (row) {
        await tx.event.delete({ where: { id: row.id } });
        counts.updated++;
      } else counts.created++;
      await tx.event.create({
        data: {
          ...data,
          participants: { create: ids.map((id, position) => ({ leaderId: id, position })) },
          evidence: {
            create: e.sources.map((s) => ({
              articleId: articleId.get(s.file)!,
              quote: s.quote,
              start: s.start,
              end: s.end,
              dateText: s.dateText,
              resolvedAgainst: s.resolvedAgainst,
            })),
          },
        },
      });
      await tx.slugRedirect.deleteMany({ where: { from: e.slug } });
    }
  });
  return counts;
}
