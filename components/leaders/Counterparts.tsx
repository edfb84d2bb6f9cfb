/** One leader's counterparts, most contacts first, each a link to the two of them. */
import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { Counterpart } from "@/lib/leaders";

function precisionOf(date: string) {
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
}

export function Counterparts({ leader, counterparts }: { leader: string; counterparts: Counterpart[] }) {
  const max = Math.max(1, ...counterparts.map((c) => c.total));
  return (
    <section className="my-4" aria-labelledby="counterparts">
      <h2 id="counterparts" className="text-lg font-semibold">Counterparts, by contacts</h2>
      <ol className="mt-2 space-y-1 text-sm" data-testid="counterparts">
        {counterparts.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="counterpart">
            <span className="w-56 max-w-full">
              <Link href={c.pair ? `/?pair=${c.pair}` : `/?leader=${leader}`} className="font-semibold underline decoration-[var(--line)] underline-offset-4 hover:decoration-current">
                {c.name}
              </Link>{" "}
              <Link href={`/leaders/${c.id}`} className="text-xs text-[var(--muted)] underline" aria-label={`${c.name}'s own page`}>
                page
              </Link>
            </span>
            <span className="flex min-w-0 flex-1 items-center gap-2">
              <span aria-hidden="true" className="inline-block h-2 rounded bg-[var(--c-in-person)]" style={{ width: `${Math.max(4, (c.total / max) * 100)}%`, maxWidth: "12rem" }} />
              <span className="tabular-nums">
                {c.total} {c.total === 1 ? "contact" : "contacts"}, latest {formatDate(c.last, precisionOf(c.last))}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
