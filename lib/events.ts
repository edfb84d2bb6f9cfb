/**
 * Event queries for the routes: filtered lists, one event by slug (following redirects), one
 * article with its evidence. Returns plain objects shaped for the pages and the API.
 */
import type { Filters } from "./filters";
import { prisma } from "./db";
import { isSlug, safeHttpUrl } from "./hostile";

export interface EventSource {
  articleSlug: string;
  articleTitle: string | null;
  publisher: string | null;
  url: string | null;
  published: string | null;
  publishedSource: string | null;
  quote: string;
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

type Row = Awaited<ReturnType<typeof loadRows>>[number];
function loadRows(where: object) {
  return prisma().event.findMany({ where, include, orderBy: [{ date: "asc" }, { slug: "asc" }] });
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
      articleTitle: ev.article.title,
      publisher: ev.article.publisher,
      // Only an http(s) address ever becomes a link: a stored javascript: or data: url is dropped here.
      url: safeHttpUrl(ev.article.url),
      published: ev.article.published,
      publishedSource: ev.article.publishedSource,
      quote: ev.quote,
      start: ev.start,
      end: ev.end,
      dateText: ev.dateText,
      resolvedAgainst: ev.resolvedAgainst,
    })),
  };
}

export function whereOf(f: Filters) {
  const where: Record<string, unknown> = {};
  if (f.year) where.year = f.year;
  else if (f.from || f.to) where.year = { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) };
  if (f.type?.length) where.type = { in: f.type };
  if (f.pair) where.pair = f.pair;
  return where;
}

export async function listEvents(f: Filters = {}): Promise<EventView[]> {
  return (await loadRows(whereOf(f))).map(toView);
}

/** Per-year counts of every event of the current type/pair filters (for the year histogram). */
export async function yearCounts(f: Filters = {}): Promise<{ year: number; count: number }[]> {
  const rows = await prisma().event.groupBy({ by: ["year"], where: whereOf({ type: f.type, pair: f.pair }), _count: { _all: true }, orderBy: { year: "asc" } });
  return rows.map((r) => ({ year: r.year, count: r._count._all }));
}

export async function listPairs(): Promise<{ pair: string; names: string[]; count: number }[]> {
  const rows = await prisma().event.findMany({ select: { pair: true, participants: { include: { leader: true }, orderBy: { position: "asc" } } } });
  const pairs = new Map<string, { pair: string; names: string[]; count: number }>();
  for (const r of rows) {
    const p = pairs.get(r.pair) ?? { pair: r.pair, names: r.participants.map((x) => x.leader.name), count: 0 };
    p.count++;
    pairs.set(r.pair, p);
  }
  return [...pairs.values()].sort((a, b) => b.count - a.count);
}

export type EventLookup = { kind: "event"; event: EventView } | { kind: "redirect"; to: string } | { kind: "missing" };

export async function findEvent(slug: string): Promise<EventLookup> {
  if (!isSlug(slug)) return { kind: "missing" };
  const rows = await loadRows({ slug });
  if (rows[0]) return { kind: "event", event: toView(rows[0]) };
  const redirect = await prisma().slugRedirect.findUnique({ where: { from: slug } });
  return redirect ? { kind: "redirect", to: redirect.to } : { kind: "missing" };
}

/** The events just before and after one, in time. */
export async function neighbours(e: EventView): Promise<{ previous: EventView | null; next: EventView | null }> {
  const all = await prisma().event.findMany({ select: { slug: true, date: true }, orderBy: [{ date: "asc" }, { slug: "asc" }] });
  const i = all.findIndex((x) => x.slug === e.slug);
  const pick = async (s?: { slug: string }) => (s ? toView((await loadRows({ slug: s.slug }))[0]) : null);
  return { previous: await pick(all[i - 1]), next: await pick(all[i + 1]) };
}

export async function findArticle(slug: string) {
  if (!isSlug(slug)) return null;
  const a = await prisma().article.findUnique({
    where: { slug },
    include: { evidence: { include: { event: true }, orderBy: { start: "asc" } } },
  });
  return a && { ...a, url: safeHttpUrl(a.url) };
}
