/**
 * Writing safely beside other writers. Every writing transaction first updates the one
 * WriteLock row: SQLite (WAL, one writer at a time) and PostgreSQL (a row lock) then queue the
 * writers on it, so two ingests never merge the same events at once and readers are never
 * blocked. A writer that finds the database busy says so once and tries again, with growing
 * pauses, rather than dying: "busy" means wait, never "fail".
 */
import { hostname } from "node:os";
import type { PrismaClient } from "./db";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** How long one writer waits for the others in all before the run fails (exit status 2). */
const GIVE_UP_MS = 5 * 60_000;
/** A transaction may run this long once it holds the lock (a batch of a few hundred articles). */
const TRANSACTION_MS = 10 * 60_000;

const holder = `${hostname()}:${process.pid}`;

/** Busy, locked or timed-out answers from either database: the other writer is still at work. */
export function isBusy(e: unknown): boolean {
  const err = e as { code?: string; message?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } };
  const cause = err?.meta?.driverAdapterError?.cause;
  const text = `${err?.code ?? ""} ${cause?.originalCode ?? ""} ${cause?.kind ?? ""} ${err?.message ?? ""}`;
  return /SQLITE_BUSY|SQLITE_LOCKED|database is locked|P1008|P2028|P2034|40001|40P01|55P03|deadlock|could not serialize|Transaction already closed|Unable to start a transaction|TransactionWriteConflict|timeout while waiting/i.test(
    text,
  );
}

export interface WriteOptions {
  /** Told once per run when this writer has to wait for another one. */
  onWait?: () => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Run `attempt` until it gets through, pausing with growing, jittered waits while the database
 * answers "busy"; any other error, or waiting longer than GIVE_UP_MS, fails the run.
 */
async function whileBusy<T>(attempt: () => Promise<T>, options: WriteOptions): Promise<T> {
  const started = Date.now();
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (e) {
      if (!isBusy(e) || Date.now() - started > GIVE_UP_MS) throw e;
      options.onWait?.();
      await sleep(Math.min(2_000, 50 * 2 ** Math.min(tries, 6)) * (0.5 + Math.random()));
    }
  }
}

/** Run `fn` in one transaction holding the write lock, retrying while another writer holds it. */
export function write<T>(db: PrismaClient, fn: (tx: Tx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  return whileBusy(
    () =>
      db.$transaction(
        async (tx) => {
          await tx.writeLock.update({ where: { id: 1 }, data: { holder, takenAt: new Date() } });
          return fn(tx);
        },
        { maxWait: 60_000, timeout: TRANSACTION_MS },
      ),
    options,
  );
}

/**
 * WAL lets pages read while an ingest writes; NORMAL sync is safe in WAL against a killed process.
 * Switching a fresh file to WAL takes an exclusive lock, so a second ingest started at the same
 * moment may find it busy: it waits like any other writer.
 */
export async function prepareDatabase(db: PrismaClient, provider: "sqlite" | "postgresql", options: WriteOptions = {}) {
  if (provider !== "sqlite") return;
  await whileBusy(() => db.$queryRawUnsafe("PRAGMA journal_mode = WAL"), options);
  await whileBusy(() => db.$queryRawUnsafe("PRAGMA synchronous = NORMAL"), options);
}
