/**
 * The answer at a glance for the events in view: the last meeting and the last call, how many
 * contacts of each kind, contacts per year, and the longest silence. Pure over a list of dated
 * events, so the same summary serves a pair, a leader, and any filter.
 */
import { CONTACT_TYPES, type ContactType } from "../extract/kinds";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "./db";
import { filterSql } from "./event-sql";
import { whereOf } from "./events";
import type { Filters } from "./filters";
import { dateMidpoint, datePeriod } from "./format";

export interface GlanceEvent {
  slug: string;
  date: string;
  precision: string;
  type: ContactType;
  place: string | null;
}

export interface Gap {
  after: GlanceEvent;
  before: GlanceEvent;
  days: number;
}

export interface Glance<E extends GlanceEvent = GlanceEvent> {
  total: number;
  lastMeeting: E | null;
  /** The last phone or video call. */
  lastCall: E | null;
  byKind: Record<ContactType, number>;
  /** Every year from the first contact to the last, quiet years as 0. */
  perYear: { year: number; count: number }[];
  longestGap: Gap | null;
}

const DAY = 86_400_000;

/** In time order by the middle of each period, as the chart places them. */
function byDate(a: GlanceEvent, b: GlanceEvent): number {
  return dateMidpoint(a.date, a.precision).getTime() - dateMidpoint(b.date, b.precision).getTime() || a.slug.localeCompare(b.slug);
}

export function glance<E extends GlanceEvent>(events: E[]): Glance<E> {
  const sorted = [...events].sort(byDate);
  const last = (pick: (e: E) => boolean) => sorted.findLast(pick) ?? null;
  const byKind = Object.fromEntries(CONTACT_TYPES.map((t) => [t, 0])) as Record<ContactType, number>;
  const years = new Map<number, number>();
  for (const e of sorted) {
    byKind[e.type]++;
    const y = Number(e.date.slice(0, 4));
    years.set(y, (years.get(y) ?? 0) + 1);
  }
  const ys = [...years.keys()];
  const perYear = ys.length ? Array.from({ length: Math.max(...ys) - Math.min(...ys) + 1 }, (_, i) => Math.min(...ys) + i).map((year) => ({ year, count: years.get(year) ?? 0 })) : [];
  let longestGap: Gap | null = null;
  for (let i = 1; i < sorted.length; i++) {
    // From the end of one contact's period to the start of the next: a vague date never makes a gap look longer than the sources allow.
    const days = Math.max(0, Math.round((datePeriod(sorted[i].date, sorted[i].precision)[0] - datePeriod(sorted[i - 1].date, sorted[i - 1].precision)[1]) / DAY));
    if (!longestGap || days > longestGap.days) longestGap = { after: sorted[i - 1], before: sorted[i], days };
  }
  return {
    total: sorted.length,
    lastMeeting: last((e) => e.type === "in-person"),
    lastCall: last((e) => e.type !== "in-person"),
    byKind,
    perYear,
    longestGap,
  };
}

/** "3 years and 2 months", "5 months", "12 days": a span as people say it. */
export function spanInWords(days: number): string {
  if (days < 60) return `${days} ${days === 1 ? "day" : "days"}`;
  const months = Math.round(days / 30.44);
  const y = Math.floor(months / 12);
  const m = months % 12;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  return y ? (m ? `${part(y, "year")} and ${part(m, "month")}` : part(y, "year")) : part(m, "month");
}

/** How long ago a contact was, as precisely as its date: "about 2 years ago" for a year-only date. */
export function agoInWords(date: string, precision: string, now: Date): string {
  const [start, end] = datePeriod(date, precision);
  if (now.getTime() < end) return now.getTime() >= start ? (precision === "day" ? "today" : `this ${precision}`) : "in the future";
  const days = Math.round((now.getTime() - end) / DAY);
  return `${precision === "day" ? "" : "about "}${spanInWords(days)} ago`;
}

/** The glance for a view's filters, from the few columns it needs (never the evidence). */
export async function glanceOf(f: Filters): Promise<Glance> {
  const rows = f.q
    ? await prisma().$queryRaw<GlanceEvent[]>(Prisma.sql`SELECT "slug" AS slug, "date" AS date, "precision" AS precision, "type" AS type, "place" AS place FROM "Event" WHERE ${filterSql(f)}`)
    : await prisma().event.findMany({ where: whereOf(f), select: { slug: true, date: true, precision: true, type: true, place: true } });
  return glance(rows as GlanceEvent[]);
}
