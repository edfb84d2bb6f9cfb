/**
 * Events from stored mentions, one mention key and year at a time. A unit's events are merged
 * again from its stored mentions and synchronised by slug: identical events are left alone,
 * changed ones rewritten, and a slug that disappears leaves a redirect to the event that took
 * over its evidence, so shared links keep working. Keys are independent (events never merge
 * across kinds of contact or participants), and so are years: reports join only reports of the
 * same day give or take one, of the month or of the year they name, so only a contact told on
 * 31 December and 1 January spans two, and then both years are merged together. A new article
 * costs the merge of its own keys in its own years, however many years of reports a pair has.
 */
import type { Provider } from "./db";
import { deleteSearchRows, insertSearchRows, searchBody } from "./search";
import { executeIn, insertRows, int, selectAny, selectIn, type Term } from "./bulk";
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

/**
 * The merge units a dated report touches ("phone|a+b@2023"): its key in its year, and in the
 * neighbouring year too for a day on the year's edge. An undated report touches none.
 */
export function mergeUnits(key: string, date: string | null | undefined): string[] {
  if (!date) return [];
  const year = Number(date.slice(0, 4));
  const units = [`${key}@${year}`];
  if (date.endsWith("-01-01")) units.push(`${key}@${year - 1}`);
  if (date.endsWith("-12-31")) units.push(`${key}@${year + 1}`);
  return units;
}

/** Units by key: the years to merge, or null for every year (a unit queued as a bare key). */
function parseUnits(units: string[]): Map<string, Set<number> | null> {
  const byKey = new Map<string, Set<number> | null>();
  for (const unit of units) {
    const at = unit.lastIndexOf("@");
    const key = at < 0 ? unit : unit.slice(0, at);
    if (at < 0) byKey.set(key, null);
    else if (byKey.get(key) !== null) byKey.set(key, (byKey.get(key) ?? new Set()).add(Number(unit.slice(at + 1))));
  }
  return byKey;
}

/** WHERE terms for a key's years (`col` the date column), one per run of consecutive years. */
function yearTerms(alias: string, extra: string, key: string, years: Set<number> | null): Term[] {
  if (!years) return [{ sql: `${alias}"key" = ?${extra}`, params: [key] }];
  const sorted = [...years].sort((a, b) => a - b);
  const terms: Term[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    // Dates are text (YYYY, YYYY-MM, YYYY-MM-DD): every date of year y sorts within ["y", "y+1").
    terms.push({ sql: `${alias}"key" = ?${extra} AND ${alias}"date" >= ? AND ${alias}"date" < ?`, params: [key, String(sorted[i]), String(sorted[j] + 1)] });
    i = j + 1;
  }
  return terms;
}

/** A stored event-role mention with what merging needs of its article. */
type Row = MentionRow & { key: string; articleId: number; slug: string; title: string | null };

const MENTION_SELECT = `SELECT m."key", m."articleId", m."type", m."participants", m."date", m."precision", m."dateText", m."resolvedAgainst", m."weekday", m."monthDay",
        m."place", m."placeCountry", m."hostId", m."initiatorId", m."quote", m."start", m."end", m."id", a."slug", a."title"
   FROM "Mention" m JOIN "Article" a ON a."id" = m."articleId"`;

async function mentionsOfTerms(tx: Tx, provider: Provider, terms: Term[]): Promise<(Row & { id: number })[]> {
  const rows = await selectAny<Row & { id: number }>(tx, provider, MENTION_SELECT, terms);
  return rows.map((r) => ({ ...r, id: int(r.id), articleId: int(r.articleId), start: int(r.start), end: int(r.end), weekday: r.weekday === null ? null : int(r.weekday) }));
}

/**
 * The stored event mentions of the units, with their windows widened until no contact can cross
 * a window's edge (a report on 1 January brings in the year before, on 31 December the year after).
 */
async function windowMentions(tx: Tx, provider: Provider, windows: Map<string, Set<number> | null>) {
  const termsOf = (w: Map<string, Set<number> | null>) => [...w].flatMap(([key, years]) => yearTerms("m.", ` AND m."role" = 'event'`, key, years));
  const rows = await mentionsOfTerms(tx, provider, termsOf(windows));
  for (let added = true; added; ) {
    added = false;
    const more = new Map<string, Set<number>>();
    for (const r of rows) {
      const years = windows.get(r.key);
      if (!years || r.precision !== "day") continue;
      const year = Number(r.date!.slice(0, 4));
      const edge = r.date!.endsWith("-01-01") ? year - 1 : r.date!.endsWith("-12-31") ? year + 1 : null;
      if (edge === null || years.has(edge)) continue;
      years.add(edge);
      more.set(r.key, (more.get(r.key) ?? new Set()).add(edge));
      added = true;
    }
    if (added) rows.push(...(await mentionsOfTerms(tx, provider, termsOf(more))));
  }
  // Merging reads reports in storage order, as it did when the whole key was read at once.
  return rows.sort((a, b) => a.id - b.id);
}

/**
 * Merge `units` again from their stored mentions and write the difference: a few bulk statements
 * for all the units together, so a run that touches thousands of keys stays fast.
 */
export async function mergeKeys(tx: Tx, units: string[], index: LeaderIndex, counts: MergeCounts, provider: Provider = "sqlite") {
  if (!units.length) return;
  const windows = parseUnits(units);
  const keys = [...windows.keys()].sort();
  const rows = await windowMentions(tx, provider, windows);
  const existing = (
    await selectAny<{ id: number; slug: string; key: string; fingerprint: string }>(
      tx,
      provider,
      `SELECT e."id", e."slug", e."key", e."fingerprint" FROM "Event" e`,
      [...windows].flatMap(([key, years]) => yearTerms("e.", "", key, years)),
    )
  ).map((e) => ({ ...e, id: int(e.id) }));
  const mentionsOf = groupBy(rows, (r) => r.key);
  const eventsOf = groupBy(existing, (e) => e.key);
  const articleId = new Map(rows.map((r) => [r.slug, r.articleId]));
  const titleOf = new Map(rows.map((r) => [r.slug, r.title]));
  const leaderId = new Map(index.catalogue.leaders.map((l) => [l.name, l.id]));

  const drafts = keys.map((key) => ({ key, events: mergeMentions((mentionsOf.get(key) ?? []).map((r) => fromRow(r, r.slug)), index), before: eventsOf.get(key) ?? [] }));
  await resolveClashes(tx, provider, drafts, new Set(existing.map((e) => e.id)));
  const merged = drafts.map(({ key, events, before }) => ({ key, before, desired: new Map(events.map((e) => [e.slug, e])) }));
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
  await executeIn(tx, provider, `DELETE FROM "SlugRedirect" WHERE "from" IN`, slugs);
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

/**
 * Distinct slugs across keys. A key's events get distinct slugs from the pipeline, but two keys
 * can want one slug (two leaders sharing a short name met the same person on the same day and
 * place): the later one takes the first free "-2", "-3"… A slug an event of the key already holds
 * stays with it, and one held by an event outside these units is never taken, so a re-merge gives
 * every event the slug it had, and the unique slug column never refuses a write.
 */
async function resolveClashes(tx: Tx, provider: Provider, drafts: { key: string; events: ExtractedEvent[]; before: { id: number; slug: string }[] }[], merging: Set<number>) {
  const wanted = [...new Set(drafts.flatMap((d) => d.events.map((e) => e.slug)))];
  const heldElsewhere = async (slugs: string[]) =>
    new Set(
      (await selectIn<{ id: number; slug: string }>(tx, provider, `SELECT "id", "slug" FROM "Event" WHERE "slug" IN`, slugs)).filter((r) => !merging.has(int(r.id))).map((r) => r.slug),
    );
  const used = await heldElsewhere(wanted);
  // Slugs the key's own events hold and still want are theirs first.
  const kept = new Set<ExtractedEvent>();
  for (const d of drafts) {
    const held = new Set(d.before.map((b) => b.slug));
    for (const e of d.events) {
      if (held.has(e.slug) && !used.has(e.slug)) {
        used.add(e.slug);
        kept.add(e);
      }
    }
  }
  const clashing = drafts.flatMap((d) => d.events.filter((e) => !kept.has(e) && used.has(e.slug)));
  const candidates = clashing.flatMap((e) => Array.from({ length: 20 }, (_, n) => `${e.slug}-${n + 2}`));
  for (const slug of candidates.length ? await heldElsewhere(candidates) : []) used.add(slug);
  for (const d of drafts) {
    for (const e of d.events) {
      if (kept.has(e)) continue;
      if (used.has(e.slug)) {
        const base = e.slug;
        for (let n = 2; used.has(e.slug); n++) e.slug = `${base}-${n}`;
      }
      used.add(e.slug);
    }
  }
}
