/** Mentions as database rows and back: what ingest stores per article and merges events from. */
import type { Mention } from "../extract/types";
import type { Value } from "./bulk";

export type MentionRole = "event" | "known" | "unresolved";

/** Kind of contact and participants: events are merged within one key, never across keys. */
export const mentionKey = (m: Pick<Mention, "type" | "participants">) => `${m.type}|${m.participants.join("+")}`;

/** A Mention table row (written by lib/bulk.ts's multi-row inserts). */
export function toRow(m: Mention, articleId: number, role: MentionRole, anchors: boolean): Record<string, Value> {
  return {
    articleId,
    role,
    key: mentionKey(m),
    type: m.type,
    participants: m.participants.join("+"),
    date: m.date?.value ?? null,
    precision: m.date?.precision ?? null,
    dateText: m.dateText,
    resolvedAgainst: m.resolvedAgainst,
    weekday: m.weekday ?? null,
    monthDay: m.monthDay ?? null,
    place: m.place,
    placeCountry: m.placeCountry,
    hostId: m.host,
    initiatorId: m.initiator,
    quote: m.quote,
    start: m.start,
    end: m.end,
    anchors,
  };
}

export interface MentionRow {
  type: string;
  participants: string;
  date: string | null;
  precision: string | null;
  dateText: string | null;
  resolvedAgainst: string | null;
  weekday: number | null;
  monthDay: string | null;
  place: string | null;
  placeCountry: string | null;
  hostId: string | null;
  initiatorId: string | null;
  quote: string;
  start: number;
  end: number;
}

/** A stored row as the pipeline's Mention, known to it by `file` (the article's slug). */
export function fromRow(r: MentionRow, file: string): Mention {
  const m: Mention = {
    file,
    type: r.type as Mention["type"],
    participants: r.participants.split("+"),
    date: r.date ? { value: r.date, precision: r.precision as "day" | "month" | "year" } : null,
    dateText: r.dateText,
    resolvedAgainst: r.resolvedAgainst,
    place: r.place,
    placeCountry: r.placeCountry,
    host: r.hostId,
    initiator: r.initiatorId,
    quote: r.quote,
    start: r.start,
    end: r.end,
  };
  if (r.weekday !== null) m.weekday = r.weekday;
  if (r.monthDay !== null) m.monthDay = r.monthDay;
  return m;
}
