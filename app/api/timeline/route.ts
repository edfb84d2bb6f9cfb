import { z } from "zod";
import { cached } from "@/lib/cache";
import { dataVersion } from "@/lib/data-version";
import { filtersToQuery, parseFilters } from "@/lib/filters";
import { CACHE_CONTROL, etagFor, isFresh, notModified } from "@/lib/http-cache";
import { stepEvent, timelineView } from "@/lib/timeline";
import { isSlug } from "@/lib/hostile";

export const dynamic = "force-dynamic";

const Ms = z.coerce.number().int().min(Date.UTC(1900, 0, 1)).max(Date.UTC(2101, 0, 1));
const Query = z.union([
  z.object({ start: Ms, end: Ms, width: z.coerce.number().int().min(100).max(8000).default(1000) }).refine((q) => q.start < q.end, { error: "start must be before end", path: ["start"] }),
  z.object({ step: z.enum(["first", "last", "next", "previous"]), slug: z.string().refine(isSlug).optional() }),
]);

function badRequest(param: string, message: string) {
  return Response.json({ error: { param, message } }, { status: 400 });
}

/**
 * GET /api/timeline?start=MS&end=MS&width=PX&<filters>: what the chart draws of that range (events,
 * or bins when many); GET /api/timeline?step=next&slug=S&<filters>: the event a keyboard step lands on.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseFilters(url.searchParams);
  if (!parsed.ok) return badRequest(parsed.param, parsed.message);
  const raw = Object.fromEntries(["start", "end", "width", "step", "slug"].flatMap((k) => (url.searchParams.get(k) ? [[k, url.searchParams.get(k)]] : [])));
  const q = Query.safeParse(raw);
  if (!q.success) return badRequest(String(q.error.issues[0].path[0] ?? "start"), "give start and end (ms since 1970, start before end) and width in pixels, or step=first|last|next|previous with a slug");
  const f = parsed.filters;
  const key = "step" in q.data ? `step${filtersToQuery(f)}|${q.data.step}|${q.data.slug ?? ""}` : `view${filtersToQuery(f)}|${q.data.start}|${q.data.end}|${q.data.width}`;
  const version = await dataVersion();
  const etag = etagFor(version, key);
  if (isFresh(request.headers.get("if-none-match"), etag)) return notModified(etag);
  const d = q.data;
  const body = await cached(version, key, async () =>
    JSON.stringify("step" in d ? { event: await stepEvent(f, d.step, d.slug) } : await timelineView(f, d.start, d.end, d.width)),
  );
  return new Response(body as BodyInit, { headers: { "content-type": "application/json", etag, "cache-control": CACHE_CONTROL } });
}
