/**
 * The answer at a glance, above the chart: when the leaders in view last met and last talked,
 * how often, per year, and their longest silence. Server-rendered text first (it reads the same
 * with scripts off and to a screen reader); the per-year bars are a picture of the same numbers.
 */
import Link from "next/link";
import { Fragment } from "react";
import { TypeIcon } from "@/components/kinds/TypeIcon";
import { CONTACT_KIND, CONTACT_TYPES } from "@/extract/kinds";
import { formatDate } from "@/lib/format";
import { agoInWords, spanInWords, type Glance, type GlanceEvent } from "@/lib/glance";

export interface AtAGlanceProps {
  /** Who the summary is about: "Vladimir Putin and Bashar al-Assad", "Vladimir Putin". */
  subject: string;
  glance: Glance;
  now: Date;
  /** Where an event opens: its page, or in an embed the framable event card. */
  eventPath?: string;
}

export function AtAGlance({ subject, glance: g, now, eventPath = "/events/" }: AtAGlanceProps) {
  if (!g.total) return null;
  const span = g.perYear.length > 1 ? `${g.perYear[0].year}–${g.perYear[g.perYear.length - 1].year}` : String(g.perYear[0].year);
  return (
    <section aria-labelledby="glance-title" className="my-4 rounded border border-[var(--line)] p-4" data-testid="at-a-glance">
      <h2 id="glance-title" className="text-lg font-semibold">
        At a glance: {subject}
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <Last label="Last met in person" event={g.lastMeeting} none="No meeting in view" now={now} testId="last-meeting" eventPath={eventPath} />
        <Last label="Last call" event={g.lastCall} none="No phone or video call in view" now={now} testId="last-call" eventPath={eventPath} />
      </div>
      <div className="mt-4 grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
        <div className="text-sm">
          <p data-testid="glance-counts">
            <strong>{g.total}</strong> {g.total === 1 ? "contact" : "contacts"} in {span}:{" "}
            {CONTACT_TYPES.filter((t) => g.byKind[t]).map((t, i, all) => (
              <Fragment key={t}>
                <span className="whitespace-nowrap">
                  <TypeIcon type={t} /> {g.byKind[t]} {CONTACT_KIND[t].label.toLowerCase()}
                </span>
                {i < all.length - 1 ? ", " : ""}
              </Fragment>
            ))}
          </p>
          {g.longestGap && g.longestGap.days > 0 ? (
            <p className="mt-1" data-testid="longest-gap">
              {/* Measured from the end of a vague period to the start of the next, so with a month or year at either end it is a lower bound. */}
              Longest gap: <strong>{g.longestGap.after.precision === "day" && g.longestGap.before.precision === "day" ? "" : "at least "}{spanInWords(g.longestGap.days)}</strong>, between {formatDate(g.longestGap.after.date, g.longestGap.after.precision)} and{" "}
              {formatDate(g.longestGap.before.date, g.longestGap.before.precision)}
            </p>
          ) : null}
        </div>
        <PerYear perYear={g.perYear} />
      </div>
    </section>
  );
}

function Last({ label, event: e, none, now, testId, eventPath }: { label: string; event: GlanceEvent | null; none: string; now: Date; testId: string; eventPath: string }) {
  return (
    <div data-testid={testId}>
      <h3 className="text-sm text-[var(--muted)]">{label}</h3>
      {e ? (
        <p>
          <Link href={`${eventPath}${e.slug}`} className="text-lg font-semibold underline decoration-[var(--line)] underline-offset-4 hover:decoration-current">
            <time dateTime={e.date}>{formatDate(e.date, e.precision)}</time>
            {e.type !== "in-person" ? `, ${CONTACT_KIND[e.type].label.toLowerCase()}` : e.place ? ` in ${e.place}` : ""}
          </Link>
          <span className="block text-sm text-[var(--muted)]">{agoInWords(e.date, e.precision, now)}</span>
        </p>
      ) : (
        <p className="text-[var(--muted)]">{none}</p>
      )}
    </div>
  );
}

/** Contacts per year as small bars, labelled in words for screen readers. */
function PerYear({ perYear }: { perYear: Glance["perYear"] }) {
  const max = Math.max(1, ...perYear.map((y) => y.count));
  const W = Math.min(240, Math.max(60, perYear.length * 16));
  const H = 40;
  const bw = W / perYear.length;
  const words = perYear.map((y) => `${y.year}: ${y.count}`).join(", ");
  return (
    <figure className="text-xs text-[var(--muted)]">
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Contacts per year: ${words}`} data-testid="per-year">
        {perYear.map((y, i) => {
          const h = (y.count / max) * (H - 2);
          return (
            <rect key={y.year} x={i * bw + 1} y={H - h} width={Math.max(1, bw - 2)} height={h} fill="var(--c-in-person)">
              <title>{`${y.year}: ${y.count}`}</title>
            </rect>
          );
        })}
        <line x1={0} x2={W} y1={H - 0.5} y2={H - 0.5} stroke="var(--line)" />
      </svg>
      <figcaption className="mt-1" aria-hidden="true">
        contacts per year, {perYear[0].year}–{perYear[perYear.length - 1].year}
      </figcaption>
    </figure>
  );
}
