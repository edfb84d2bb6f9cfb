/**
 * Search at scale: p50 and p95 of a filtered search (the ids from the full-text index, then the
 * first page of the list) over 100,000 synthetic events. Budget: p50 under 50 ms.
 */
import { performance } from "node:perf_hooks";
import { syntheticDatabase } from "./synthetic";

const N = 100_000;
const RUNS = 40;

(async () => {
  const { url, dispose } = await syntheticDatabase(N);
  process.env.DATABASE_URL = url;
  const { listEventsPage } = await import("../lib/events");
  const queries = ["topic17", "putin meeting", "geneva topic4", "synthetic", "zzqx"];
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const q = queries[i % queries.length];
    const t = performance.now();
    await listEventsPage({ q }, { limit: 50 });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(`search over ${N.toLocaleString("en-GB")} events, ${RUNS} runs: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (budget p50 < 50 ms)`);
  await dispose();
})();
