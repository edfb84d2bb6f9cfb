/**
 * The timeline of a view and its list (the chart's accessible twin), paged: shared by the home
 * page, a leader's page and the embed, which differ only in what surrounds it.
 */
import Link from "next/link";
import { Legend } from "@/components/kinds/Legend";
import { EventList } from "@/components/list/EventList";
import { filtersToQuery, type Filters } from "@/lib/filters";
import type { homeView } from "@/lib/home";
import { LazyTimeline } from "./LazyCharts";

type View = Awaited<ReturnType<typeof homeView>>;

export function TimelineSection({ view, filters = {}, clearHref = "/", listTitle = "Events, in order", embed = false }: { view: View; filters?: Filters; clearHref?: string; listTitle?: string; embed?: boolean }) {
  const { total, extent, firstView, list, query } = view;
  if (total === 0 || !extent || !firstView) return <NoContacts filters={filters} filtered={view.filtered} clearHref={clearHref} />;
  return (
    <>
      <div className="mt-4">
        <Legend />
      </div>
      <LazyTimeline key={query} initial={firstView} extent={extent} total={total} query={query.slice(1)} eventPath={embed ? "/embed/events/" : "/events/"} />
      <h2 className="mt-6 text-lg font-semibold">{listTitle}</h2>
      {list.pages > 1 ? (
        <p className="text-sm text-[var(--muted)]">
          Events {list.first.toLocaleString("en-GB")}–{list.last.toLocaleString("en-GB")} of {total.toLocaleString("en-GB")}
        </p>
      ) : null}
      <EventList events={list.shown} embed={embed} />
      {list.pages > 1 ? (
        <nav className="mt-4 flex justify-between text-sm" aria-label="Pages of the list">
          {list.pageNo > 1 ? <Link href={embed ? list.link(list.pageNo - 1).replace(/^\//, "/embed") : list.link(list.pageNo - 1)} className="underline">← Earlier events</Link> : <span />}
          {list.pageNo < list.pages ? <Link href={embed ? list.link(list.pageNo + 1).replace(/^\//, "/embed") : list.link(list.pageNo + 1)} className="underline">Later events →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}

/** What an empty view says: what was asked (a search names its words), and the ways out. */
function NoContacts({ filters: f, filtered, clearHref }: { filters: Filters; filtered: boolean; clearHref: string }) {
  const box = "my-8 rounded border border-dashed border-[var(--line)] p-6 text-center";
  if (!filtered) {
    return (
      <div className={box} data-testid="empty-state">
        <p className="font-semibold">No contacts are stored yet.</p>
        <p className="mt-1 text-sm text-[var(--muted)]">They appear here once news articles have been ingested.</p>
      </div>
    );
  }
  const { q, ...others } = f;
  const otherFilters = Object.values(others).some((v) => v !== undefined);
  return (
    <div className={box} data-testid="empty-state">
      {q ? (
        <>
          <p className="font-semibold">Nothing matches “{q}”{otherFilters ? " with these filters" : ""}.</p>
          <p className="mt-1 text-sm text-[var(--muted)]">No contact’s source sentences, article titles, place or leaders hold all of these words.</p>
        </>
      ) : (
        <p className="font-semibold">No contacts match these filters.</p>
      )}
      <p className="mt-2 flex flex-wrap justify-center gap-x-6">
        {q && otherFilters ? (
          <Link href={`${clearHref}${filtersToQuery(others)}`} className="underline" data-testid="clear-search">
            Clear the search, keep the other filters
          </Link>
        ) : null}
        <Link href={clearHref} className="underline">
          {q && !otherFilters ? "Clear the search and show every event" : "Clear the filters and show every event"}
        </Link>
      </p>
    </div>
  );
}
