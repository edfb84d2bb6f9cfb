import Link from "next/link";
import { EventList } from "@/components/EventList";
import { FilterBar } from "@/components/FilterBar";
import { Legend } from "@/components/Legend";
import { LazyTimeline, LazyYearHistogram } from "@/components/LazyCharts";
import { cachedJson } from "@/lib/cache";
import { dataVersion } from "@/lib/data-version";
import { countEvents, listEventsPage, listPairs, yearCounts } from "@/lib/events";
import { filtersToQuery, parseFilters } from "@/lib/filters";
import { joinNames } from "@/lib/format";
import { timeExtent, timelineView } from "@/lib/timeline";

export const dynamic = "force-dynamic";

/** The list shows this many events a page; the chart asks the server for what each view needs. */
const PAGE_SIZE = 100;
/** The width the first view's bins are cut for, before the browser says how wide the chart is. */
const FIRST_VIEW_WIDTH = 1200;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const parsed = parseFilters(params);
  const pageParam = Number(Array.isArray(params.page) ? params.page[0] : (params.page ?? "1"));
  if (!parsed.ok) {
    return (
      <div role="alert" data-testid="filter-error" className="rounded border border-[var(--c-phone)] p-4">
        <h1 className="text-lg font-semibold">That filter does not work</h1>
        <p className="mt-1">
          The address asks for <code>{parsed.param}</code>, but {parsed.message}.
        </p>
        <Link href="/" className="mt-2 inline-block underline">
          Show every event
        </Link>
      </div>
    );
  }
  const f = parsed.filters;
  // Each part of the page is computed once per data version and view, however many ask at once.
  const version = await dataVersion();
  const q = filtersToQuery(f);
  const [total, counts, pairs, extent] = await Promise.all([
    cachedJson(version, `count${q}`, () => countEvents(f)),
    cachedJson(version, `years${q}`, () => yearCounts(f)),
    cachedJson(version, "pairs", () => listPairs()),
    cachedJson(version, `extent${q}`, () => timeExtent(f)),
  ]);
  // Every year from the first contact to the last, so a range can start in a quiet year.
  const allYears = counts.length ? Array.from({ length: counts[counts.length - 1].year - counts[0].year + 1 }, (_, i) => counts[0].year + i) : [];
  const range: [number, number] | null = f.year ? [f.year, f.year] : f.from || f.to ? [f.from ?? allYears[0], f.to ?? allYears[allYears.length - 1]] : null;
  const filtered = Object.keys(f).length > 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageNo = Number.isInteger(pageParam) && pageParam >= 1 ? Math.min(pageParam, pages) : 1;
  // Only the first view of the chart and one page of the list travel with the page.
  const [{ events: shown }, firstView] = await Promise.all([
    cachedJson(version, `list${q}|${pageNo}`, () => listEventsPage(f, { limit: PAGE_SIZE, skip: (pageNo - 1) * PAGE_SIZE })),
    extent ? cachedJson(version, `view${q}|${extent.join("|")}|${FIRST_VIEW_WIDTH}`, () => timelineView(f, extent[0], extent[1], FIRST_VIEW_WIDTH)) : null,
  ]);
  const pageLink = (n: number) => {
    const q = filtersToQuery(f);
    return n === 1 ? `/${q}` : `/${q ? `${q}&` : "?"}page=${n}`;
  };

  return (
    <>
      <h1 className="text-2xl font-bold">Contacts between leaders</h1>
      <p className="mb-4 text-[var(--muted)]" data-testid="event-count">
        {total.toLocaleString("en-GB")} {total === 1 ? "event" : "events"}
        {filtered ? " match these filters" : ""}
        {pairs.length === 1 ? ` between ${joinNames(pairs[0].names)}` : ""}
      </p>
      <FilterBar years={allYears} pairs={pairs} current={f} />
      <LazyYearHistogram counts={counts} selected={range} query={filtersToQuery(f).slice(1)} />
      {total === 0 || !extent || !firstView ? (
        <div className="my-8 rounded border border-dashed border-[var(--line)] p-6 text-center" data-testid="empty-state">
          <p className="font-semibold">No contacts match these filters.</p>
          <Link href="/" className="mt-2 inline-block underline">
            Clear the filters and show every event
          </Link>
        </div>
      ) : (
        <>
          <div className="mt-4">
            <Legend />
          </div>
          <LazyTimeline key={q} initial={firstView} extent={extent} total={total} query={filtersToQuery(f).slice(1)} />
          <h2 className="mt-6 text-lg font-semibold">Events, in order</h2>
          {pages > 1 ? (
            <p className="text-sm text-[var(--muted)]">
              Events {((pageNo - 1) * PAGE_SIZE + 1).toLocaleString("en-GB")}–{((pageNo - 1) * PAGE_SIZE + shown.length).toLocaleString("en-GB")} of {total.toLocaleString("en-GB")}
            </p>
          ) : null}
          <EventList events={shown} />
          {pages > 1 ? (
            <nav className="mt-4 flex justify-between text-sm" aria-label="Pages of the list">
              {pageNo > 1 ? <Link href={pageLink(pageNo - 1)} className="underline">← Earlier events</Link> : <span />}
              {pageNo < pages ? <Link href={pageLink(pageNo + 1)} className="underline">Later events →</Link> : <span />}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
