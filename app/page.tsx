import Link from "next/link";
import { AtAGlance } from "@/components/glance/AtAGlance";
import { FilterBar } from "@/components/filters/FilterBar";
import { Legend } from "@/components/kinds/Legend";
import { EventList } from "@/components/list/EventList";
import { LazyTimeline, LazyYearHistogram } from "@/components/timeline/LazyCharts";
import { parseFilters } from "@/lib/filters";
import { joinNames } from "@/lib/format";
import { homeView } from "@/lib/home";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const parsed = parseFilters(params);
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
  const { total, counts, pairs, years, extent, firstView, range, filtered, list, query, glance, subject } = await homeView(f, Array.isArray(params.page) ? params.page[0] : params.page);

  return (
    <>
      <h1 className="text-2xl font-bold">Contacts between leaders</h1>
      <p className="mb-4 text-[var(--muted)]" data-testid="event-count">
        {total.toLocaleString("en-GB")} {total === 1 ? "event" : "events"}
        {filtered ? " match these filters" : ""}
        {pairs.length === 1 ? ` between ${joinNames(pairs[0].names)}` : ""}
      </p>
      {total && subject && glance ? <AtAGlance subject={subject} glance={glance} now={new Date()} /> : null}
      {total && !subject ? (
        <p className="mb-4 text-sm text-[var(--muted)]" data-testid="glance-hint">Pick a pair of leaders or a leader to see when they last met and talked.</p>
      ) : null}
      <FilterBar years={years} pairs={pairs} current={f} />
      <LazyYearHistogram counts={counts} selected={range} query={query.slice(1)} />
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
          <LazyTimeline key={query} initial={firstView} extent={extent} total={total} query={query.slice(1)} />
          <h2 className="mt-6 text-lg font-semibold">Events, in order</h2>
          {list.pages > 1 ? (
            <p className="text-sm text-[var(--muted)]">
              Events {list.first.toLocaleString("en-GB")}–{list.last.toLocaleString("en-GB")} of {total.toLocaleString("en-GB")}
            </p>
          ) : null}
          <EventList events={list.shown} />
          {list.pages > 1 ? (
            <nav className="mt-4 flex justify-between text-sm" aria-label="Pages of the list">
              {list.pageNo > 1 ? <Link href={list.link(list.pageNo - 1)} className="underline">← Earlier events</Link> : <span />}
              {list.pageNo < list.pages ? <Link href={list.link(list.pageNo + 1)} className="underline">Later events →</Link> : <span />}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
