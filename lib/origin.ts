/**
 * The address this site is served at, for code that others paste elsewhere (iframe snippets,
 * oEmbed answers): SITE_URL when set, else the request's own host.
 */
import { headers } from "next/headers";

export async function siteOrigin(): Promise<string> {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

/** The iframe that embeds a Summitry path: sized, lazy, titled for screen readers, borderless. */
export function iframeCode(origin: string, embedPath: string, title: string, height: number): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${esc(origin + embedPath)}" title="${esc(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** How tall each embed is drawn by default. */
export const EMBED_HEIGHT = { timeline: 720, event: 480 } as const;
