/**
 * The key of a whole rendered page in the page cache (lib/page-cache.ts): what the page shows,
 * never how its address happened to be spelled, so a crowd asking for one view in many spellings
 * fills one entry. The data version is not part of it: the cache adds that itself.
 */
import { createHash } from "node:crypto";
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot";
import { filtersToQuery, parseFilters } from "./filters";

/** The pages that read the filters (and a list page number) from their address. */
const FILTERED_PATHS = new Set(["/", "/embed"]);

/** What lib/home.ts's pageOf makes of `?page=`: a whole number of at least 2, or the first page. */
function listPage(raw: string | null): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 2 ? n : 1;
}

/**
 * The query as the page reads it. The filtered pages parse it with the same schema they render
 * from (type order, repeats, blank values and unknown parameters all fall away); an invalid filter
 * is keyed by the error it shows. Any other page keeps every parameter (sorted): a page added later
 * that reads one must never be served another's answer.
 */
export function normalisedQuery(pathname: string, params: URLSearchParams): string {
  if (FILTERED_PATHS.has(pathname)) {
    const parsed = parseFilters(params);
    if (!parsed.ok) return `!${parsed.param}:${parsed.message}`;
    const page = listPage(params.get("page"));
    const query = filtersToQuery(parsed.filters);
    return page === 1 ? query : `${query || "?"}${query ? "&" : ""}page=${page}`;
  }
  const order = ([k, v]: [string, string]) => `${k}\u0000${v}`;
  const kept = [...params].filter(([k]) => k !== "_rsc").sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return kept.length ? `?${new URLSearchParams(kept).toString()}` : "";
}

/** The origin a page writes into its share links and embed code (as lib/origin.ts's siteOrigin reads it). */
export function requestOrigin(headers: Headers): string {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/$/, "");
  return `${headers.get("x-forwarded-proto") ?? "http"}://${headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost"}`;
}

/**
 * The request headers a client-side navigation or prefetch (an RSC "flight" request, marked by
 * `rsc: 1`) is answered by, as Next.js's own `Vary` lists them, and the page it comes from.
 */
export const FLIGHT_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"] as const;

/**
 * Which answer of a page is asked for: the HTML document, or a flight payload for the router
 * state the client is in (hashed: the state tree header is long). Every visitor of the home page
 * prefetches its event links with the same headers, so those share entries.
 */
export function answerKind(headers: Headers): string {
  if (!headers.has("rsc")) return "document";
  return `flight:${createHash("sha1").update(FLIGHT_HEADERS.map((h) => `${h}=${headers.get(h) ?? ""}`).join("\n")).digest("base64url")}`;
}

/**
 * Everything a rendered page depends on besides the data: which answer (document or flight), the origin it links to, the kind of
 * client (Next.js puts metadata in the head for crawlers that read only HTML, and streams it for
 * browsers), the path and normalised query, and the day (a page says how long ago things were).
 */
export function pageKey(url: URL, headers: Headers, now = new Date()): string {
  const client = getBotType(headers.get("user-agent") ?? "") ?? "browser";
  return `${now.toISOString().slice(0, 10)} ${client} ${answerKind(headers)} ${requestOrigin(headers)}${url.pathname}${normalisedQuery(url.pathname, url.searchParams)}`;
}
