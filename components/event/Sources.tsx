/** "Who says so": every source sentence highlighted in its context, linked to its article and the original. */
import Link from "next/link";
import type { QuotedSource } from "@/lib/event-page";
import { formatDate } from "@/lib/format";
import { textFragment } from "@/lib/quote";

export function Sources({ sources }: { sources: QuotedSource[] }) {
  return (
    <section className="mt-6" aria-labelledby="sources">
      <h2 id="sources" className="text-lg font-semibold">Who says so ({sources.length})</h2>
      <ol className="mt-2 space-y-4">
        {sources.map(({ source: s, before, quote, after }) => (
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
              {before}
              <mark>{quote}</mark>
              {after}
            </blockquote>
            {s.url ? (
              <p className="mt-1 text-xs">
                <a href={`${s.url}${textFragment(s.text)}`} rel="noopener noreferrer nofollow" className="underline">
                  Read it at the original address
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
