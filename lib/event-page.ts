/**
 * Everything the event page shows about one event: the event, its neighbours in time, and the
 * text of each source article so every quote is shown in its context.
 */
import { prisma } from "./db";
import { findEvent, neighbours, type EventLookup, type EventView } from "./events";
import { displayText } from "./display-text";
import { inContext } from "./quote";

export interface QuotedSource {
  source: EventView["sources"][number];
  before: string;
  quote: string;
  after: string;
}

export interface SameKindEvent {
  slug: string;
  date: string;
  precision: string;
}

export interface EventPage {
  event: EventView;
  previous: EventView | null;
  next: EventView | null;
  /** The contacts of the same kind between the same leaders just before and after ("first call since …"). */
  sameKind: { previous: SameKindEvent | null; next: SameKindEvent | null };
  sources: QuotedSource[];
}

export type EventPageLookup = { kind: "event"; page: EventPage } | Exclude<EventLookup, { kind: "event" }>;

export async function loadEventPage(slug: string): Promise<EventPageLookup> {
  const found = await findEvent(slug);
  if (found.kind !== "event") return found;
  const e = found.event;
  const [{ previous, next }, texts, sameKind] = await Promise.all([
    neighbours(e),
    prisma().article.findMany({ where: { slug: { in: [...new Set(e.sources.map((s) => s.articleSlug))] } }, select: { slug: true, text: true } }),
    sameKindNeighbours(e),
  ]);
  // The context is cut from what a reader sees of the whole article (markup read away), where the
  // quote's offsets into the file are mapped: a page's tags never show, even cut in half.
  const shownOf = new Map(texts.map((t) => [t.slug, displayText(t.text, "inline")]));
  const sources = e.sources.map((source) => {
    const shown = shownOf.get(source.articleSlug);
    return { source, ...(shown === undefined ? { before: "", quote: source.text, after: "" } : inContext(shown.text, shown.at(source.start), shown.at(source.end))) };
  });
  return { kind: "event", page: { event: e, previous, next, sources, sameKind } };
}

async function sameKindNeighbours(e: EventView): Promise<EventPage["sameKind"]> {
  // Two single-row reads in list order: a pair with a million calls costs the same as one with ten.
  const select = { slug: true, date: true, precision: true };
  const [previous, next] = await Promise.all([
    prisma().event.findFirst({ where: { pair: e.pair, type: e.type, OR: [{ date: { lt: e.date } }, { date: e.date, slug: { lt: e.slug } }] }, select, orderBy: [{ date: "desc" }, { slug: "desc" }] }),
    prisma().event.findFirst({ where: { pair: e.pair, type: e.type, OR: [{ date: { gt: e.date } }, { date: e.date, slug: { gt: e.slug } }] }, select, orderBy: [{ date: "asc" }, { slug: "asc" }] }),
  ]);
  return { previous, next };
}
