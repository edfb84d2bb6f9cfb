import { z } from "zod";
import { listEvents } from "@/lib/events";
import { toCsv, toIcs, toJson } from "@/lib/export";
import { parseFilters } from "@/lib/filters";

export const dynamic = "force-dynamic";

const Format = z.enum(["json", "csv", "ics"]);

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
  const events = await listEvents(parsed.filters);
  if (format.data === "csv") {
    return new Response(toCsv(events), { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="summitry-events.csv"' } });
  }
  if (format.data === "ics") {
    return new Response(toIcs(events, url.origin), { headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'attachment; filename="summitry-events.ics"' } });
  }
  return Response.json(toJson(events));
}
