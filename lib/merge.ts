/**
 * Events from stored mentions, one mention key at a time. A key's events are merged again from
 * all its stored mentions and synchronised by slug: identical events are left alone, changed ones
 * rewritten, and a slug that disappears leaves a redirect to the event that took over its
 * evidence, so shared links keep working. Keys are independent (events never merge across kinds
 * of contact or participants), so a new article costs the merge of its own keys only.
 */
import type { Provider } from "./db";
import { writeSearchRows } from "./search";
import { createHash } from "node:crypto";
import { mergeMentions } from "../extract/events";
import type { LeaderIndex } from "../extract/leaders";
import type { ExtractedEvent } from "../extract/types";
import { fromRow } from "./mention-rows";
import type { Tx } from "./write";

export interface MergeCounts {
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  redirects: number;
}

export const emptyCounts = (): MergeCounts => ({ created: 0, updated: 0, removed: 0, unchanged: 0, redirects: 0 });

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/**
 * Merge `keys` again from their stored mentions and write the difference: a few bulk statements
 * for all the keys together, so a run that touches thousands of keys stays fast.
 */
export async function mergeKeys(tx: Tx, keys: string[], index: LeaderIndex, counts: MergeCounts, provider: Provider = "sqlite") {
  if (!keys.length) return;
  const rows = await tx.mention.findMany({ where: { key: { in: keys }, role: "event" }, include: { article: { select: { slug: true } } }, orderBy: { id: "asc" } });
  const existing = await tx.event.findMany({ where: { key: { in: keys } }, include: { evidence: { select: { articleId: true, start: true } } } });
  const articleId = new Map(rows.map((r) => [r.article.slug, r.articleId]));
  const leaderId = new Map(index.catalogue.leaders.map((l) => [l.name, l.id]));

  const removed: number[] = [];
  const redirects = new Map<string, string>();
  const created: { key: string; event: ExtractedEvent; fingerprint: string }[] = [];
  for (const key of keys) {
    const mentions = rows.filter((r) => r.key === key).map((r) => fromRow(r, r.article.slug));
    const desired = new Map(mergeMentions(mentions, index).map((e) => [e.slug, e]));
    const before = existing.filter((x) => x.key === key);
    const beforeBySlug = new Map(before.map((x) => [x.slug, x]));
    const evidenceKeys = new Map([...desired.values()].map((e) => [e.slug, new Set(e.sources.map((s) => `${articleId.get(s.file)}:${s.start}`))]));
    for (const old of before) {
      if (desired.has(old.slug)) continue;
      // The event that now holds most of the old one's evidence inherits its links.
      let successor: string | null = null;
      let best = 0;
      for (const [slug, keysOf] of evidenceKeys) {
        const shared = old.evidence.filter((ev) => keysOf.has(`${ev.articleId}:${ev.start}`)).length;
        if (shared > best) [successor, best] = [slug, shared];
      }
      if (successor) redirects.set(old.slug, successor);
      removed.push(old.id);
      counts.removed++;
    }
    for (const e of desired.values()) {
      const fingerprint = sha256(JSON.stringify(e));
      const row = beforeBySlug.get(e.slug);
      if (row?.fingerprint === fingerprint) {
        counts.unchanged++;
        continue;
      }
      if (row) {
        removed.push(row.id);
        counts.updated++;
      } else counts.created++;
      created.push({ key, event: e, fingerprint });
    }
  }

  for (let i = 0; i < removed.length; i += 500) await tx.event.deleteMany({ where: { id: { in: removed.slice(i, i + 500) } } });
  await writeSearchRows(tx, provider, removed, []);
  for (const [from, to] of redirects) {
    await tx.slugRedirect.upsert({ where: { from }, create: { from, to }, update: { to } });
    await tx.slugRedirect.updateMany({ where: { to: from }, data: { to } });
    counts.redirects++;
  }
  if (!created.length) return;
  const data = created.map(({ key, event: e, fingerprint }) => {
    const ids = e.participants.map((name) => leaderId.get(name)!);
    return {
      slug: e.slug,
      date: e.date,
      precision: e.precision,
      year: Number(e.date.slice(0, 4)),
      type: e.type,
      place: e.place,
      hostId: e.host ? leaderId.get(e.host)! : null,
      initiatorId: e.initiator ? leaderId.get(e.initiator)! : null,
      // "putin-assad": the pair key of ?pair= filters, in catalogue order like the slugs.
      pair: ids.map((id) => index.shortName(id)).join("-"),
      conflicts: JSON.stringify(e.conflicts),
      fingerprint,
      key,
    };
  });
  const ids = new Map<string, number>();
  for (let i = 0; i < data.length; i += 500) {
    for (const r of await tx.event.createManyAndReturn({ data: data.slice(i, i + 500), select: { id: true, slug: true } })) ids.set(r.slug, r.id);
  }
  const participants = created.flatMap(({ event: e }) => e.participants.map((name, position) => ({ eventId: ids.get(e.slug)!, leaderId: leaderId.get(name)!, position })));
  const evidence = created.flatMap(({ event: e }) =>
    e.sources.map((s) => ({ eventId: ids.get(e.slug)!, articleId: articleId.get(s.file)!, quote: s.quote, start: s.start, end: s.end, dateText: s.dateText, resolvedAgainst: s.resolvedAgainst })),
  );
  for (let i = 0; i < participants.length; i += 500) await tx.participant.createMany({ data: participants.slice(i, i + 500) });
  for (let i = 0; i < evidence.length; i += 500) await tx.evidence.createMany({ data: evidence.slice(i, i + 500) });
  // A slug that names an event again no longer redirects.
  const slugs = [...ids.keys()];
  for (let i = 0; i < slugs.length; i += 500) await tx.slugRedirect.deleteMany({ where: { from: { in: slugs.slice(i, i + 500) } } });
  await writeSearchRows(tx, provider, [], [...ids.values()]);
}
