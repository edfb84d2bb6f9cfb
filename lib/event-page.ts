/**
 * Everything the event page shows about one event: the event, its neighbours in time, and the
 * text of each source article so every quote is shown in its context.
 */
import { prisma } from "./db";
import { findEvent, neighbours, type EventLookup, type EventView } from "./events";
import { inContext } from "./quote";

export interface QuotedSource {
  source: EventView["sources"][number];
  before: string;
  quote: string;
  after: string;
}

export interface EventPage {
  event: EventView;
  previous: EventView | null;
  next: EventView | null;
  sources: QuotedSource[];
}

export type EventPageLookup = { kind: "event"; page: EventPage } | Exclude<EventLookup, { kind: "event" }>;

export async function loadEventPage(slug: string): Promise<EventPageLookup> {
  const found = await findEvent(slug);
  if (found.kind !== "event") return found;
  const e = found.event;
  const [{ previous, next }, texts] = await Promise.all([
    neighbours(e),
    prisma().article.findMany({ where: { slug: { in: [...new Set(e.sources.map((s) => s.articleSlug))] } }, select: { slug: true, text: true } }),
  ]);
  const textOf = new Map(texts.map((t) => [t.slug, t.text]));
  const sources = e.sources.map((source) => {
    const text = textOf.get(source.articleSlug);
    return { source, ...(text === undefined ? { before: "", quote: source.quote, after: "" } : inContext(text, source.start, source.end)) };
  });
  return { kind: "event", page: { event: e, previous, next, sources } };
}
