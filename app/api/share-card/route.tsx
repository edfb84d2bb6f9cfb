/**
 * The share card of a view (a search, a pair, a leader): a 1200×630 picture that says what was
 * searched and whose contacts, and how many of each kind the view holds. Named from the filters,
 * so a view with no match is pictured as what was asked, never as events it does not show.
 */
import { ImageResponse } from "next/og";
import { CONTACT_KIND, CONTACT_TYPES } from "@/extract/kinds";
import { countEvents } from "@/lib/events";
import { parseFilters } from "@/lib/filters";
import { viewNames, viewTitle } from "@/lib/view-title";

export const dynamic = "force-dynamic";
const size = { width: 1200, height: 630 };

/** Long searches are cut on the card (the page's title keeps all of them). */
function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export async function GET(req: Request) {
  const parsed = parseFilters(new URL(req.url).searchParams);
  if (!parsed.ok) return new Response(`${parsed.message}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const f = parsed.filters;
  const title = clip(viewTitle(f, await viewNames(f)) ?? "Contacts between leaders", 90);
  const counts = await Promise.all(CONTACT_TYPES.map(async (t) => ({ t, n: f.type && !f.type.includes(t) ? 0 : await countEvents({ ...f, type: [t] }) })));
  const total = counts.reduce((a, c) => a + c.n, 0);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#ffffff", color: "#1a1a1a" }}>
        <div style={{ display: "flex", fontSize: 32, color: "#5c5c5c" }}>{f.q ? "Summitry · search" : "Summitry"}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: title.length > 45 ? 52 : 64, fontWeight: 700 }}>{title}</div>
          <div style={{ display: "flex", fontSize: 40, marginTop: 24 }}>{total ? `${total.toLocaleString("en-GB")} ${total === 1 ? "contact" : "contacts"}` : "No contact matches"}</div>
          <div style={{ display: "flex", fontSize: 34, marginTop: 12 }}>
            {counts
              .filter((c) => c.n)
              .map((c) => (
                <span key={c.t} style={{ color: CONTACT_KIND[c.t].colour.light, marginRight: 32 }}>
                  {`${c.n.toLocaleString("en-GB")} ${c.n === 1 ? CONTACT_KIND[c.t].noun.one : CONTACT_KIND[c.t].noun.many}`}
                </span>
              ))}
          </div>
        </div>
        <div style={{ display: "flex", fontSize: 30, color: "#5c5c5c" }}>Each contact linked to the sentences in its sources that report it</div>
      </div>
    ),
    { ...size, headers: { "cache-control": "public, max-age=300" } },
  );
}
