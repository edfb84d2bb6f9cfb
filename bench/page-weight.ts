/**
 * Page weight: the gzipped JavaScript a page loads in Chromium, and its gzipped HTML. Budget:
 * 150 KB of JavaScript for the home page. Reports what loads before the page is interactive (the
 * load event) and everything by network idle (which includes the chart chunk loaded after
 * hydration), for the home page, an event page and the routes of leaders, embeds and search.
 *   npx next build && npx tsx bench/page-weight.ts
 */
import { gzipSync } from "node:zlib";
import { DEFAULT_DATABASE_URL } from "../lib/db";
import { launchChromium, startServer } from "./server";

const server = await startServer(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, 3311);
const browser = await launchChromium();
try {
  const paths = ["/", "/events/2024-07-25-putin-assad-moscow", "/?q=moscow", "/leaders", "/leaders/vladimir-putin", "/embed?pair=putin-assad", "/embed?q=moscow", "/embed/events/2024-07-25-putin-assad-moscow"];
  for (const path of paths) {
    const page = await browser.newPage();
    const scripts: { at: number; size: Promise<number> }[] = [];
    let loadedAt = Infinity;
    page.on("load", () => (loadedAt = Date.now()));
    let html: Promise<number> = Promise.resolve(0);
    page.on("response", (r) => {
      if (r.request().resourceType() === "document") html = r.body().then((b) => gzipSync(b, { level: 9 }).length);
      if (r.request().resourceType() === "script") scripts.push({ at: Date.now(), size: r.body().then((b) => gzipSync(b, { level: 9 }).length) });
    });
    await page.goto(server.url + path, { waitUntil: "networkidle" });
    const sized = await Promise.all(scripts.map(async (s) => ({ at: s.at, size: await s.size })));
    const kb = (xs: typeof sized) => xs.reduce((a, b) => a + b.size, 0) / 1024;
    const initial = kb(sized.filter((s) => s.at <= loadedAt));
    const total = kb(sized);
    const budget = path === "/" ? ` (budget 150 KB: ${initial <= 150 ? "met" : "NOT met"})` : "";
    console.log(`${path}: HTML ${((await html) / 1024).toFixed(1)} KB gzipped; ${initial.toFixed(1)} KB gzipped JS until load${budget}; ${total.toFixed(1)} KB in all, ${sized.length} scripts`);
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
