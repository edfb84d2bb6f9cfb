/** Where this contact sits among the same kind between the same leaders: "the first call since …". */
import Link from "next/link";
import { CONTACT_KIND, type ContactType } from "@/extract/kinds";
import type { SameKindEvent } from "@/lib/event-page";
import { datePeriod, formatDate } from "@/lib/format";
import { spanInWords } from "@/lib/glance";

export function SameKind({ type, date, precision, previous, next }: { type: ContactType; date: string; precision: string; previous: SameKindEvent | null; next: SameKindEvent | null }) {
  const noun = CONTACT_KIND[type].noun.one;
  const gap = (a: SameKindEvent, b: { date: string; precision: string }) => Math.max(0, Math.round((datePeriod(b.date, b.precision)[0] - datePeriod(a.date, a.precision)[1]) / 86_400_000));
  return (
    <section className="mt-4 text-sm" aria-label={`Other ${CONTACT_KIND[type].label.toLowerCase()} contacts between them`} data-testid="same-kind">
      <p>
        {previous ? (
          <>
            The first {noun} between them since{" "}
            <Link href={`/events/${previous.slug}`} className="underline" data-testid="same-kind-previous">
              {formatDate(previous.date, previous.precision)}
            </Link>
            {gap(previous, { date, precision }) > 0 ? <span className="text-[var(--muted)]"> ({spanInWords(gap(previous, { date, precision }))} earlier)</span> : null}.
          </>
        ) : (
          <>The first {noun} between them on record.</>
        )}{" "}
        {next ? (
          <>
            The next:{" "}
            <Link href={`/events/${next.slug}`} className="underline" data-testid="same-kind-next">
              {formatDate(next.date, next.precision)}
            </Link>
            .
          </>
        ) : (
          <>The latest on record.</>
        )}
      </p>
    </section>
  );
}
