/**
 * The timeline of a view and its list (the chart's accessible twin), paged: shared by the home
 * page, a leader's page and the embed, which differ only in what surrounds it.
 */
import Link from "next/link";
import { Legend } from "@/components/kinds/Legend";
import { EventList } from "@/components/list/EventList";
import type { homeView } from "@/lib/home";
import { LazyTimeline } from "./LazyCharts";

type View = Awaited<ReturnType<typeof homeView>>;

export function TimelineSection({ view, clearHref = "/", listTitle = "Events, in order", embed = false }: { view: View; clearHref?: string; listTitle?: string; embed?: boolean }) {
  const { total, extent, firstView, list, query } = view;
  if (total === 0 || !extent || !firstView) {
    return (
      <div className="my-8 rounded border border-dashed border-[var(--line)] p-6 text-center" data-testid="empty-state">
        <p className="font-semibold">No contacts match these filters.</p>
        <Link href={clearHref} className="mt-2 inline-block underline">
          Clear the filters and show every event
        </Link>
      </div>
    );
  }
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
