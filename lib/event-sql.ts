/**
 * A view's filters as SQL conditions on "Event", for the queries of a search. Prisma's `where`
 * cannot say FTS5's MATCH or PostgreSQL's @@, and handing it the matching ids would bind one
 * variable per match; here the full-text match is a subquery the database joins itself, so every
 * match counts and a statement binds only the filters' own values.
 */
import { Prisma } from "../generated/prisma/client";
import { prisma, providerOfClient } from "./db";
import type { Filters } from "./filters";
import { searchMatchSql } from "./search";

/** Every condition of the filters on "Event" (columns unqualified), joined by AND. */
export function filterSql(f: Filters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.year) parts.push(Prisma.sql`"year" = ${f.year}`);
  if (f.from) parts.push(Prisma.sql`"year" >= ${f.from}`);
  if (f.to) parts.push(Prisma.sql`"year" <= ${f.to}`);
  if (f.type?.length) parts.push(Prisma.sql`"type" IN (${Prisma.join(f.type)})`);
  if (f.pair) parts.push(Prisma.sql`"pair" = ${f.pair}`);
  if (f.leader) parts.push(Prisma.sql`"id" IN (SELECT "eventId" FROM "Participant" WHERE "leaderId" = ${f.leader})`);
  if (f.q) parts.push(searchMatchSql(providerOfClient(prisma()), f.q));
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1 = 1`;
}

/** Where a keyset page starts: strictly after (or, walking back, before) this sort key. */
export interface SqlCursor {
  date: string;
  slug: string;
  direction: "after" | "before";
}

/**
 * The ids of the filters' events in list order (date, then slug; or the reverse), one bounded
 * page of them: after a cursor, or skipping some.
 */
export async function eventIdsInOrder(f: Filters, page: { take: number; skip?: number; cursor?: SqlCursor; order?: "asc" | "desc"; extra?: Prisma.Sql }): Promise<number[]> {
  const conditions = [filterSql(f)];
  if (page.extra) conditions.push(page.extra);
  const c = page.cursor;
  if (c) {
    conditions.push(
      c.direction === "after"
        ? Prisma.sql`("date" > ${c.date} OR ("date" = ${c.date} AND "slug" > ${c.slug}))`
        : Prisma.sql`("date" < ${c.date} OR ("date" = ${c.date} AND "slug" < ${c.slug}))`,
    );
  }
  const order = page.order === "desc" ? Prisma.sql`"date" DESC, "slug" DESC` : Prisma.sql`"date" ASC, "slug" ASC`;
  const rows = await prisma().$queryRaw<{ id: number | bigint }[]>(
    Prisma.sql`SELECT "id" AS id FROM "Event" WHERE ${Prisma.join(conditions, " AND ")} ORDER BY ${order} LIMIT ${page.take} OFFSET ${page.skip ?? 0}`,
  );
  return rows.map((r) => Number(r.id));
}

/** Rows Prisma loaded by id, back in the order of `ids`. */
export function inOrderOf<R extends { id: number }>(ids: number[], rows: R[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is R => r !== undefined);
}
