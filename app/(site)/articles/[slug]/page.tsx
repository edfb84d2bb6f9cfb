import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { displayQuote, displayText } from "@/lib/display-text";
import { findArticle } from "@/lib/events";
import { formatDate } from "@/lib/format";
import { splitBySpans } from "@/lib/quote";

type Params = Promise<{ slug: string }>;

const SOURCE_LABEL: Record<string, string> = {
  metadata: "from the article's metadata",
  text: "from the article's own text",
  inferred: "inferred from another article reporting the same contact",
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const a = await findArticle((await params).slug);
  return a ? { title: a.title ? displayQuote(a.title) : a.slug, description: `Source article${a.publisher ? ` from ${a.publisher}` : ""}, with the sentences Summitry uses as evidence highlighted.` } : { title: "Article not found" };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const a = await findArticle((await params).slug);
  if (!a) notFound();
  // Several events can rest on one sentence: one highlight, a link to each.
  const spans = [...new Map(a.evidence.map((ev) => [`${ev.start}:${ev.end}`, { start: ev.start, end: ev.end }])).values()];
  const eventCount = new Set(a.evidence.map((e) => e.eventId)).size;
  const eventsAt = (span: { start: number; end: number }) => a.evidence.filter((ev) => ev.start === span.start && ev.end === span.end).map((ev) => ev.event);
  // The article as a reader sees it (a page's or feed's markup read away); the spans, offsets
  // into the file, are highlighted where they show. Anchors keep the file's offsets: links name them.
  const shown = displayText(a.text, "page");
  const pieces = splitBySpans(shown.text, spans.map((s) => ({ start: shown.at(s.start), end: shown.at(s.end) })));

  return (
    <article className="max-w-3xl">
      <p className="text-sm">
        <Link href="/" className="underline">← All events</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{a.title ? displayQuote(a.title) : a.slug}</h1>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-[var(--muted)]">Publisher</dt>
        <dd>{a.publisher ?? "unknown"}</dd>
        <dt className="text-[var(--muted)]">Published</dt>
        <dd>
          {a.published ? formatDate(a.published, "day") : "unknown"}
          {a.publishedSource ? <span className="text-[var(--muted)]"> ({SOURCE_LABEL[a.publishedSource]})</span> : null}
        </dd>
        {a.url ? (
          <>
            <dt className="text-[var(--muted)]">Original</dt>
            <dd className="break-all">
              <a href={a.url} rel="noopener noreferrer nofollow" className="underline">{a.url}</a>
            </dd>
          </>
        ) : null}
        <dt className="text-[var(--muted)]">Evidence</dt>
        <dd>
          {spans.length} highlighted {spans.length === 1 ? "sentence" : "sentences"} for {eventCount} {eventCount === 1 ? "event" : "events"}
        </dd>
      </dl>
      <div className="mt-6 whitespace-pre-wrap rounded border border-[var(--line)] p-4 text-sm leading-relaxed" data-testid="article-text">
        {pieces.map((p) => {
          if (!p.marks.length) return <span key={p.start}>{p.text}</span>;
          const span = spans[p.marks[0]];
          const events = eventsAt(span);
          return (
            <mark key={p.start} id={p.start === shown.at(span.start) ? `ev-${span.start}` : undefined} data-testid="evidence">
              {p.text}
              {p.start + p.text.length === shown.at(span.end)
                ? events.map((ev) => (
                    <Link key={ev.slug} href={`/events/${ev.slug}`} className="ml-1 align-super text-xs underline" aria-label={`Event: ${formatDate(ev.date, ev.precision)}`}>
                      [{formatDate(ev.date, ev.precision)}]
                    </Link>
                  ))
                : null}
            </mark>
          );
        })}
      </div>
    </article>
  );
}
