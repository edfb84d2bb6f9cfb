/**
 * Events from stored mentions, one mention key at a time. A key's events are merged again from
 * all its stored mentions and synchronised by slug: identical events are left alone, changed ones
 * rewritten, and a slug that disappears leaves a redirect to the event that took over its
 * evidence, so shared links keep working. Keys are independent (events never merge across kinds
 * of contact or participants), so a new article costs the merge of its own keys only.
 */
import type { Provider } from "./db";
import { deleteSearchRows, insertSearchRows, searchBody } from "./search";
import { insertRows, int, selectIn } from "./bulk";
import { createHash } from "node:crypto";
import { mergeMentions } from "../extract/events";
import type { LeaderIndex } from "../extract/leaders";
import type { ExtractedEvent } from "../extract/types";
import { fromRow, type MentionRow } from "./mention-rows";
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

/** A stored event-role mention with what merging needs of its article. */
type Row = MentionRow & { key: string; articleId: number; slug: string; title: string | null };

/**
 * Merge `keys` again from their stored mentions and write the difference: a few bulk statements
 * for all the keys together, so a run that touches thousands of keys stays fast.
 */
export async function mergeKeys(tx: Tx, keys: string[], index: LeaderIndex, counts: MergeCounts, provider: Provider = "sqlite") {
  if (!keys.length) return;
  const rows = (
    await selectIn<Row>(
      tx,
      provider,
      `SELECT m."key", m."articleId", m."type", m."participants", m."date", m."precision", m."dateText", m."resolvedAgainst", m."weekday", m."monthDay",
              m."place", m."placeCountry", m."hostId", m."initiatorId", m."quote", m."start", m."end", a."slug", a."title"
         FROM "Mention" m JOIN "Article" a ON a."id" = m."articleId" WHERE m."role" = 'event' AND m."key" IN`,
      keys,
      `ORDER BY m."id"`,
    )
  ).map((r) => ({ ...r, articleId: int(r.articleId), start: int(r.start), end: int(r.end), weekday: r.weekday === null ? null : int(r.weekday) }));
  const existing = (await selectIn<{ id: number; slug: string; key: string; fingerprint: string }>(tx, provider, `SELECT "id", "slug", "key", "fingerprint" FROM "Event" WHERE "key" IN`, keys)).map(
    (e) => ({ ...e, id: int(e.id) }),
  );
  const mentionsOf = groupBy(rows, (r) => r.key);
  const eventsOf = groupBy(existing, (e) => e.key);
  const articleId = new Map(rows.map((r) => [r.slug, r.articleId]));
  const titleOf = new Map(rows.map((r) => [r.slug, r.title]));
  const leaderId = new Map(index.catalogue.leaders.map((l) => [l.name, l.id]));

  const merged = keys.map((key) => {
    const desired = new Map(mergeMentions((mentionsOf.get(key) ?? []).map((r) => fromRow(r, r.slug)), index).map((e) => [e.slug, e]));
    return { key, desired, before: eventsOf.get(key) ?? [] };
  });
  // Only events that disappear need their evidence, to name the event that inherits their links.
  const vanishing = merged.flatMap(({ desired, before }) => before.filter((x) => !desired.has(x.slug)).map((x) => x.id));
  const evidenceOf = groupBy(
    (await selectIn<{ eventId: number; articleId: number; start: number }>(tx, provider, `SELECT "eventId", "articleId", "start" FROM "Evidence" WHERE "eventId" IN`, vanishing)).map((r) => ({
      eventId: int(r.eventId),
      articleId: int(r.articleId),
      start: int(r.start),
    })),
    (r) => r.eventId,
  );

  const removed: number[] = [];
  const redirects = new Map<string, string>();
  const created: { key: string; event: ExtractedEvent; fingerprint: string }[] = [];
  for (const { key, desired, before } of merged) {
    const beforeBySlug = new Map(before.map((x) => [x.slug, x]));
    const evidenceKeys = new Map([...desired.values()].map((e) => [e.slug, new Set(e.sources.map((s) => `${articleId.get(s.file)}:${s.start}`))]));
    for (const old of before) {
      if (desired.has(old.slug)) continue;
      // The event that now holds most of the old one's evidence inherits its links.
      let successor: string | null = null;
      let best = 0;
      for (const [slug, keysOf] of evidenceKeys) {
        const shared = (evidenceOf.get(old.id) ?? []).filter((ev) => keysOf.has(`${ev.articleId}:${ev.start}`)).length;
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
  await deleteSearchRows(tx, provider, removed);
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
  const ids = new Map((await insertRows<{ id: number; slug: string }>(tx, provider, "Event", data, ["id", "slug"])).map((r) => [r.slug, int(r.id)]));
  const participants = created.flatMap(({ event: e }) => e.participants.map((name, position) => ({ eventId: ids.get(e.slug)!, leaderId: leaderId.get(name)!, position })));
  const evidence = created.flatMap(({ event: e }) =>
    e.sources.map((s) => ({ eventId: ids.get(e.slug)!, articleId: articleId.get(s.file)!, quote: s.quote, start: s.start, end: s.end, dateText: s.dateText, resolvedAgainst: s.resolvedAgainst })),
  );
  await insertRows(tx, provider, "Participant", participants);
  await insertRows(tx, provider, "Evidence", evidence);
  // A slug that names an event again no longer redirects.
  const slugs = [...ids.keys()];
  for (let i = 0; i < slugs.length; i += 500) await tx.slugRedirect.deleteMany({ where: { from: { in: slugs.slice(i, i + 500) } } });
  await insertSearchRows(
    tx,
    provider,
    created.map(({ event: e }) => ({
      id: ids.get(e.slug)!,
      body: searchBody({ place: e.place, names: e.participants, titles: e.sources.map((s) => titleOf.get(s.file) ?? null), quotes: e.sources.map((s) => s.quote) }),
    })),
  );
}

function groupBy<T, K>(items: T[], keyOf: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const t of items) {
    const list = map.get(keyOf(t));
    if (list) list.push(t);
    else map.set(keyOf(t), [t]);
  }
  return map;
}
