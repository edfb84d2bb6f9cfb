/** The list of events: the accessible twin of the timeline, and the way in on small screens. */
import Link from "next/link";
import type { EventView } from "@/lib/events";
import { TypeIcon } from "@/components/kinds/TypeIcon";
import { CONTACT_KIND } from "@/extract/kinds";
import { formatDate, joinNames, PRECISION_LABEL } from "@/lib/format";

/** In an embed, events open as framable cards and articles open on the full site in a new tab. */
export function EventList({ events, embed = false }: { events: EventView[]; embed?: boolean }) {
  return (
    <ol className="divide-y divide-[var(--line)]" aria-label="Events">
      {events.map((e) => (
        <li key={e.slug} id={`list-${e.slug}`} className="py-3" data-testid="event-item">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <time dateTime={e.date} className="font-mono text-sm tabular-nums" title={PRECISION_LABEL[e.precision]}>
              {formatDate(e.date, e.precision)}
            </time>
            <span className="inline-flex items-center gap-1 text-sm">
              <TypeIcon type={e.type} /> {CONTACT_KIND[e.type].label}
            </span>
            <Link href={`${embed ? "/embed/events/" : "/events/"}${e.slug}`} className="font-semibold underline decoration-[var(--line)] underline-offset-4 hover:decoration-current">
              {joinNames(e.participants)}
              {e.place ? ` in ${e.place}` : ""}
            </Link>
          </div>
          <p className="mt-1 text-sm text-[var(--muted)]">
            {e.sources.length} {e.sources.length === 1 ? "source sentence" : "source sentences"} from{" "}
            {[...new Map(e.sources.map((s) => [s.articleSlug, s])).values()].map((s, i, all) => (
              <span key={s.articleSlug}>
                <Link href={`/articles/${s.articleSlug}`} target={embed ? "_blank" : undefined} className="underline underline-offset-2">
                  {s.publisher ?? s.articleTitle ?? s.articleSlug}
                </Link>
                {i < all.length - 1 ? ", " : ""}
              </span>
            ))}
            {e.conflicts.length ? <span className="ml-2 rounded bg-[var(--mark-bg)] px-1 text-[var(--fg)]">sources disagree</span> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
