import { oembedFor } from "@/lib/oembed";
import { siteOrigin } from "@/lib/origin";

export const dynamic = "force-dynamic";

/** GET /api/oembed?url=PAGE[&maxwidth=&maxheight=][&format=json]: the embed of a Summitry page. */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams;
  const format = q.get("format") ?? "json";
  if (format !== "json") return Response.json({ error: { param: "format", message: "format must be json" } }, { status: 501 });
  const answer = await oembedFor(await siteOrigin(), q.get("url"), q.get("maxwidth"), q.get("maxheight"));
  if (!answer.ok) return Response.json({ error: { param: "url", message: answer.message } }, { status: answer.status });
  // Any site's CMS may ask, from a browser too.
  return Response.json(answer.body, { headers: { "access-control-allow-origin": "*", "cache-control": "public, max-age=300" } });
}
