/**
 * oEmbed (https://oembed.com): a Summitry page's address → the iframe that embeds it, so that a
 * CMS given a link embeds the view. Pages map to their embeds: / and /embed (with filters) and
 * /leaders/[id] to the timeline, /events/[slug] and /embed/events/[slug] to the event card.
 */
import { findEvent } from "./events";
import { filtersToQuery, parseFilters } from "./filters";
import { headline } from "./format";
import { leaderName } from "./home";
import { EMBED_HEIGHT, iframeCode } from "./origin";
import { viewNames, viewTitle } from "./view-title";

export type OembedAnswer = { ok: true; body: Record<string, unknown> } | { ok: false; status: number; message: string };

const MAX_WIDTH = 800;

function size(asked: string | null, fallback: number, max: number): number {
  const n = Number(asked);
  return Number.isInteger(n) && n >= 200 ? Math.min(n, max) : fallback;
}

export async function oembedFor(origin: string, pageUrl: string | null, maxwidth: string | null, maxheight: string | null): Promise<OembedAnswer> {
  if (!pageUrl) return { ok: false, status: 400, message: "url is required: the address of a Summitry page" };
  let u: URL;
  try {
    u = new URL(pageUrl);
  } catch {
    return { ok: false, status: 400, message: "url must be a full address such as https://summitry.example/events/…" };
  }
  if (u.origin !== origin) return { ok: false, status: 404, message: `url must be an address on ${origin}` };
  const path = u.pathname.replace(/\/$/, "") || "/";
  let embedPath: string;
  let title: string;
  let kind: keyof typeof EMBED_HEIGHT;
  const event = /^\/(?:embed\/)?events\/([^/]+)$/.exec(path);
  const leader = /^\/leaders\/([^/]+)$/.exec(path);
  if (event) {
    let found = await findEvent(event[1]);
    if (found.kind === "redirect") found = await findEvent(found.to);
    if (found.kind !== "event") return { ok: false, status: 404, message: "no event has that address" };
    embedPath = `/embed/events/${found.event.slug}`;
    title = headline(found.event);
    kind = "event";
  } else if (path === "/" || path === "/embed" || leader) {
    const parsed = parseFilters(leader ? new URLSearchParams({ leader: leader[1] }) : u.searchParams);
    if (!parsed.ok) return { ok: false, status: 404, message: parsed.message };
    const name = parsed.filters.leader ? await leaderName(parsed.filters.leader) : null;
    if (parsed.filters.leader && !name) return { ok: false, status: 404, message: "no leader has that address" };
    embedPath = `/embed${filtersToQuery(parsed.filters)}`;
    // A leader's page keeps its own wording; a search or a pair is named as its page title names it.
    title = leader && name ? `${name}'s contacts with other leaders` : (viewTitle(parsed.filters, await viewNames(parsed.filters)) ?? "Contacts between leaders");
    kind = "timeline";
  } else {
    return { ok: false, status: 404, message: "that page has no embed" };
  }
  const width = size(maxwidth, MAX_WIDTH, MAX_WIDTH);
  const height = size(maxheight, EMBED_HEIGHT[kind], EMBED_HEIGHT[kind]);
  return {
    ok: true,
    body: {
      version: "1.0",
      type: "rich",
      provider_name: "Summitry",
      provider_url: `${origin}/`,
      title,
      width,
      height,
      html: iframeCode(origin, embedPath, title, height),
    },
  };
}

/** The discovery link a page carries so a CMS finds its oEmbed. */
export function oembedLink(origin: string, pagePath: string): Record<string, string> {
  return { "application/json+oembed": `${origin}/api/oembed?url=${encodeURIComponent(origin + pagePath)}&format=json` };
}
