/**
 * Timeline rendering with 10,000 events, measured in Chromium with the performance marks the
 * Timeline component sets: first render (budget 300 ms) and zoom/pan frames (budget 16 ms median).
 *   npx next build && npx tsx bench/timeline-10k.ts [events]
 */
import { launchChromium, startServer } from "./server";
import { syntheticDatabase } from "./synthetic";

const n = Number(process.argv[2] ?? 10_000);
const scratch = await syntheticDatabase(n);
const server = await startServer(scratch.url, 3312);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const t0 = Date.now();
  await page.goto(server.url + "/", { waitUntil: "load", timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName("timeline-first-render").length > 0, null, { timeout: 60_000 });
  const loadMs = Date.now() - t0;
  const first = await page.evaluate(() => performance.getEntriesByName("timeline-first-render").map((e) => e.duration));
  const chart = page.getByTestId("timeline");
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 15; i++) await page.mouse.wheel(0, -120);
  await page.mouse.down();
  for (let i = 0; i < 30; i++) await page.mouse.move(box.x + box.width / 2 - i * 10, box.y + box.height / 2);
  await page.mouse.up();
  for (let i = 0; i < 15; i++) await page.mouse.wheel(0, 120);
  const frames = await page.evaluate(() => performance.getEntriesByName("timeline-zoom-frame").map((e) => e.duration));
  frames.sort((a, b) => a - b);
  const median = frames[Math.floor(frames.length / 2)];
  const p95 = frames[Math.floor(frames.length * 0.95)];
  console.log(`timeline with ${n} events: page loaded in ${loadMs} ms; first render ${first[0].toFixed(1)} ms (budget 300: ${first[0] <= 300 ? "met" : "NOT met"})`);
  console.log(`zoom/pan frames: ${frames.length}, median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (budget 16 median: ${median <= 16 ? "met" : "NOT met"})`);
} finally {
  await browser.close();
  server.stop();
  await scratch.dispose();
}
