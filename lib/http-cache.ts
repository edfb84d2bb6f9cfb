/**
 * HTTP caching for answers that change only when an ingest runs: a weak ETag made of the data's
 * version and what was asked, and a Cache-Control that lets browsers and CDNs reuse an answer for
 * a minute and then revalidate it with a cheap conditional request (304, no body).
 */
import { createHash } from "node:crypto";

export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

/** What was asked (normalised) at which data version. Weak: the bytes may differ (a CSP nonce), the meaning does not. */
export function etagFor(version: string, key: string): string {
  return `W/"${version}-${createHash("sha1").update(key).digest("base64url").slice(0, 16)}"`;
}

/** Whether the client already holds this answer (If-None-Match, compared weakly as RFC 9110 asks for GET). */
export function isFresh(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

export function notModified(etag: string, extra: Record<string, string> = {}): Response {
  return new Response(null, { status: 304, headers: { etag, "cache-control": CACHE_CONTROL, ...extra } });
}
