/** How the date was worked out: each source's date phrase and what it was read against. */
import type { EventView } from "@/lib/events";
import { displayQuote } from "@/lib/display-text";
import { formatDate } from "@/lib/format";

export function HowDated({ sources }: { sources: EventView["sources"] }) {
  const dated = sources.filter((s) => s.dateText);
  if (!dated.length) return null;
  return (
    <section className="mt-6" aria-labelledby="how-dated">
      <h2 id="how-dated" className="text-lg font-semibold">How the date was worked out</h2>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {dated.map((s) => (
          <li key={`${s.articleSlug}-${s.start}`}>
            “{displayQuote(s.dateText ?? "")}” in {s.publisher ?? s.articleTitle ?? s.articleSlug}
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
  );
}
