/**
 * Event queries for the routes: filtered lists, one event by slug (following redirects), one
 * article with its evidence. Returns plain objects shaped for the pages and the API.
 */
import type { Filters } from "./filters";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "./db";
import { eventIdsInOrder, filterSql, inOrderOf } from "./event-sql";
import { displayQuote } from "./display-text";
import { isSlug, safeHttpUrl } from "./hostile";

export interface EventSource {
  articleSlug: string;
  articleTitle: string | null;
  publisher: string | null;
  url: string | null;
  published: string | null;
  publishedSource: string | null;
  /** The exact slice of the article's file (markup and all), as the extraction contract gives it. */
  quote: string;
  /** What a reader sees of the quote (lib/display-text.ts): the one thing pages show of it. */
  text: string;
  start: number;
  end: number;
  dateText: string | null;
  resolvedAgainst: string | null;
}

export interface EventView {
  slug: string;
  date: string;
  precision: "day" | "month" | "year";
  type: "in-person" | "phone" | "video";
  participants: { id: string; name: string }[];
  pair: string;
  place: string | null;
  host: string | null;
  initiator: string | null;
  conflicts: { field: string; values: { value: string; files: string[] }[] }[];
  sources: EventSource[];
}

const include = {
  participants: { include: { leader: true }, orderBy: { position: "asc" as const } },
  host: true,
  initiator: true,
  // Not the article's text: a list of events never needs it, and it is most of the bytes.
  evidence: {
    include: { article: { select: { slug: true, title: true, publisher: true, url: true, published: true, publishedSource: true } } },
    orderBy: [{ articleId: "asc" as const }, { start: "asc" as const }],
  },
};

/** The most rows any one list query reads: no query binds one variable per stored event. */
export const MAX_PAGE = 1000;

type Row = NonNullable<Awaited<ReturnType<typeof loadOne>>>;
function loadOne(slug: string) {
  return prisma().event.findUnique({ where: { slug }, include });
}
function loadRows(where: object, take: number, skip = 0) {
  // Every list is bounded: Prisma loads relations with one bound variable per row it found, and
  // SQLite refuses more than 32,766 of them.
  return prisma().event.findMany({ where, include, orderBy: [{ date: "asc" }, { slug: "asc" }], take: Math.min(take, MAX_PAGE + 1), skip });
}

function toView(e: Row): EventView {
  return {
    slug: e.slug,
    date: e.date,
    precision: e.precision as EventView["precision"],
    type: e.type as EventView["type"],
    participants: e.participants.map((p) => ({ id: p.leader.id, name: p.leader.name })),
    pair: e.pair,
    place: e.place,
    host: e.host?.name ?? null,
    initiator: e.initiator?.name ?? null,
    conflicts: JSON.parse(e.conflicts),
    sources: e.evidence.map((ev) => ({
      articleSlug: ev.article.slug,
      articleTitle: ev.article.title === null ? null : displayQuote(ev.article.title),
      publisher: ev.article.publisher,
      // Only an http(s) address ever becomes a link: a stored javascript: or data: url is dropped here.
      url: safeHttpUrl(ev.article.url),
      published: ev.article.published,
      publishedSource: ev.article.publishedSource,
      quote: ev.quote,
      text: displayQuote(ev.quote),
      start: ev.start,
      end: ev.end,
      dateText: ev.dateText,
      resolvedAgainst: ev.resolvedAgainst,
    })),
  };
}

/**
 * The Prisma filter of a view without search words. A view with words goes through SQL instead
 * (lib/event-sql.ts), where the full-text match is joined inside the database.
 */
export function whereOf(f: Filters) {
  const where: Record<string, unknown> = {};
  if (f.year) where.year = f.year;
  else if (f.from || f.to) where.year = { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) };
  if (f.type?.length) where.type = { in: f.type };
  if (f.pair) where.pair = f.pair;
  if (f.leader) where.participants = { some: { leaderId: f.leader } };
  return where;
}

/** Where a page of the list ends: the sort key (date, slug) of its last event. */
export interface Cursor {
  date: string;
  slug: string;
}

/** The events strictly after a cursor in list order (date, then slug). */
function afterCursor(c: Cursor) {
  return { OR: [{ date: { gt: c.date } }, { date: c.date, slug: { gt: c.slug } }] };
}

export interface EventPage {
  events: EventView[];
  /** Where the next page starts, or null on the last page. */
  next: Cursor | null;
}

/**
 * One page of the events of some filters, in time order: after a cursor (keyset paging: as
 * cheap at the millionth event as at the first) or, for the home page's numbered pages, skipping.
 */
export async function listEventsPage(f: Filters, opts: { limit: number; after?: Cursor; skip?: number }): Promise<EventPage> {
  const limit = Math.max(1, Math.min(MAX_PAGE, Math.floor(opts.limit)));
  let rows: Row[];
  if (f.q) {
    const ids = await eventIdsInOrder(f, { take: limit + 1, skip: opts.skip, cursor: opts.after && { ...opts.after, direction: "after" } });
    rows = inOrderOf(ids, await loadRows({ id: { in: ids } }, ids.length));
  } else {
    rows = await loadRows(opts.after ? { AND: [whereOf(f), afterCursor(opts.after)] } : whereOf(f), limit + 1, opts.skip ?? 0);
  }
  const events = rows.slice(0, limit).map(toView);
  const last = events[events.length - 1];
  return { events, next: rows.length > limit && last ? { date: last.date, slug: last.slug } : null };
}

/** Every event of some filters, a page at a time, for streamed exports: memory holds one page. */
export async function* eachEvent(f: Filters, pageSize = MAX_PAGE): AsyncGenerator<EventView[]> {
  let after: Cursor | undefined;
  for (;;) {
    const page = await listEventsPage(f, { limit: pageSize, after });
    if (page.events.length) yield page.events;
    if (!page.next) return;
    after = page.next;
  }
}

export async function countEvents(f: Filters = {}): Promise<number> {
  if (!f.q) return prisma().event.count({ where: whereOf(f) });
  const [{ n }] = await prisma().$queryRaw<{ n: number | bigint }[]>(Prisma.sql`SELECT COUNT(*) AS n FROM "Event" WHERE ${filterSql(f)}`);
  return Number(n);
}

/** Per-year counts of every event of the current type/pair filters (for the year histogram). */
export async function yearCounts(f: Filters = {}): Promise<{ year: number; count: number }[]> {
  const unbounded = { type: f.type, pair: f.pair, leader: f.leader, q: f.q };
  if (f.q) {
    const rows = await prisma().$queryRaw<{ year: number; n: number | bigint }[]>(Prisma.sql`SELECT "year" AS year, COUNT(*) AS n FROM "Event" WHERE ${filterSql(unbounded)} GROUP BY "year" ORDER BY "year"`);
    return rows.map((r) => ({ year: Number(r.year), count: Number(r.n) }));
  }
  const rows = await prisma().event.groupBy({ by: ["year"], where: whereOf(unbounded), _count: { _all: true }, orderBy: { year: "asc" } });
  return rows.map((r) => ({ year: r.year, count: r._count._all }));
}

/** The pair filter's choices (or the pairs of a view), most frequent first: at most `limit`, named from one event each. */
export async function listPairs(limit = 200, f: Filters = {}): Promise<{ pair: string; names: string[]; count: number }[]> {
  const groups = f.q
    ? (
        await prisma().$queryRaw<{ pair: string; n: number | bigint; first: number | bigint }[]>(
          Prisma.sql`SELECT "pair" AS pair, COUNT(*) AS n, MIN("id") AS first FROM "Event" WHERE ${filterSql(f)} GROUP BY "pair" ORDER BY COUNT(*) DESC, "pair" ASC LIMIT ${limit}`,
        )
      ).map((r) => ({ pair: r.pair, _count: { _all: Number(r.n) }, _min: { id: Number(r.first) } }))
    : await prisma().event.groupBy({ by: ["pair"], where: whereOf(f), _count: { _all: true }, _min: { id: true }, orderBy: [{ _count: { pair: "desc" } }, { pair: "asc" }], take: limit });
  const ids = groups.map((g) => g._min.id!).filter((id) => id !== null);
  const named = await prisma().participant.findMany({ where: { eventId: { in: ids } }, include: { leader: true }, orderBy: [{ eventId: "asc" }, { position: "asc" }] });
  const names = new Map<number, string[]>();
  for (const p of named) names.set(p.eventId, [...(names.get(p.eventId) ?? []), p.leader.name]);
  return groups.map((g) => ({ pair: g.pair, names: names.get(g._min.id!) ?? [], count: g._count._all }));
}

export type EventLookup = { kind: "event"; event: EventView } | { kind: "redirect"; to: string } | { kind: "missing" };

export async function findEvent(slug: string): Promise<EventLookup> {
  if (!isSlug(slug)) return { kind: "missing" };
  const row = await loadOne(slug);
  if (row) return { kind: "event", event: toView(row) };
  const redirect = await prisma().slugRedirect.findUnique({ where: { from: slug } });
  return redirect ? { kind: "redirect", to: redirect.to } : { kind: "missing" };
}

/** The events just before and after one, in time: two indexed single-row reads. */
export async function neighbours(e: EventView): Promise<{ previous: EventView | null; next: EventView | null }> {
  const [previous, next] = await Promise.all([
    prisma().event.findFirst({ where: { OR: [{ date: { lt: e.date } }, { date: e.date, slug: { lt: e.slug } }] }, include, orderBy: [{ date: "desc" }, { slug: "desc" }] }),
    prisma().event.findFirst({ where: afterCursor(e), include, orderBy: [{ date: "asc" }, { slug: "asc" }] }),
  ]);
  return { previous: previous && toView(previous), next: next && toView(next) };
}

export async function findArticle(slug: string) {
  if (!isSlug(slug)) return null;
  const a = await prisma().article.findUnique({
    where: { slug },
    include: { evidence: { include: { event: true }, orderBy: { start: "asc" } } },
  });
  return a && { ...a, url: safeHttpUrl(a.url) };
}
