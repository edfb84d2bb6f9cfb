/** Events as JSON, CSV or iCalendar for /api/events. Pure functions over EventView. */
import type { EventView } from "./events";
import { CONTACT_KIND } from "../extract/kinds";
import { formatDate, headline } from "./format";

export function toJson(events: EventView[]) {
  return {
    events: events.map((e) => ({
      slug: e.slug,
      date: e.date,
      precision: e.precision,
      type: e.type,
      participants: e.participants.map((p) => p.name),
      place: e.place,
      host: e.host,
      initiator: e.initiator,
      // `quote` stays the exact slice of the file; `text` is what a reader sees of it (markup read away).
      sources: e.sources.map((s) => ({ article: s.articleSlug, quote: s.quote, text: s.text })),
    })),
  };
}

/** A CSV cell: quoted, with quotes doubled, and formula-leading characters defused for spreadsheets. */
function cell(v: string | number | null): string {
  let s = v === null ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export const CSV_HEADER = ["slug", "date", "precision", "type", "participants", "place", "host", "initiator", "sources", "first_quote", "first_quote_text"].join(",") + "\r\n";

/** CSV rows (each ending in CRLF) for a page of events: a streamed export writes page after page. */
export function csvRows(events: EventView[]): string {
  return events
    .map((e) => [e.slug, e.date, e.precision, e.type, e.participants.map((p) => p.name).join("; "), e.place, e.host, e.initiator, e.sources.length, e.sources[0]?.quote ?? null, e.sources[0]?.text ?? null].map(cell).join(",") + "\r\n")
    .join("");
}

export function toCsv(events: EventView[]): string {
  return CSV_HEADER + csvRows(events);
}

/** iCalendar text: escape backslashes, semicolons, commas and newlines; fold long lines. */
function icsText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}
function fold(line: string): string {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += 73) out.push((i ? " " : "") + line.slice(i, i + 73));
  return out.join("\r\n");
}

export const ICS_HEAD = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Summitry//Leader contacts//EN", "CALSCALE:GREGORIAN"].join("\r\n") + "\r\n";
export const ICS_TAIL = "END:VCALENDAR\r\n";

/** VEVENTs for a page of events. Day-precise events are all-day entries; a month or year spans its whole period. */
export function icsEvents(events: EventView[], origin: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
  const lines: string[] = [];
  for (const e of events) {
    const [y, m = 1, d = 1] = e.date.split("-").map(Number);
    const start = new Date(Date.UTC(y, m - 1, d));
    const end =
      e.precision === "day" ? new Date(Date.UTC(y, m - 1, d + 1)) : e.precision === "month" ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y + 1, 0, 1));
    const day = (t: Date) => t.toISOString().slice(0, 10).replace(/-/g, "");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.slug}@summitry`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(start)}`,
      `DTEND;VALUE=DATE:${day(end)}`,
      fold(`SUMMARY:${icsText(headline(e))}`),
      fold(`DESCRIPTION:${icsText(`${CONTACT_KIND[e.type].label}, ${formatDate(e.date, e.precision)} (${e.precision} precision). ${e.sources.length} sources.`)}`),
      ...(e.place ? [fold(`LOCATION:${icsText(e.place)}`)] : []),
      fold(`URL:${origin}/events/${e.slug}`),
      "END:VEVENT",
    );
  }
  return lines.map((l) => l + "\r\n").join("");
}

export function toIcs(events: EventView[], origin: string, now = new Date()): string {
  return ICS_HEAD + icsEvents(events, origin, now) + ICS_TAIL;
}
