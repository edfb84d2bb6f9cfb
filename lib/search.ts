/**
 * Full-text search of events: what a user types becomes a safe query for the database's own
 * index (SQLite FTS5, PostgreSQL text search), and each written event gets its search row.
 */
import { Prisma } from "../generated/prisma/client";
import type { Provider } from "./db";
import { displayQuote } from "./display-text";
import type { Tx } from "./write";

/** Lower case without accents, so "Erdoğan", "ERDOGAN" and "erdogan" are one word. */
export function normaliseText(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** A word, for a search and for the index alike: letters and digits only. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a search: letters and digits only, so no FTS5 or tsquery syntax survives. */
export function searchWords(q: string): string[] {
  return (normaliseText(q).match(WORD) ?? []).slice(0, 20);
}

/** An FTS5 MATCH string: every word quoted as a prefix term, all required. */
export function ftsQuery(q: string): string | null {
  const words = searchWords(q);
  return words.length ? words.map((w) => `"${w}"*`).join(" ") : null;
}

/** A to_tsquery string: every word a prefix term, all required. Words hold no tsquery operators. */
export function tsQuery(q: string): string | null {
  const words = searchWords(q);
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}

/**
 * The condition "this event matches every word of `q`" on "Event"."id", as a subquery of the
 * full-text index: the database joins the matches itself, however many there are.
 */
export function searchMatchSql(provider: Provider, q: string): Prisma.Sql {
  if (provider === "postgresql") {
    const query = tsQuery(q);
    return query ? Prisma.sql`"id" IN (SELECT "eventId" FROM "event_search" WHERE "doc" @@ to_tsquery('simple', ${query}))` : Prisma.sql`1 = 0`;
  }
  const query = ftsQuery(q);
  return query ? Prisma.sql`"id" IN (SELECT rowid FROM "event_search" WHERE "event_search" MATCH ${query})` : Prisma.sql`1 = 0`;
}

/** The ids of every event matching every word of `q`, newest id first. */
export async function matchingEventIds(db: Pick<Tx, "$queryRaw">, provider: Provider, q: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number | bigint }[]>(Prisma.sql`SELECT "id" AS id FROM "Event" WHERE ${searchMatchSql(provider, q)} ORDER BY "id" DESC`);
  return rows.map((r) => Number(r.id));
}

/**
 * What an event is found by: its place, its leaders' names, its articles' titles and its quotes,
 * as a reader sees them (a page's markup read away), so that a search finds the words on the
 * page ("Canada’s") and never the markup around them ("amp", "strong", "8217"). Stored as its
 * words alone, one space apart: the two databases split text differently (PostgreSQL's parser
 * keeps "baku–moscow" with an en dash as one word, FTS5 splits it), and the same words give both
 * the same matches.
 */
export function searchBody(e: { place: string | null; names: string[]; titles: (string | null)[]; quotes: string[] }): string {
  const titles = new Set(e.titles.map((t) => (t ? displayQuote(t) : "")));
  return (normaliseText([e.place ?? "", ...e.names, ...titles, ...e.quotes.map(displayQuote)].join("\n")).match(WORD) ?? []).join(" ");
}

/** Search rows for new events, as multi-row inserts: a bulk ingest writes thousands at once. */
export async function insertSearchRows(tx: Tx, provider: Provider, rows: { id: number; body: string }[]): Promise<void> {
  const table = provider === "postgresql" ? `"event_search" ("eventId", "body")` : `"event_search" (rowid, body)`;
  for (let i = 0; i < rows.length; i += 400) {
    const chunk = rows.slice(i, i + 400);
    const marks = chunk.map((_, n) => (provider === "postgresql" ? `($${2 * n + 1}, $${2 * n + 2})` : "(?, ?)")).join(",");
    await tx.$executeRawUnsafe(`INSERT INTO ${table} VALUES ${marks}`, ...chunk.flatMap((r) => [r.id, r.body]));
  }
}

/** Remove the search rows of removed or rewritten events, inside the writing transaction. */
export async function deleteSearchRows(tx: Tx, provider: Provider, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const list = Prisma.join(ids.slice(i, i + 500));
    if (provider === "postgresql") await tx.$executeRaw`DELETE FROM "event_search" WHERE "eventId" IN (${list})`;
    else await tx.$executeRaw`DELETE FROM "event_search" WHERE rowid IN (${list})`;
  }
}
