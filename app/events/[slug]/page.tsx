import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { CopyLink } from "@/components/CopyLink";
import { TypeIcon } from "@/components/TypeIcon";
import { findEvent, neighbours, type EventView } from "@/lib/events";
import { prisma } from "@/lib/db";
import { formatDate, headline, PRECISION_LABEL, TYPE_LABEL } from "@/lib/format";
import { inContext, textFragment } from "@/lib/quote";

type Params = Promise<{ slug: string }>;

async function load(slug: string): Promise<EventView> {
  const found = await findEvent(slug);
  if (found.kind === "redirect") permanentRedirect(`/events/${found.to}`);
  if (found.kind === "missing") notFound();
  return found.event;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await findEvent((await params).slug);
  if (found.kind !== "event") return { title: "Event not found" };
  const e = found.event;
  const description = `${e.sources.length} source ${e.sources.length === 1 ? "sentence" : "sentences"}: “${e.sources[0]?.quote.slice(0, 160) ?? ""}”`;
  return {
    title: headline(e),
    description,
    openGraph: { title: headline(e), description, type: "article", url: `/events/${e.slug}` },
    twitter: { card: "summary_large_image", title: headline(e), description },
  };
}

export default async function EventPage({ params }: { params: Params }) {
  const e = await load((await params).slug);
  const [{ previous, next }, texts] = await Promise.all([
    neighbours(e),
    prisma().article.findMany({ where: { slug: { in: [...new Set(e.sources.map((s) => s.articleSlug))] } }, select: { slug: true, text: true } }),
  ]);
  const textOf = new Map(texts.map((t) => [t.slug, t.text]));
  const role = e.type === "in-person" ? (e.host ? `Hosted by ${e.host}` : null) : e.initiator ? `Call placed by ${e.initiator}` : null;
  const dated = e.sources.filter((s) => s.dateText);

  return (
    <article className="max-w-3xl">
      <p className="text-sm">
        <Link href="/" className="underline">← All events</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold" data-testid="event-title">{headline(e)}</h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-[var(--muted)]">Date</dt>
        <dd>
          <time dateTime={e.date}>{formatDate(e.date, e.precision)}</time> <span className="text-[var(--muted)]">({PRECISION_LABEL[e.precision]})</span>
        </dd>
        <dt className="text-[var(--muted)]">Kind</dt>
        <dd className="inline-flex items-center gap-1"><TypeIcon type={e.type} /> {TYPE_LABEL[e.type]}</dd>
        <dt className="text-[var(--muted)]">Leaders</dt>
        <dd>{e.participants.map((p) => p.name).join(", ")}</dd>
        <dt className="text-[var(--muted)]">Place</dt>
        <dd>{e.place ?? (e.type === "in-person" ? "not given by the sources" : "by telephone or video link")}</dd>
        {role ? (
          <>
            <dt className="text-[var(--muted)]">{e.type === "in-person" ? "Host" : "Caller"}</dt>
            <dd>{role}</dd>
          </>
        ) : null}
      </dl>
      <div className="mt-4"><CopyLink /></div>

      {dated.length ? (
        <section className="mt-6" aria-labelledby="how-dated">
          <h2 id="how-dated" className="text-lg font-semibold">How the date was worked out</h2>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {dated.map((s) => (
              <li key={`${s.articleSlug}-${s.start}`}>
                “{s.dateText}” in {s.publisher ?? s.articleTitle ?? s.articleSlug}
                {s.resolvedAgainst ? (
                  <>
                    , read against {formatDate(s.resolvedAgainst, "day")}, the article&apos;s date
                    {s.publishedSource === "inferred" ? " (inferred from another article reporting the same contact)" : s.publishedSource === "text" ? " (from its own text)" : ""}
                  </>
                ) : (
                  <>, a date in full</>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {e.conflicts.length ? (
        <section className="mt-6 rounded border border-[var(--c-phone)] p-3" aria-labelledby="conflicts">
          <h2 id="conflicts" className="text-lg font-semibold">The sources disagree</h2>
          {e.conflicts.map((c) => (
            <div key={c.field} className="mt-1 text-sm">
              On the {c.field}:
              <ul className="list-disc pl-5">
                {c.values.map((v) => (
                  <li key={v.value}>
                    {c.field === "date" ? formatDate(v.value, v.value.length === 10 ? "day" : "month") : v.value}, according to{" "}
                    {v.files.map((f, i) => (
                      <span key={f}>{i ? ", " : ""}<Link className="underline" href={`/articles/${f}`}>{f}</Link></span>
                    ))}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}

      <section className="mt-6" aria-labelledby="sources">
        <h2 id="sources" className="text-lg font-semibold">Who says so ({e.sources.length})</h2>
        <ol className="mt-2 space-y-4">
          {e.sources.map((s) => {
            const text = textOf.get(s.articleSlug) ?? s.quote;
            const ctx = textOf.has(s.articleSlug) ? inContext(text, s.start, s.end) : { before: "", quote: s.quote, after: "" };
            return (
              <li key={`${s.articleSlug}-${s.start}`} className="rounded border border-[var(--line)] p-3" data-testid="source">
                <p className="text-sm">
                  <Link href={`/articles/${s.articleSlug}#ev-${s.start}`} className="font-semibold underline">
                    {s.articleTitle ?? s.articleSlug}
                  </Link>
                  <span className="text-[var(--muted)]">
                    {s.publisher ? ` · ${s.publisher}` : ""}
                    {s.published ? ` · ${formatDate(s.published, "day")}` : " · date unknown"}
                  </span>
                </p>
                <blockquote className="mt-2 border-l-4 border-[var(--line)] pl-3 text-sm leading-relaxed">
                  {ctx.before}
                  <mark>{ctx.quote}</mark>
                  {ctx.after}
                </blockquote>
                {s.url ? (
                  <p className="mt-1 text-xs">
                    <a href={`${s.url}${textFragment(s.quote)}`} rel="noopener noreferrer nofollow" className="underline">
                      Read it at the original address
                    </a>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <nav className="mt-8 flex justify-between gap-4 text-sm" aria-label="Neighbouring events">
        {previous ? <Link rel="prev" href={`/events/${previous.slug}`} className="underline">← {formatDate(previous.date, previous.precision)}</Link> : <span />}
        {next ? <Link rel="next" href={`/events/${next.slug}`} className="underline">{formatDate(next.date, next.precision)} →</Link> : <span />}
      </nav>
    </article>
  );
}
