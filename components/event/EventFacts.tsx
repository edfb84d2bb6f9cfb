/** The facts of one event: when (and how precisely), what kind, who, where, who hosted or called. */
import { TypeIcon } from "@/components/kinds/TypeIcon";
import { CONTACT_KIND } from "@/extract/kinds";
import type { EventView } from "@/lib/events";
import { formatDate, PRECISION_LABEL } from "@/lib/format";

export function EventFacts({ event: e }: { event: EventView }) {
  const role = e.type === "in-person" ? (e.host ? `Hosted by ${e.host}` : null) : e.initiator ? `Call placed by ${e.initiator}` : null;
  return (
    <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-[var(--muted)]">Date</dt>
      <dd>
        <time dateTime={e.date}>{formatDate(e.date, e.precision)}</time> <span className="text-[var(--muted)]">({PRECISION_LABEL[e.precision]})</span>
      </dd>
      <dt className="text-[var(--muted)]">Kind</dt>
      <dd className="inline-flex items-center gap-1"><TypeIcon type={e.type} /> {CONTACT_KIND[e.type].label}</dd>
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
  );
}
