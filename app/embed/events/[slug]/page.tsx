import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { TypeIcon } from "@/components/kinds/TypeIcon";
import { CONTACT_KIND } from "@/extract/kinds";
import { findEvent } from "@/lib/events";
import { formatDate, headline, PRECISION_LABEL } from "@/lib/format";

type Params = Promise<{ slug: string }>;

export const metadata: Metadata = { robots: { index: false } };

/** A compact card of one event and its sources, for other sites' pages. */
export default async function EmbedEvent({ params }: { params: Params }) {
  const found = await findEvent((await params).slug);
  if (found.kind === "redirect") permanentRedirect(`/embed/events/${found.to}`);
  if (found.kind === "missing") notFound();
  const e = found.event;
  return (
    <article className="max-w-2xl" data-testid="embed-event">
      <h1 className="text-lg font-bold leading-snug">{headline(e)}</h1>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-[var(--muted)]">
        <span className="inline-flex items-center gap-1 text-[var(--fg)]"><TypeIcon type={e.type} /> {CONTACT_KIND[e.type].label}</span>
        <time dateTime={e.date}>{formatDate(e.date, e.precision)} ({PRECISION_LABEL[e.precision]})</time>
      </p>
      <h2 className="mt-3 text-sm font-semibold">Who says so ({e.sources.length})</h2>
      <ol className="mt-1 space-y-2 text-sm">
        {e.sources.map((s) => (
          <li key={`${s.articleSlug}-${s.start}`} className="border-l-4 border-[var(--line)] pl-2" data-testid="embed-source">
            <blockquote>“{s.text}”</blockquote>
            <p className="text-xs text-[var(--muted)]">
              {s.publisher ?? s.articleTitle ?? s.articleSlug}
              {s.published ? `, ${formatDate(s.published, "day")}` : ""}
            </p>
          </li>
        ))}
      </ol>
      <p className="mt-3 flex flex-wrap justify-between gap-2 text-sm">
        <Link href={`/events/${e.slug}`} target="_blank" className="underline" data-testid="full-page">
          The full page, with each quote in context ↗
        </Link>
        <Link href={`/embed?pair=${e.pair}`} className="underline">All their contacts</Link>
      </p>
    </article>
  );
}
