import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { ingestPaths } from "./ingest";
import { matchingEventIds, normaliseText } from "./search";
import { corpusDatabase, type Scratch } from "./testdb";

let scratch: Scratch;

beforeAll(async () => {
  scratch = await corpusDatabase();
}, 120_000);
afterAll(() => scratch.dispose());

const search = (q: string) => matchingEventIds(scratch.db, scratch.provider, q);

describe("full-text search of the ingested corpus", () => {
  it("finds an event by a word of its quote, in any case and without its accents", async () => {
    const ev = await scratch.db.evidence.findFirstOrThrow({ orderBy: { id: "asc" } });
    const word = ev.quote.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0];
    expect(word.length).toBeGreaterThan(4);
    expect(await search(word.toUpperCase())).toContain(ev.eventId);
    expect(await search(normaliseText(word))).toContain(ev.eventId);
  });

  it("finds events by leader and place, and needs every word", async () => {
    const e = await scratch.db.event.findFirstOrThrow({ where: { place: { not: null } }, include: { participants: { include: { leader: true } } } });
    const surname = e.participants[0].leader.name.split(" ").pop()!;
    expect(await search(`${surname} ${e.place}`)).toContain(e.id);
    expect(await search(`${surname} zzqxnotaword`)).toEqual([]);
  });

  it("treats query syntax in the input as plain words", async () => {
    for (const hostile of [`"`, `*`, `NEAR(`, `a OR b`, `') ; DROP TABLE "Event"; --`, `!&|:*`, `^col:`]) {
      await expect(search(hostile)).resolves.toBeInstanceOf(Array);
    }
    expect(await scratch.db.event.count()).toBeGreaterThan(0);
  });

  it("keeps one search row per event across a re-ingest", async () => {
    await ingestPaths(scratch.db, loadCatalogue(), [join(DATA_DIR, "articles")]);
    const [{ n }] = await scratch.db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "event_search"`);
    expect(Number(n)).toBe(await scratch.db.event.count());
  });
});
