/**
 * Leaders as a way in: every leader with contacts and how many of each kind, and one leader's
 * counterparts ranked by contacts. Grouped in the database (portable SQL for SQLite and
 * PostgreSQL), so the cost follows the number of leaders, not of events.
 */
import { Prisma } from "../generated/prisma/client";
import { CONTACT_TYPES, type ContactType } from "../extract/kinds";
import { prisma } from "./db";
import { isSlug } from "./hostile";

export interface LeaderSummary {
  id: string;
  name: string;
  total: number;
  byKind: Record<ContactType, number>;
  counterparts: number;
  /** The latest contact's date (YYYY, YYYY-MM or YYYY-MM-DD). */
  last: string;
}

export const LEADER_SORTS = ["contacts", "name", "last", "counterparts"] as const;
export type LeaderSort = (typeof LEADER_SORTS)[number];

const zero = () => Object.fromEntries(CONTACT_TYPES.map((t) => [t, 0])) as Record<ContactType, number>;

/** Every leader with at least one contact (optionally just one leader), with counts per kind. */
export async function listLeaders(only?: string): Promise<LeaderSummary[]> {
  const where = only ? Prisma.sql`WHERE p."leaderId" = ${only}` : Prisma.empty;
  const [kinds, others] = await Promise.all([
    prisma().$queryRaw<{ id: string; name: string; type: string; n: number | bigint; last: string }[]>(
      Prisma.sql`SELECT l."id" AS id, l."name" AS name, e."type" AS type, COUNT(*) AS n, MAX(e."date") AS last
        FROM "Participant" p JOIN "Event" e ON e."id" = p."eventId" JOIN "Leader" l ON l."id" = p."leaderId" ${where}
        GROUP BY l."id", l."name", e."type"`,
    ),
    prisma().$queryRaw<{ id: string; n: number | bigint }[]>(
      Prisma.sql`SELECT p."leaderId" AS id, COUNT(DISTINCT q."leaderId") AS n
        FROM "Participant" p JOIN "Participant" q ON q."eventId" = p."eventId" AND q."leaderId" <> p."leaderId" ${where}
        GROUP BY p."leaderId"`,
    ),
  ]);
  const byId = new Map<string, LeaderSummary>();
  for (const r of kinds) {
    const l = byId.get(r.id) ?? { id: r.id, name: r.name, total: 0, byKind: zero(), counterparts: 0, last: "" };
    const n = Number(r.n);
    if ((CONTACT_TYPES as readonly string[]).includes(r.type)) l.byKind[r.type as ContactType] += n;
    l.total += n;
    if (r.last > l.last) l.last = r.last;
    byId.set(r.id, l);
  }
  for (const r of others) {
    const l = byId.get(r.id);
    if (l) l.counterparts = Number(r.n);
  }
  return [...byId.values()];
}

/**
 * Every leader with contacts and their number of contacts, for the filters' list: one pass over
 * the participants' primary key, a fraction of listLeaders' cost (no join to the events, no
 * counterparts), which matters on a cold page after each ingest.
 */
export async function listLeaderTotals(): Promise<{ id: string; name: string; total: number }[]> {
  const rows = await prisma().$queryRaw<{ id: string; n: number | bigint }[]>(Prisma.sql`SELECT p."leaderId" AS id, COUNT(*) AS n FROM "Participant" p GROUP BY p."leaderId"`);
  const names = new Map((await prisma().leader.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true, name: true } })).map((l) => [l.id, l.name]));
  return rows.filter((r) => names.has(r.id)).map((r) => ({ id: r.id, name: names.get(r.id)!, total: Number(r.n) }));
}

/** Sorted for the table: most contacts, a name, the latest contact, or most counterparts first. */
export function sortLeaders(leaders: LeaderSummary[], sort: LeaderSort): LeaderSummary[] {
  const byName = (a: LeaderSummary, b: LeaderSummary) => a.name.localeCompare(b.name, "en");
  const cmp: Record<LeaderSort, (a: LeaderSummary, b: LeaderSummary) => number> = {
    contacts: (a, b) => b.total - a.total || byName(a, b),
    name: byName,
    last: (a, b) => b.last.localeCompare(a.last) || byName(a, b),
    counterparts: (a, b) => b.counterparts - a.counterparts || b.total - a.total || byName(a, b),
  };
  return [...leaders].sort(cmp[sort]);
}

export interface Counterpart {
  id: string;
  name: string;
  total: number;
  last: string;
  /** The pair filter that shows just these two (when the contacts were between two). */
  pair: string | null;
}

/** One leader, and everyone they had contacts with, most contacts first. */
export async function leaderWithCounterparts(id: string): Promise<{ leader: LeaderSummary; counterparts: Counterpart[] } | null> {
  if (!isSlug(id)) return null;
  const [leader] = await listLeaders(id);
  if (!leader) return null;
  const rows = await prisma().$queryRaw<{ id: string; name: string; n: number | bigint; last: string; pair: string | null }[]>(
    Prisma.sql`SELECT l."id" AS id, l."name" AS name, COUNT(*) AS n, MAX(e."date") AS last, MIN(CASE WHEN (SELECT COUNT(*) FROM "Participant" r WHERE r."eventId" = e."id") = 2 THEN e."pair" END) AS pair
      FROM "Participant" p JOIN "Participant" q ON q."eventId" = p."eventId" AND q."leaderId" <> p."leaderId"
      JOIN "Event" e ON e."id" = p."eventId" JOIN "Leader" l ON l."id" = q."leaderId"
      WHERE p."leaderId" = ${id}
      GROUP BY l."id", l."name"`,
  );
  const counterparts = rows
    .map((r) => ({ id: r.id, name: r.name, total: Number(r.n), last: r.last, pair: r.pair }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "en"));
  return { leader, counterparts };
}
