/**
 * Multi-row INSERT and SELECT … IN statements through the client's raw SQL, for the ingest's bulk
 * writes. Prisma's query compiler builds a plan per createMany/findMany call whose cost grows with
 * its rows and parameters: a bulk ingest spent most of its time there, not in the database.
 * Values are always bound as parameters, never spliced into the SQL; table and column names
 * come from this code only.
 */
import type { Provider } from "./db";
import type { Tx } from "./write";

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 16_000;

export type Value = string | number | boolean | null;

const quote = (name: string) => `"${name}"`;

/** A placeholder for the `n`th (0-based) parameter: `?` for SQLite, `$1` for PostgreSQL. */
const placeholder = (provider: Provider, n: number) => (provider === "postgresql" ? `$${n + 1}` : "?");

/** SQLite stores booleans as 0/1 and its driver binds no booleans. */
const bind = (provider: Provider, v: Value) => (provider === "sqlite" && typeof v === "boolean" ? (v ? 1 : 0) : v);

/**
 * Insert `rows` (all with the same columns) into `table`, as few statements as the parameter
 * limit allows; with `returning`, the named columns of the inserted rows.
 */
export async function insertRows<R = Record<string, unknown>>(
  tx: Tx,
  provider: Provider,
  table: string,
  rows: Record<string, Value | undefined>[],
  returning: string[] = [],
  /** A unique column: rows that would repeat a stored value are left out instead of failing. */
  skipDuplicateOf?: string,
): Promise<R[]> {
  if (!rows.length) return [];
  const columns = Object.keys(rows[0]);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: Value[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((c) => {
        params.push(bind(provider, row[c] ?? null));
        return placeholder(provider, params.length - 1);
      });
      return `(${marks.join(",")})`;
    });
    const conflict = skipDuplicateOf ? ` ON CONFLICT (${quote(skipDuplicateOf)}) DO NOTHING` : "";
    const sql = `INSERT INTO ${quote(table)} (${columns.map(quote).join(",")}) VALUES ${tuples.join(",")}${conflict}`;
    if (returning.length) out.push(...(await tx.$queryRawUnsafe<R[]>(`${sql} RETURNING ${returning.map(quote).join(",")}`, ...params)));
    else await tx.$executeRawUnsafe(sql, ...params);
  }
  return out;
}

/**
 * Rows of `select` (raw SQL up to, not including, the IN list: "SELECT … WHERE col IN") for
 * `values`, in chunks under the parameter limit; `rest` follows the list (", AND …").
 */
export async function selectIn<R>(tx: Tx, provider: Provider, select: string, values: Value[], rest = "", extra: Value[] = []): Promise<R[]> {
  const out: R[] = [];
  const size = MAX_PARAMS - extra.length;
  for (let i = 0; i < values.length; i += size) {
    const chunk = values.slice(i, i + size);
    const marks = chunk.map((_, n) => placeholder(provider, n)).join(",");
    const tail = rest.replace(/\$(\d+)/g, (_, k: string) => placeholder(provider, chunk.length + Number(k) - 1));
    out.push(...(await tx.$queryRawUnsafe<R[]>(`${select} (${marks}) ${tail}`, ...chunk.map((v) => bind(provider, v)), ...extra.map((v) => bind(provider, v)))));
  }
  return out;
}

/** Run `statement` (raw SQL up to its IN list: "DELETE FROM … WHERE col IN") for `values`, in chunks. */
export async function executeIn(tx: Tx, provider: Provider, statement: string, values: Value[]): Promise<number> {
  let changed = 0;
  for (let i = 0; i < values.length; i += MAX_PARAMS) {
    const chunk = values.slice(i, i + MAX_PARAMS);
    changed += await tx.$executeRawUnsafe(`${statement} (${chunk.map((_, n) => placeholder(provider, n)).join(",")})`, ...chunk.map((v) => bind(provider, v)));
  }
  return changed;
}

/** One alternative of a WHERE clause, with `?` for each of its parameters. */
export interface Term {
  sql: string;
  params: Value[];
}

/**
 * Rows of `select` (raw SQL up to its WHERE) matching any of `terms`, a few hundred terms per
 * statement: each term can use an index (a key and a date range), which one IN list cannot.
 */
export async function selectAny<R>(tx: Tx, provider: Provider, select: string, terms: Term[], rest = ""): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < terms.length; i += 200) {
    const chunk = terms.slice(i, i + 200);
    let n = 0;
    const where = chunk.map((t) => `(${t.sql})`).join(" OR ").replace(/\?/g, () => placeholder(provider, n++));
    out.push(...(await tx.$queryRawUnsafe<R[]>(`${select} WHERE ${where} ${rest}`, ...chunk.flatMap((t) => t.params.map((v) => bind(provider, v))))));
  }
  return out;
}

/** Raw SQL answers integers as bigint on some drivers: the ids this code uses are small. */
export const int = (v: unknown) => Number(v);
