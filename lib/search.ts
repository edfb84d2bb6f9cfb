/**
 * Full-text search of events: what a user types becomes a safe query for the database's own
 * index (SQLite FTS5, PostgreSQL text search), and each written event gets its search row.
 */
import { Prisma } from "../generated/prisma/client";
import type { Provider } from "./db";
import type { Tx } from "./write";

/** At most this many matches feed the other filters; the UI says so when a search reaches it. */
// Kept under the 999 bound variables the SQLite adapter allows in one statement, with room for the other filters.
export const MAX_MATCHES = 500;

/** Lower case without accents, so "Erdoğan", "ERDOGAN" and "erdogan" are one word. */
export function normaliseText(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a search: letters and digits only, so no FTS5 or tsquery syntax survives. */
export function searchWords(q: string): string[] {
  return (normaliseText(q).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 20);
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

/** The ids of the events matching every word of `q`, newest first, at most MAX_MATCHES. */
export async function matchingEventIds(db: Pick<Tx, "$queryRaw">, provider: Provider, q: string): Promise<number[]> {
  if (provider === "postgresql") {
    const query = tsQuery(q);
    if (!query) return [];
    const rows = await db.$queryRaw<{ id: number }[]>`SELECT "eventId" AS id FROM "event_search" WHERE "doc" @@ to_tsquery('simple', ${query}) ORDER BY "eventId" DESC LIMIT ${MAX_MATCHES}`;
    return rows.map((r) => Number(r.id));
  }
  const query = ftsQuery(q);
  if (!query) return [];
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT rowid AS id FROM "event_search" WHERE "event_search" MATCH ${query} ORDER BY rowid DESC LIMIT ${MAX_MATCHES}`;
  return rows.map((r) => Number(r.id));
}

/** What an event is found by: its place, its leaders' names, its articles' titles and its quotes. */
export function searchBody(e: { place: string | null; names: string[]; titles: (string | null)[]; quotes: string[] }): string {
  return normaliseText([e.place ?? "", ...e.names, ...new Set(e.titles.map((t) => t ?? "")), ...e.quotes].join("\n"));
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

/** Replace the search rows of removed and written events, inside the writing transaction. */
export async function writeSearchRows(tx: Tx, provider: Provider, removed: number[], written: number[]): Promise<void> {
  await deleteSearchRows(tx, provider, [...removed, ...written]);
  for (let i = 0; i < written.length; i += 500) {
    const events = await tx.event.findMany({
      where: { id: { in: written.slice(i, i + 500) } },
      select: { id: true, place: true, participants: { select: { leader: { select: { name: true } } } }, evidence: { select: { quote: true, article: { select: { title: true } } } } },
    });
    const rows = events.map((e) => ({
      id: e.id,
      body: searchBody({ place: e.place, names: e.participants.map((p) => p.leader.name), titles: e.evidence.map((ev) => ev.article.title), quotes: e.evidence.map((ev) => ev.quote) }),
    }));
    await insertSearchRows(tx, provider, rows);
  }
}
