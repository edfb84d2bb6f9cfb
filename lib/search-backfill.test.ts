/**
 * A database that held events before the search table existed finds them once migrated: the
 * corpus is ingested, its search rows removed (as they were before 20261123210000_search), and
 * the backfill migration applied again by `prisma migrate deploy`. Runs on SQLite, and on
 * PostgreSQL under `npm run test:pg`.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchingEventIds } from "./search";
import { corpusDatabase, type Scratch } from "./testdb";

const BACKFILL = "20261123213000_search_backfill";
let scratch: Scratch;

beforeAll(async () => {
  scratch = await corpusDatabase();
}, 120_000);
afterAll(() => scratch.dispose());

const search = (q: string) => matchingEventIds(scratch.db, scratch.provider, q);
const WORDS = ["putin", "ASSAD", "moscow", "Sochi", "damascus", "talks", "telephone", "kremlin syria"];

describe("the search backfill migration", () => {
  it("gives every stored event its search row, finding what the writer's rows found, in any case and without accents", async () => {
    const written = await Promise.all(WORDS.map(search));
    expect(written.flat().length).toBeGreaterThan(20);

    // An accented capital place, so the backfill must fold case and accents as the writer does.
    const renamed = await scratch.db.event.findFirstOrThrow({ orderBy: { id: "asc" } });
    await scratch.db.event.update({ where: { id: renamed.id }, data: { place: "ÉLYSÉE Palace, Paris" } });
    await scratch.db.$executeRawUnsafe(`DELETE FROM "event_search"`);
    await scratch.db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE "migration_name" = '${BACKFILL}'`);
    expect(await search("putin")).toEqual([]);

    // The migration tool wants the SQLite file to itself.
    await scratch.db.$disconnect();
    execFileSync(join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: scratch.url }, stdio: "pipe" });

    const [{ n }] = await scratch.db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "event_search"`);
    expect(Number(n)).toBe(await scratch.db.event.count());
    expect(await Promise.all(WORDS.map(search))).toEqual(written);
    expect(await search("elysee")).toEqual([renamed.id]);
    expect(await search("Élysée palace")).toEqual([renamed.id]);
  });
});
