/**
 * Two ingests started at the same moment over a fresh SQLite file: one switches it to WAL while
 * the other is told "database is locked". That answer must mean "wait", never "fail the run".
 */
import { describe, expect, it } from "vitest";
import type { PrismaClient } from "./db";
import { isBusy, prepareDatabase } from "./write";

/** A driver error as Prisma raises it for a raw query SQLite answered with SQLITE_BUSY. */
const busy = () => Object.assign(new Error("Raw query failed. Code: `SQLITE_BUSY`. Message: `database is locked`"), { code: "P2010" });

function fakeDb(failures: number) {
  const ran: string[] = [];
  let left = failures;
  const db = {
    $queryRawUnsafe: async (sql: string) => {
      if (left-- > 0) throw busy();
      ran.push(sql);
      return [];
    },
  } as unknown as PrismaClient;
  return { db, ran };
}

describe("prepareDatabase", () => {
  it("waits while another process holds the file, then switches it to WAL, telling the user once per wait", async () => {
    const { db, ran } = fakeDb(2);
    let waits = 0;
    await prepareDatabase(db, "sqlite", { onWait: () => waits++ });
    expect(ran).toEqual(["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"]);
    expect(waits).toBe(2);
  });

  it("fails at once on an error that is not 'busy'", async () => {
    const db = { $queryRawUnsafe: async () => Promise.reject(new Error("file is not a database")) } as unknown as PrismaClient;
    await expect(prepareDatabase(db, "sqlite")).rejects.toThrow("file is not a database");
  });
});

describe("isBusy", () => {
  it("reads SQLite's and PostgreSQL's 'busy' answers as busy, and other errors as failures", () => {
    expect(isBusy(busy())).toBe(true);
    expect(isBusy({ code: "P2034", message: "Transaction failed due to a write conflict or a deadlock" })).toBe(true);
    expect(isBusy(new Error("no such table: Event"))).toBe(false);
  });
});
