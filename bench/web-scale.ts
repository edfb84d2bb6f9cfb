/**
 * The web app at 10,000, 100,000 and 1,000,000 synthetic events (bench/synthetic.ts), against
 * `next start` (run `npx next build` first). Prints numbers against the budgets; asserts nothing.
 *   - home page weight (bytes of HTML, and gzipped) and first byte (cold, then median of 10);
 *   - in Chromium: the chart's first render, pan/zoom frame times (performance marks the chart
 *     sets), and whether hovering redraws the chart (its draw counter);
 *   - load: autocannon, 100 connections for 30 s each on /api/health (the no-op route), the home
 *     page, an event page and /api/events, in the same run, against the same server.
 *
 *   npx tsx bench/web-scale.ts [sizes, default 10000,100000,1000000] [--load-at=100000] [--seconds=30]
 */
import autocannon from "autocannon";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { launchChromium, startServer } from "./server";
import { syntheticFile } from "./synthetic";

const args = process.argv.slice(2);
const sizes = (args.find((a) => /^\d/.test(a)) ?? "10000,100000,1000000").split(",").map(Number);
const loadAt = Number(args.find((a) => a.startsWith("--load-at="))?.split("=")[1] ?? 100_000);
const seconds = Number(args.find((a) => a.startsWith("--seconds="))?.split("=")[1] ?? 30);
if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ok = (met: boolean) => (met ? "met" : "NOT met");

async function firstByte(url: string): Promise<{ ms: number; bytes: number; gzip: number }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const reader = res.body!.getReader();
  const first = await reader.read();
  const ms = performance.now() - t0;
  const chunks: Uint8Array[] = first.value ? [first.value] : [];
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    chunks.push(r.value);
  }
  const body = Buffer.concat(chunks);
  return { ms, bytes: body.length, gzip: gzipSync(body).length };
}

async function pageWeight(base: string) {
  const cold = await firstByte(`${base}/`);
  const warm: number[] = [];
  for (let i = 0; i < 10; i++) warm.push((await firstByte(`${base}/`)).ms);
  const filteredCold = await firstByte(`${base}/?type=phone&from=2010&to=2015`);
  return { cold, warm: median(warm), filteredCold: filteredCold.ms };
}

async function chart(base: string) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/`, { waitUntil: "load", timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName("timeline-first-render").length > 0, null, { timeout: 60_000 });
    const first = await page.evaluate(() => performance.getEntriesByName("timeline-first-render")[0].duration);
    const chartEl = page.getByTestId("timeline");
    const box = (await chartEl.boundingBox())!;
    const draws = () => page.evaluate(() => Number(document.querySelector<HTMLCanvasElement>("[data-testid=timeline] canvas")?.dataset.draws ?? 0));
    const beforeHover = await draws();
    for (let i = 0; i < 40; i++) await page.mouse.move(box.x + 100 + i * 25, box.y + 40 + (i % 3) * 70);
    const hoverRedraws = (await draws()) - beforeHover;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -120);
      await page.waitForTimeout(400); // the finer view arrives from the server
      await page.mouse.down();
      for (let i = 0; i < 30; i++) await page.mouse.move(cx - i * 10, cy);
      await page.mouse.up();
      await page.waitForTimeout(400);
    }
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 120);
    const frames = await page.evaluate(() => performance.getEntriesByName("timeline-zoom-frame").map((e) => e.duration));
    const detail = await chartEl.getAttribute("data-detail");
    return { first, frames, hoverRedraws, detail };
  } finally {
    await browser.close();
  }
}

type LoadResult = { requests: number; seconds: number; p50: number[]; errors: number; timeouts: number; non2xx: number };

async function load(url: string, duration: number, into: LoadResult) {
  const r = await autocannon({ url, connections: 100, duration, timeout: 10 });
  const lat = r.latency as unknown as Record<string, number>;
  into.requests += r.requests.total;
  into.seconds += r.duration;
  into.p50.push(lat.p50);
  into.errors += r.errors;
  into.timeouts += r.timeouts;
  into.non2xx += r.non2xx;
}

/** How busy the machine was, and the CPU seconds the server's processes have used: to tell a slow route from a busy machine. */
function cpuLine(serverGroup: number): string {
  let cpu = 0;
  try {
    for (const t of execFileSync("ps", ["-o", "times=", "-g", String(serverGroup)], { encoding: "utf8" }).split("\n")) cpu += Number(t.trim()) || 0;
  } catch {
    /* no ps here: the load average alone */
  }
  return `load average ${loadavg().map((l) => l.toFixed(1)).join(" / ")}, server CPU ${cpu} s`;
}

const rows: string[] = [];
for (const n of sizes) {
  const t0 = performance.now();
  const file = await syntheticFile(n);
  console.log(`\n== ${n.toLocaleString("en-GB")} events (database ready in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${file})`);
  const server = await startServer(`file:${file}`, 3320);
  try {
    const w = await pageWeight(server.url);
    console.log(`home HTML ${(w.cold.bytes / 1024).toFixed(1)} KB (${(w.cold.gzip / 1024).toFixed(1)} KB gzipped; budget 150 KB: ${ok(w.cold.bytes < 150 * 1024)})`);
    console.log(`first byte: cold ${w.cold.ms.toFixed(0)} ms, warm median ${w.warm.toFixed(0)} ms (budget 200 ms: ${ok(w.warm < 200)}); a new filter cold ${w.filteredCold.toFixed(0)} ms`);
    const c = await chart(server.url);
    const fm = median(c.frames);
    const f95 = pct(c.frames, 0.95);
    console.log(`chart: first render ${c.first.toFixed(1)} ms (budget 300: ${ok(c.first < 300)}); ${c.frames.length} pan/zoom frames, median ${fm.toFixed(2)} ms (budget 16: ${ok(fm < 16)}), p95 ${f95.toFixed(2)} ms (budget 50: ${ok(f95 < 50)}); redraws while hovering: ${c.hoverRedraws}; detail after zooming: ${c.detail}`);
    rows.push(`| ${n.toLocaleString("en-GB")} | ${(w.cold.bytes / 1024).toFixed(0)} KB (${(w.cold.gzip / 1024).toFixed(0)} KB gz) | ${w.cold.ms.toFixed(0)} / ${w.warm.toFixed(0)} ms | ${c.first.toFixed(0)} ms | ${fm.toFixed(1)} / ${f95.toFixed(1)} ms | ${c.hoverRedraws} |`);
    if (n === loadAt) {
      const event = ((await (await fetch(`${server.url}/api/events?limit=1&year=2012`)).json()) as { events: { slug: string }[] }).events[0].slug;
      const routes: [string, string][] = [
        ["no-op /api/health", "/api/health"],
        ["home /", "/"],
        [`event /events/${event}`, `/events/${event}`],
        ["/api/events", "/api/events"],
      ];
      // Other sessions load this machine unevenly: each route runs in three slices, taken in turn,
      // so the no-op and the routes it is compared with share the same minutes.
      const results = routes.map(() => ({ requests: 0, seconds: 0, p50: [] as number[], errors: 0, timeouts: 0, non2xx: 0 }));
      const cpu0 = process.cpuUsage();
      console.log(`load: ${cpuLine(server.pid)} before`);
      for (let slice = 0; slice < 3; slice++) for (const [i, [, path]] of routes.entries()) await load(server.url + path, Math.max(1, Math.round(seconds / 3)), results[i]);
      console.log(`load: ${cpuLine(server.pid)} after; this bench process used ${((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6).toFixed(0)} CPU-s`);
      const noop = results[0].requests / results[0].seconds;
      for (const [i, [label]] of routes.entries()) {
        const r = results[i];
        const rps = r.requests / r.seconds;
        console.log(`load ${label}: ${rps.toFixed(0)} req/s (${((100 * rps) / noop).toFixed(0)} % of the no-op: ${ok(i === 0 || rps >= 0.8 * noop)}), p50 of the slices ${r.p50.join(" / ")} ms; errors ${r.errors}, time-outs ${r.timeouts}, non-2xx ${r.non2xx}`);
      }
    }
  } finally {
    server.stop();
  }
}
console.log("\n| events | home HTML | first byte cold / warm | chart first render | frame median / p95 | redraws on hover |\n| --- | --- | --- | --- | --- | --- |");
for (const r of rows) console.log(r);
