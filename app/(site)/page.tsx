import type { Metadata } from "next";
import Link from "next/link";
import { EmbedCode } from "@/components/embed/EmbedCode";
import { AtAGlance } from "@/components/glance/AtAGlance";
import { FilterBar } from "@/components/filters/FilterBar";
import { LazyYearHistogram } from "@/components/timeline/LazyCharts";
import { TimelineSection } from "@/components/timeline/TimelineSection";
import { filtersToQuery, parseFilters } from "@/lib/filters";
import { homeView } from "@/lib/home";
import { oembedLink } from "@/lib/oembed";
import { EMBED_HEIGHT, iframeCode, siteOrigin } from "@/lib/origin";
import { viewMeta } from "@/lib/view-title";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A view's title says what it shows: what was searched, whose contacts, or everyone's. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const parsed = parseFilters(await searchParams);
  const origin = await siteOrigin();
  if (!parsed.ok) return { title: "That filter does not work" };
  const f = parsed.filters;
  const query = filtersToQuery(f);
  const alternates = { types: oembedLink(origin, `/${query}`) };
  const { title, description } = await viewMeta(f);
  if (!title) return { alternates };
  const images = [{ url: `/api/share-card${query}`, width: 1200, height: 630, alt: title }];
  return { title, description, openGraph: { title: `${title} · Summitry`, description, url: `/${query}`, images }, twitter: { card: "summary_large_image", title: `${title} · Summitry`, description, images }, alternates };
}

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
  const view = await homeView(f, Array.isArray(params.page) ? params.page[0] : params.page);
  const { total, counts, pairs, leaders, years, glance, subject, range, filtered, query } = view;
  // Only a view whose events are all of one pair may name it: never a pair the view does not show.
  const between = total > 0 && subject && (!f.leader || f.pair) ? ` between ${subject}` : "";

  return (
    <>
      <h1 className="text-2xl font-bold">Contacts between leaders</h1>
      <p className="mb-4 text-[var(--muted)]" data-testid="event-count">
        {total.toLocaleString("en-GB")} {total === 1 ? "event" : "events"}
        {filtered ? ` ${total === 1 ? "matches" : "match"} ${f.q ? `“${f.q}”${Object.keys(f).length > 1 ? " and these filters" : ""}` : "these filters"}` : ""}
        {between}
      </p>
      {total > 0 && subject && glance ? <AtAGlance subject={subject} glance={glance} now={new Date()} /> : null}
      {total > 0 && !subject ? (
        <p className="mb-4 text-sm text-[var(--muted)]" data-testid="glance-hint">Pick a pair of leaders or a leader to see when they last met and talked.</p>
      ) : null}
      <FilterBar years={years} pairs={pairs} leaders={leaders} current={f} />
      <div className="mt-2 flex justify-end">
        <EmbedCode code={iframeCode(await siteOrigin(), `/embed${query}`, subject ? `Contacts: ${subject}` : "Contacts between leaders", EMBED_HEIGHT.timeline)} />
      </div>
      <LazyYearHistogram counts={counts} selected={range} query={query.slice(1)} />
      <TimelineSection view={view} filters={f} />
    </>
  );
}
