/**
 * The home page's view model: the chart's first view, the years the filters offer, the brushed
 * range, one page of the list, and the answer at a glance. The route only renders what this returns.
 */
import { cachedJson } from "./cache";
import { dataVersion } from "./data-version";
import { countEvents, listEventsPage, listPairs, yearCounts } from "./events";
import { filtersToQuery, type Filters } from "./filters";
import { joinNames } from "./format";
import { prisma } from "./db";
import { glanceOf } from "./glance";
import { listLeaderTotals } from "./leaders";
import { timeExtent, timelineView } from "./timeline";

/** The list shows this many events a page; the chart asks the server for what each view needs. */
export const PAGE_SIZE = 30;
/** The width the first view's bins are cut for, before the browser says how wide the chart is. */
const FIRST_VIEW_WIDTH = 1200;


export interface ListPage {
  pageNo: number;
  pages: number;
  /** 1-based positions of the first and last event shown. */
  first: number;
  last: number;
  /** The address of another page of the same filters. */
  link: (n: number) => string;
}

/** Which page of `total` events to show; a page number past the end shows the last page, a bad one the first. */
export function pageOf(total: number, f: Filters, requested: unknown, path = "/"): ListPage {
  const n = Number(requested ?? "1");
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageNo = Number.isInteger(n) && n >= 1 ? Math.min(n, pages) : 1;
  const q = filtersToQuery(f);
  const link = (k: number) => (k === 1 ? `${path}${q}` : `${path}${q ? `${q}&` : "?"}page=${k}`);
  return { pageNo, pages, first: (pageNo - 1) * PAGE_SIZE + 1, last: Math.min(total, pageNo * PAGE_SIZE), link };
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

/** A leader's name from the catalogue, or null for an id nobody has. */
export async function leaderName(id: string): Promise<string | null> {
  return (await prisma().leader.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}

/**
 * The home page's data, every part bounded and computed once per data version and view however
 * many ask at once: counts and per-year bars from aggregates, the chart's first view (bins when
 * many), one page of the list, and the glance only when the view is about one pair or one leader.
 */
export async function homeView(f: Filters, page: unknown) {
  const version = await dataVersion();
  const query = filtersToQuery(f);
  const [total, counts, pairs, leaders, extent, subjectPairs, leader] = await Promise.all([
    cachedJson(version, `count${query}`, () => countEvents(f)),
    cachedJson(version, `years${query}`, () => yearCounts(f)),
    cachedJson(version, "pairs", () => listPairs()),
    cachedJson(version, "leader-totals", () => listLeaderTotals()),
    cachedJson(version, `extent${query}`, () => timeExtent(f)),
    // Two pairs are enough to know the view mixes pairs and has no one subject.
    cachedJson(version, `subject${query}`, () => listPairs(2, f)),
    f.leader ? cachedJson(version, `leader:${f.leader}`, () => leaderName(f.leader!)) : null,
  ]);
  // A leader's view is about that leader, unless a pair narrows it to two people.
  const subject = f.leader && !f.pair ? leader : subjectPairs.length === 1 ? joinNames(subjectPairs[0].names) : null;
  const years = yearSpan(counts);
  const list = pageOf(total, f, page);
  const [{ events: shown }, firstView, glance] = await Promise.all([
    cachedJson(version, `list${query}|${list.pageNo}`, () => listEventsPage(f, { limit: PAGE_SIZE, skip: (list.pageNo - 1) * PAGE_SIZE })),
    extent ? cachedJson(version, `view${query}|${extent.join("|")}`, () => timelineView(f, extent[0], extent[1], FIRST_VIEW_WIDTH)) : null,
    subject ? cachedJson(version, `glance${query}`, () => glanceOf(f)) : null,
  ]);
  return {
    total,
    counts,
    pairs,
    leaders: [...leaders].sort((a, b) => b.total - a.total),
    years,
    extent,
    firstView,
    glance,
    subject,
    range: selectedRange(f, years),
    filtered: Object.keys(f).length > 0,
    list: { ...list, shown },
    query,
  };
}
