/** Links to the events just before and after, in time. */
import Link from "next/link";
import type { EventView } from "@/lib/events";
import { formatDate } from "@/lib/format";

export function Neighbours({ previous, next }: { previous: EventView | null; next: EventView | null }) {
  return (
    <nav className="mt-8 flex justify-between gap-4 text-sm" aria-label="Neighbouring events">
      {previous ? <Link rel="prev" href={`/events/${previous.slug}`} className="underline">← {formatDate(previous.date, previous.precision)}</Link> : <span />}
      {next ? <Link rel="next" href={`/events/${next.slug}`} className="underline">{formatDate(next.date, next.precision)} →</Link> : <span />}
    </nav>
  );
}
