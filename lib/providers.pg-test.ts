/**
 * SQLite and PostgreSQL give the same answers: the bundled corpus and our own test set ingested
 * into both, then /api/events asked of each. Runs only under scripts/with-postgres.mjs (npm run
 * test:pg), which provides the PostgreSQL server.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "../app/api/events/route";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { servePrisma } from "./db";
import { glanceOf } from "./glance";
import { leaderWithCounterparts, listLeaders } from "./leaders";
import { ingestPaths } from "./ingest";
import { scratchDatabase, type Scratch } from "./testdb";

let sqlite: Scratch;
let postgres: Scratch;

beforeAll(async () => {
  const server = process.env.SUMMITRY_TEST_POSTGRES_URL;
  if (!server) throw new Error("this suite needs a PostgreSQL server: run it with `npm run test:pg`");
  postgres = await scratchDatabase();
  delete process.env.SUMMITRY_TEST_POSTGRES_URL;
  try {
    sqlite = await scratchDatabase();
  } finally {
    process.env.SUMMITRY_TEST_POSTGRES_URL = server;
  }
  const paths = [join(DATA_DIR, "articles"), join(DATA_DIR, "eval", "articles")];
  for (const s of [sqlite, postgres]) {
    const report = await ingestPaths(s.db, loadCatalogue(), paths);
    expect(report.failed).toEqual([]);
  }
}, 600_000);

afterAll(async () => {
  await sqlite?.dispose();
  await postgres?.dispose();
});

async function answer(s: Scratch, query: string) {
  servePrisma(s.db);
  // A different origin per database, so the route's short cache never answers for the other one.
  const res = await GET(new Request(`http://${s.provider}.test/api/events${query}`));
  expect(res.status).toBe(200);
  // A calendar is stamped with the moment it was made, and folds its long lines (CRLF and a
  // space) where the origin's length puts the 75th octet: unfolded, the two can be compared.
  return (await res.text()).replace(/\r\n /g, "").replace(/^DTSTAMP:.*$/gm, "DTSTAMP:…");
}

describe("SQLite and PostgreSQL", () => {
  it("store the same articles, events, evidence and redirects", async () => {
    expect(sqlite.provider).toBe("sqlite");
    expect(postgres.provider).toBe("postgresql");
    const summary = async (s: Scratch) => ({
      articles: await s.db.article.findMany({ orderBy: { slug: "asc" }, select: { slug: true, title: true, publisher: true, url: true, published: true, publishedSource: true } }),
      events: await s.db.event.count(),
      evidence: await s.db.evidence.count(),
      mentions: await s.db.mention.count(),
    });
    const a = await summary(sqlite);
    expect(a.events).toBeGreaterThan(150);
    expect(await summary(postgres)).toEqual(a);
  });

  it.each(["", "?format=csv", "?format=ics", "?pair=putin-assad", "?type=phone,video&from=2016&to=2023", "?q=putin", "?q=MOSCOW&type=in-person", "?leader=vladimir-putin&q=talks&format=csv"])("answer /api/events%s with the same bytes", async (query) => {
    const fromSqlite = await answer(sqlite, query);
    expect(fromSqlite.length).toBeGreaterThan(500);
    expect((await answer(postgres, query)).replaceAll("postgresql.test", "sqlite.test")).toBe(fromSqlite);
  });

  it("rank the same leaders and counterparts, and give the same glance", async () => {
    const views = async (s: Scratch) => {
      servePrisma(s.db);
      const leaders = (await listLeaders()).sort((a, b) => a.id.localeCompare(b.id));
      return {
        leaders,
        putin: await leaderWithCounterparts("vladimir-putin"),
        glance: await glanceOf({ leader: "vladimir-putin" }),
        searched: await glanceOf({ pair: "putin-assad", q: "moscow" }),
      };
    };
    const a = await views(sqlite);
    expect(a.leaders.length).toBeGreaterThan(10);
    expect(a.putin?.counterparts.length).toBeGreaterThan(5);
    expect(a.searched.lastMeeting?.date).toBe("2024-07-25");
    expect(await views(postgres)).toEqual(a);
  });
});
