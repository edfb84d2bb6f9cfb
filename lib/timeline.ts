/**
 * What the timeline chart draws for a range of time, at the detail its zoom needs: the events
 * themselves when the range holds few, counts per kind of contact and per day, week, month or
 * year when it holds many. The server never sends more than the view can show, so the chart
 * costs the same at ten events or a million.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from "d3-time";
import { packBins, type BinUnit, type PackedBin, type TimelineBin } from "./timeline-bins";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "./db";
import { eventIdsInOrder, filterSql, inOrderOf } from "./event-sql";
import { whereOf } from "./events";
import type { Filters } from "./filters";
import { CONTACT_TYPES, type ContactType } from "./filters";
import { dateMidpoint, datePeriod, formatDate, joinNames } from "./format";

/** Above this many events in a range the chart gets bins; at or below, every event. */
export const MARK_LIMIT = 2000;
/** A bin is at least this wide on screen, so bars stay readable and their number bounded by the width. */
const MIN_BIN_PX = 4;
const DAY = 86_400_000;

export interface TimelineEvent {
  slug: string;
  /** Midpoint of the period the date stands for, in ms. */
  t: number;
  /** The period's start and end, in ms (equal-ish for a day). */
  t0: number;
  t1: number;
  type: ContactType;
  label: string;
  when: string;
  precision: string;
  place: string | null;
  sources: number;
}

export type { BinUnit, PackedBin, TimelineBin };

export type TimelineView =
  | { kind: "marks"; from: number; to: number; total: number; marks: TimelineEvent[] }
  | { kind: "bins"; from: number; to: number; total: number; unit: BinUnit; bins: PackedBin[] };

const UNITS: { unit: BinUnit; ms: number; interval: CountableTimeInterval; prefix: number }[] = [
  { unit: "day", ms: DAY, interval: utcDay, prefix: 10 },
  { unit: "week", ms: 7 * DAY, interval: utcMonday, prefix: 10 },
  { unit: "month", ms: 30.44 * DAY, interval: utcMonth, prefix: 7 },
  { unit: "year", ms: 365.25 * DAY, interval: utcYear, prefix: 4 },
];

/** The finest unit whose bins are at least MIN_BIN_PX wide when `span` ms fill `width` px. */
export function binUnitFor(span: number, width: number): BinUnit {
  const msPerPx = span / Math.max(1, width);
  return (UNITS.find((u) => u.ms >= MIN_BIN_PX * msPerPx) ?? UNITS[UNITS.length - 1]).unit;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * SQL conditions for events of the filters whose period meets [from, to]. Dates are stored as
 * YYYY, YYYY-MM or YYYY-MM-DD, which sort as text: a period starts no later than `to` when its
 * date sorts before `to`'s day, and ends no earlier than `from` when its date sorts after
 * `from`'s day or is `from`'s month or year itself. The year bounds let the year index narrow it.
 */
export function rangeWhere(f: Filters, from: number, to: number) {
  const s0 = iso(from);
  const s1 = iso(to);
  const y0 = Math.max(f.year ?? f.from ?? 0, Number(s0.slice(0, 4)));
  const y1 = Math.min(f.year ?? f.to ?? 9999, Number(s1.slice(0, 4)));
  return {
    year: { gte: y0, lte: y1 },
    ...(f.type?.length ? { type: { in: f.type } } : {}),
    ...(f.pair ? { pair: f.pair } : {}),
    ...(f.leader ? { participants: { some: { leaderId: f.leader } } } : {}),
    date: { lte: s1 },
    OR: [{ date: { gte: s0 } }, { date: s0.slice(0, 7) }, { date: s0.slice(0, 4) }],
  };
}

function rangeSql(f: Filters, from: number, to: number): Prisma.Sql {
  const w = rangeWhere(f, from, to);
  const s0 = iso(from);
  const parts = [
    Prisma.sql`"year" >= ${w.year.gte}`,
    Prisma.sql`"year" <= ${w.year.lte}`,
    Prisma.sql`"date" <= ${w.date.lte}`,
    Prisma.sql`("date" >= ${s0} OR "date" = ${s0.slice(0, 7)} OR "date" = ${s0.slice(0, 4)})`,
  ];
  if (f.type?.length) parts.push(Prisma.sql`"type" IN (${Prisma.join(f.type)})`);
  if (f.pair) parts.push(Prisma.sql`"pair" = ${f.pair}`);
  if (f.leader) parts.push(Prisma.sql`"id" IN (SELECT "eventId" FROM "Participant" WHERE "leaderId" = ${f.leader})`);
  if (f.q) parts.push(filterSql({ q: f.q }));
  return Prisma.join(parts, " AND ");
}

const markSelect = {
  id: true,
  slug: true,
  date: true,
  precision: true,
  type: true,
  place: true,
  participants: { select: { leader: { select: { name: true } } }, orderBy: { position: "asc" as const } },
  _count: { select: { evidence: true } },
};

type MarkRow = Awaited<ReturnType<typeof markRows>>[number];
function markRows(where: object, take: number, order: "asc" | "desc" = "asc") {
  return prisma().event.findMany({ where, select: markSelect, orderBy: [{ date: order }, { slug: order }], take });
}

/** The marks of some events by id, a few hundred ids a statement so none binds too many variables. */
async function markRowsById(ids: number[]): Promise<MarkRow[]> {
  const rows: MarkRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(...(await prisma().event.findMany({ where: { id: { in: ids.slice(i, i + 500) } }, select: markSelect })));
  }
  return rows;
}

export function toTimelineEvent(e: MarkRow): TimelineEvent {
  const [t0, t1] = datePeriod(e.date, e.precision);
  return {
    slug: e.slug,
    t: dateMidpoint(e.date, e.precision).getTime(),
    t0,
    t1,
    type: e.type as ContactType,
    label: joinNames(e.participants.map((p) => p.leader)),
    when: formatDate(e.date, e.precision),
    precision: e.precision,
    place: e.place,
    sources: e._count.evidence,
  };
}

/** The first and last moments any event of the filters covers, or null when none matches. */
export async function timeExtent(f: Filters): Promise<[number, number] | null> {
  const end = async (order: "asc" | "desc") => {
    const select = { date: true, precision: true };
    if (!f.q) return prisma().event.findFirst({ where: whereOf(f), select, orderBy: [{ date: order }, { slug: order }] });
    const [id] = await eventIdsInOrder(f, { take: 1, order });
    return id === undefined ? null : prisma().event.findUnique({ where: { id }, select });
  };
  const [first, last] = await Promise.all([end("asc"), end("desc")]);
  if (!first || !last) return null;
  return [datePeriod(first.date, first.precision)[0], datePeriod(last.date, last.precision)[1]];
}

/** What the chart shows of [from, to] at `width` pixels: every event if few, else bins. */
export async function timelineView(f: Filters, from: number, to: number, width: number): Promise<TimelineView> {
  // Reading one id more than the limit tells "few" from "many" without counting them all.
  if (f.q) {
    const ids = await eventIdsInOrder(f, { take: MARK_LIMIT + 1, extra: rangeSql(f, from, to) });
    if (ids.length <= MARK_LIMIT) {
      const marks = inOrderOf(ids, await markRowsById(ids)).map(toTimelineEvent);
      return { kind: "marks", from, to, total: marks.length, marks };
    }
  } else {
    const where = rangeWhere(f, from, to);
    const probe = await prisma().event.findMany({ where, select: { id: true }, take: MARK_LIMIT + 1 });
    if (probe.length <= MARK_LIMIT) {
      const marks = (await markRows(where, MARK_LIMIT)).map(toTimelineEvent);
      return { kind: "marks", from, to, total: marks.length, marks };
    }
  }
  const unit = binUnitFor(to - from, width);
  const u = UNITS.find((x) => x.unit === unit)!;
  const rows = await prisma().$queryRaw<{ k: string; type: string; n: number | bigint }[]>(
    Prisma.sql`SELECT substr("date", 1, ${u.prefix}) AS k, "type" AS type, COUNT(*) AS n FROM "Event" WHERE ${rangeSql(f, from, to)} GROUP BY substr("date", 1, ${u.prefix}), "type"`,
  );
  // A month- or year-precise date sits in the bin of its midpoint, as its mark would.
  const bins = new Map<string, TimelineBin>();
  let total = 0;
  for (const r of rows) {
    if (!(CONTACT_TYPES as readonly string[]).includes(r.type)) continue;
    const precision = r.k.length === 10 ? "day" : r.k.length === 7 ? "month" : "year";
    const start = u.interval.floor(dateMidpoint(r.k, precision)).getTime();
    const id = `${start}|${r.type}`;
    const bin = bins.get(id) ?? { t0: start, t1: u.interval.offset(new Date(start), 1).getTime(), type: r.type as ContactType, count: 0 };
    bin.count += Number(r.n);
    total += Number(r.n);
    bins.set(id, bin);
  }
  return { kind: "bins", from, to, total, unit, bins: packBins([...bins.values()].sort((a, b) => a.t0 - b.t0)) };
}

export type Step = "first" | "last" | "next" | "previous";

/** The event a keyboard step lands on: the first, the last, or the one after or before `slug`. */
export async function stepEvent(f: Filters, step: Step, slug?: string): Promise<TimelineEvent | null> {
  let at: { date: string; slug: string } | null = null;
  if (step === "next" || step === "previous") {
    at = slug ? await prisma().event.findUnique({ where: { slug }, select: { date: true, slug: true } }) : null;
    if (!at) return stepEvent(f, step === "next" ? "first" : "last");
  }
  const order = step === "first" || step === "next" ? "asc" : "desc";
  if (f.q) {
    const [id] = await eventIdsInOrder(f, { take: 1, order, cursor: at ? { ...at, direction: step === "next" ? "after" : "before" } : undefined });
    const [row] = id === undefined ? [] : await markRowsById([id]);
    return row ? toTimelineEvent(row) : null;
  }
  const base = whereOf(f);
  const cmp = step === "next" ? "gt" : "lt";
  const where = at ? { AND: [base, { OR: [{ date: { [cmp]: at.date } }, { date: at.date, slug: { [cmp]: at.slug } }] }] } : base;
  const [row] = await markRows(where, 1, order);
  return row ? toTimelineEvent(row) : null;
}
