/**
 * The home page's view model: the filtered events shaped for the chart, the years the filters
 * offer, the brushed range, and the page of the list. The route only renders what this returns.
 */
import type { ContactType } from "../extract/kinds";
import { listEvents, listPairs, yearCounts, type EventView } from "./events";
import { filtersToQuery, type Filters } from "./filters";
import { dateMidpoint, datePeriod, formatDate, joinNames } from "./format";
import { glanceOf } from "./glance";

/** The list shows this many events a page; the chart always shows every event of the filters. */
export const PAGE_SIZE = 200;

export interface TimelineEvent {
  slug: string;
  /** Midpoint of the period the date stands for, in ms. */
  t: number;
  /** The period's start and end, in ms (equal-ish for a day). */
  t0: number;
  t1: number;
  type: ContactType;
  label: string;
  when: string;
  precision: string;
  place: string | null;
  sources: number;
}

export function toTimelineEvent(e: EventView): TimelineEvent {
  const [t0, t1] = datePeriod(e.date, e.precision);
  return {
    slug: e.slug,
    t: dateMidpoint(e.date, e.precision).getTime(),
    t0,
    t1,
    type: e.type,
    label: joinNames(e.participants),
    when: formatDate(e.date, e.precision),
    precision: e.precision,
    place: e.place,
    sources: e.sources.length,
  };
}

export interface ListPage {
  pageNo: number;
  pages: number;
  /** 1-based positions of the first and last event shown. */
  first: number;
  last: number;
  shown: EventView[];
  /** The address of another page of the same filters. */
  link: (n: number) => string;
}

/** One page of the list; a page number past the end shows the last page, a bad one the first. */
export function pageOf(events: EventView[], f: Filters, requested: unknown, path = "/"): ListPage {
  const n = Number(requested ?? "1");
  const pages = Math.max(1, Math.ceil(events.length / PAGE_SIZE));
  const pageNo = Number.isInteger(n) && n >= 1 ? Math.min(n, pages) : 1;
  const shown = events.slice((pageNo - 1) * PAGE_SIZE, pageNo * PAGE_SIZE);
  const q = filtersToQuery(f);
  const link = (k: number) => (k === 1 ? `${path}${q}` : `${path}${q ? `${q}&` : "?"}page=${k}`);
  return { pageNo, pages, first: (pageNo - 1) * PAGE_SIZE + 1, last: (pageNo - 1) * PAGE_SIZE + shown.length, shown, link };
}

/** Every year from the first contact to the last, so a range can start in a quiet year. */
export function yearSpan(counts: { year: number }[]): number[] {
  if (!counts.length) return [];
  const lo = counts[0].year;
  return Array.from({ length: counts[counts.length - 1].year - lo + 1 }, (_, i) => lo + i);
}

/** The years the filters pick, for the histogram's brush; null when no year filter is set. */
export function selectedRange(f: Filters, years: number[]): [number, number] | null {
  if (f.year) return [f.year, f.year];
  if (f.from || f.to) return [f.from ?? years[0], f.to ?? years[years.length - 1]];
  return null;
}

/**
 * Who the answer at a glance is about: the one pair in view, or null when the view mixes pairs
 * (then "when did they last meet" has no single answer).
 */
export function subjectOf(events: EventView[]): string | null {
  const pairs = new Set(events.map((e) => e.pair));
  return pairs.size === 1 ? joinNames(events[0].participants) : null;
}

export async function homeView(f: Filters, page: unknown) {
  const [events, counts, pairs, glance] = await Promise.all([listEvents(f), yearCounts(f), listPairs(), glanceOf(f)]);
  const years = yearSpan(counts);
  return {
    glance,
    subject: subjectOf(events),
    events,
    counts,
    pairs,
    years,
    timeline: events.map(toTimelineEvent),
    range: selectedRange(f, years),
    filtered: Object.keys(f).length > 0,
    list: pageOf(events, f, page),
    query: filtersToQuery(f),
  };
}
