import Link from "next/link";
import { EventList } from "@/components/EventList";
import { FilterBar } from "@/components/FilterBar";
import { Legend } from "@/components/Legend";
import { LazyTimeline, LazyYearHistogram } from "@/components/LazyCharts";
import type { TimelineEvent } from "@/components/Timeline";
import { listEvents, listPairs, yearCounts } from "@/lib/events";
import { filtersToQuery, parseFilters } from "@/lib/filters";
import { datePeriod, dateMidpoint, formatDate, joinNames } from "@/lib/format";

export const dynamic = "force-dynamic";

/** The list shows this many events a page; the chart always shows every event of the filters. */
const PAGE_SIZE = 200;

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
  const [events, counts, pairs] = await Promise.all([listEvents(f), yearCounts(f), listPairs()]);
  // Every year from the first contact to the last, so a range can start in a quiet year.
  const allYears = counts.length ? Array.from({ length: counts[counts.length - 1].year - counts[0].year + 1 }, (_, i) => counts[0].year + i) : [];
  const timeline: TimelineEvent[] = events.map((e) => {
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
  });
  const range: [number, number] | null = f.year ? [f.year, f.year] : f.from || f.to ? [f.from ?? allYears[0], f.to ?? allYears[allYears.length - 1]] : null;
  const filtered = Object.keys(f).length > 0;
  const pages = Math.max(1, Math.ceil(events.length / PAGE_SIZE));
  const pageNo = Number.isInteger(pageParam) && pageParam >= 1 ? Math.min(pageParam, pages) : 1;
  const shown = events.slice((pageNo - 1) * PAGE_SIZE, pageNo * PAGE_SIZE);
  const pageLink = (n: number) => {
    const q = filtersToQuery(f);
    return n === 1 ? `/${q}` : `/${q ? `${q}&` : "?"}page=${n}`;
  };

  return (
    <>
      <h1 className="text-2xl font-bold">Contacts between leaders</h1>
      <p className="mb-4 text-[var(--muted)]" data-testid="event-count">
        {events.length} {events.length === 1 ? "event" : "events"}
        {filtered ? " match these filters" : ""}
        {pairs.length === 1 ? ` between ${joinNames(pairs[0].names)}` : ""}
      </p>
      <FilterBar years={allYears} pairs={pairs} current={f} />
      <LazyYearHistogram counts={counts} selected={range} query={filtersToQuery(f).slice(1)} />
      {events.length === 0 ? (
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
          <LazyTimeline events={timeline} />
          <h2 className="mt-6 text-lg font-semibold">Events, in order</h2>
          {pages > 1 ? (
            <p className="text-sm text-[var(--muted)]">
              Events {(pageNo - 1) * PAGE_SIZE + 1}–{(pageNo - 1) * PAGE_SIZE + shown.length} of {events.length}
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
