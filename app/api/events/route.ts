import { z } from "zod";
import { cached } from "@/lib/cache";
import { decodeCursor, encodeCursor, Limit } from "@/lib/cursor";
import { dataVersion } from "@/lib/data-version";
import { eachEvent, listEventsPage } from "@/lib/events";
import { CSV_HEADER, csvRows, ICS_HEAD, ICS_TAIL, icsEvents, toJson } from "@/lib/export";
import { filtersToQuery, parseFilters, type Filters } from "@/lib/filters";
import { CACHE_CONTROL, etagFor, isFresh, notModified } from "@/lib/http-cache";

export const dynamic = "force-dynamic";

const Format = z.enum(["json", "csv", "ics"]);
type Format = z.infer<typeof Format>;

const HEADERS: Record<Format, Record<string, string>> = {
  json: { "content-type": "application/json" },
  csv: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="summitry-events.csv"' },
  ics: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'attachment; filename="summitry-events.ics"' },
};

function badRequest(param: string, message: string) {
  return Response.json({ error: { param, message } }, { status: 400 });
}

/** Every matching event, written page by page as the client reads: memory holds one page, never the export. */
function stream(kind: "csv" | "ics", f: Filters, origin: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pages = eachEvent(f);
  const now = new Date();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(kind === "csv" ? CSV_HEADER : ICS_HEAD));
        return;
      }
      const page = await pages.next();
      if (page.done) {
        if (kind === "ics") controller.enqueue(encoder.encode(ICS_TAIL));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(kind === "csv" ? csvRows(page.value) : icsEvents(page.value, origin, now)));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

/**
 * GET /api/events?year=&from=&to=&type=&pair=&format=json|csv|ics&limit=&cursor=
 * JSON answers a page (limit, default 100, at most 1,000) and a `next` link while more remain;
 * CSV and iCalendar stream every matching event.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const format = Format.safeParse(url.searchParams.get("format") ?? "json");
  if (!format.success) return badRequest("format", "format must be one of json, csv, ics");
  const parsed = parseFilters(url.searchParams);
  if (!parsed.ok) return badRequest(parsed.param, parsed.message);
  const limit = Limit.safeParse(url.searchParams.get("limit") ?? undefined);
  if (!limit.success) return badRequest("limit", limit.error.issues[0].message);
  const token = url.searchParams.get("cursor");
  const after = token ? decodeCursor(token) : undefined;
  if (after === null) return badRequest("cursor", "cursor is not one this API gave out: follow the `next` link of the previous page");

  const kind = format.data;
  const f = parsed.filters;
  const query = filtersToQuery(f);
  // The same view spelled any way (parameter order, type order) is one key, one ETag, one cache entry.
  const key = kind === "json" ? `json${query}|${limit.data}|${token ?? ""}|${url.origin}` : `${kind}${query}|${url.origin}`;
  const version = await dataVersion();
  const etag = etagFor(version, key);
  if (isFresh(request.headers.get("if-none-match"), etag)) return notModified(etag);
  const headers = { ...HEADERS[kind], etag, "cache-control": CACHE_CONTROL };

  if (kind !== "json") return new Response(stream(kind, f, url.origin), { headers });

  const body = await cached(version, key, async () => {
    const page = await listEventsPage(f, { limit: limit.data, after });
    let nextLink: string | null = null;
    if (page.next) {
      const q = new URLSearchParams(query.slice(1));
      if (url.searchParams.has("limit")) q.set("limit", String(limit.data));
      q.set("cursor", encodeCursor(page.next));
      nextLink = `${url.origin}/api/events?${q.toString().replace(/%2C/g, ",")}`;
    }
    return JSON.stringify({ ...toJson(page.events), next: nextLink });
  });
  return new Response(body as BodyInit, { headers });
}
