/**
 * The `cursor` of /api/events: where the previous page ended, as an opaque URL-safe token.
 * A token is checked like any other input: a forged or truncated one is a 400, never a query.
 */
import { z } from "zod";
import type { Cursor } from "./events";
import { SLUG_PATTERN } from "./hostile";

const Token = z.tuple([z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), z.string().regex(SLUG_PATTERN)]);

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.date, c.slug])).toString("base64url");
}

export function decodeCursor(token: string): Cursor | null {
  if (token.length > 400 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  try {
    const parsed = Token.safeParse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    return parsed.success ? { date: parsed.data[0], slug: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** `limit`: how many events a page holds; 100 unless asked, never more than 1,000. */
export const Limit = z.coerce
  .number({ error: "limit must be a number from 1 to 1000" })
  .int({ error: "limit must be a whole number from 1 to 1000" })
  .min(1, { error: "limit must be at least 1" })
  .max(1000, { error: "limit must be at most 1000" })
  .default(100);
