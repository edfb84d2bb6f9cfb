import { z } from "zod";
import { cached } from "@/lib/cache";
import { listEvents } from "@/lib/events";
import { toCsv, toIcs, toJson } from "@/lib/export";
import { filtersToQuery, parseFilters } from "@/lib/filters";

export const dynamic = "force-dynamic";

const Format = z.enum(["json", "csv", "ics"]);

const HEADERS: Record<z.infer<typeof Format>, Record<string, string>> = {
  json: { "content-type": "application/json" },
  csv: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="summitry-events.csv"' },
  ics: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'attachment; filename="summitry-events.ics"' },
};

function badRequest(param: string, message: string) {
  return Response.json({ error: { param, message } }, { status: 400 });
}

/** GET /api/events?year=&from=&to=&type=&pair=&format=json|csv|ics */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const format = Format.safeParse(url.searchParams.get("format") ?? "json");
  if (!format.success) return badRequest("format", "format must be one of json, csv, ics");
  const parsed = parseFilters(url.searchParams);
  if (!parsed.ok) return badRequest(parsed.param, parsed.message);
  const kind = format.data;
  // The same filters in any order are one cache entry; the body is serialised once per entry.
  const body = await cached(`${kind}${filtersToQuery(parsed.filters)}@${url.origin}`, async () => {
    const events = await listEvents(parsed.filters);
    return kind === "csv" ? toCsv(events) : kind === "ics" ? toIcs(events, url.origin) : JSON.stringify(toJson(events));
  });
  return new Response(body, { headers: { ...HEADERS[kind], "cache-control": "public, max-age=60" } });
}
