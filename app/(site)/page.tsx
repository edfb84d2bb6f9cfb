import type { Metadata } from "next";
import Link from "next/link";
import { EmbedCode } from "@/components/embed/EmbedCode";
import { AtAGlance } from "@/components/glance/AtAGlance";
import { FilterBar } from "@/components/filters/FilterBar";
import { LazyYearHistogram } from "@/components/timeline/LazyCharts";
import { TimelineSection } from "@/components/timeline/TimelineSection";
import { filtersToQuery, parseFilters } from "@/lib/filters";
import { joinNames } from "@/lib/format";
import { homeView, leaderName } from "@/lib/home";
import { oembedLink } from "@/lib/oembed";
import { EMBED_HEIGHT, iframeCode, siteOrigin } from "@/lib/origin";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A view's title says what it shows: a leader's contacts, a pair's, or everyone's. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const parsed = parseFilters(await searchParams);
  const origin = await siteOrigin();
  if (!parsed.ok) return { title: "That filter does not work" };
  const f = parsed.filters;
  const query = filtersToQuery(f);
  const leader = f.leader ? await leaderName(f.leader) : null;
  const who = leader ? `${leader}'s contacts` : null;
  if (!who) return { alternates: { types: oembedLink(origin, `/${query}`) } };
  const title = who;
  const description = `Meetings, phone and video calls${leader ? ` of ${leader}` : ""}, each linked to the sentences in its sources that prove it.`;
  return { title, description, openGraph: { title: `${title} · Summitry`, description, url: `/${query}` }, alternates: { types: oembedLink(origin, `/${query}`) } };
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

  return (
    <>
      <h1 className="text-2xl font-bold">Contacts between leaders</h1>
      <p className="mb-4 text-[var(--muted)]" data-testid="event-count">
        {total.toLocaleString("en-GB")} {total === 1 ? "event" : "events"}
        {filtered ? " match these filters" : ""}
        {pairs.length === 1 ? ` between ${joinNames(pairs[0].names)}` : ""}
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
      <TimelineSection view={view} />
    </>
  );
}
