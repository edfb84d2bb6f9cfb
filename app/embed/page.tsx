import type { Metadata } from "next";
import Link from "next/link";
import { AtAGlance } from "@/components/glance/AtAGlance";
import { TimelineSection } from "@/components/timeline/TimelineSection";
import { parseFilters } from "@/lib/filters";
import { homeView } from "@/lib/home";
import { viewMeta } from "@/lib/view-title";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const parsed = parseFilters(await searchParams);
  const title = parsed.ok ? (await viewMeta(parsed.filters)).title : null;
  return { title: title ?? "Timeline", robots: { index: false } };
}

/** The timeline for other sites' pages: the same URL filters as /, no chrome, a link back. */
export default async function EmbedTimeline({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const parsed = parseFilters(params);
  if (!parsed.ok) {
    return (
      <p role="alert" data-testid="filter-error">
        This embed asks for <code>{parsed.param}</code>, but {parsed.message}.
      </p>
    );
  }
  const view = await homeView(parsed.filters, Array.isArray(params.page) ? params.page[0] : params.page);
  return (
    <>
      <h1 className="flex flex-wrap items-baseline justify-between gap-x-3 text-base font-semibold">
        <span>
          {parsed.filters.q ? `“${parsed.filters.q}” · ` : ""}
          {view.subject ? `Contacts: ${view.subject}` : "Contacts between leaders"}
        </span>
        <Link href={`/${view.query}`} target="_blank" className="text-sm font-normal underline" data-testid="full-page">
          Open in Summitry ↗
        </Link>
      </h1>
      {view.total > 0 && view.subject && view.glance ? <AtAGlance subject={view.subject} glance={view.glance} now={new Date()} eventPath="/embed/events/" /> : null}
      <TimelineSection view={view} filters={parsed.filters} embed clearHref="/embed" />
    </>
  );
}
