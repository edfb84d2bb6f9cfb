/**
 * Extraction throughput: articles of about 3 KB per second through the whole pipeline, on one
 * core (a single Node thread). Budget: at least 500 articles/s. Not a test: it prints numbers.
 *
 *   npm run bench            (or: npx tsx bench/extract-throughput.ts [articles])
 */
import { join } from "node:path";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { loadPaths } from "../extract/load";
import { extract, type Input } from "../extract/pipeline";

const N = Number(process.argv[2] ?? 1000);
const catalogue = loadCatalogue();
// The bundled and own test articles, cut or repeated to about 3 KB each, with their metadata.
const pool = loadPaths([join(DATA_DIR, "articles"), join(DATA_DIR, "eval", "articles")]).inputs;
const inputs: Input[] = Array.from({ length: N }, (_, i) => {
  const src = pool[i % pool.length];
  let text = src.text;
  while (text.length < 3000) text += "\n\n" + src.text;
  return { file: `bench-${i}-${src.file}`, text: text.slice(0, 3072), meta: src.meta };
});
const bytes = inputs.reduce((n, i) => n + i.text.length, 0);

extract(inputs.slice(0, 50), catalogue); // warm up the JIT and the regexes
// Best of seven rounds: this shared machine's wall-clock noise is large (±20 %), the best round is
// the code's speed. CPU time of the process is printed beside it: it does not count time the
// virtual machine's core was lent to someone else.
let seconds = Infinity;
let cpuSeconds = Infinity;
let events = 0;
for (let round = 0; round < 7; round++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  events = 0;
  for (let i = 0; i < inputs.length; i += 100) events += extract(inputs.slice(i, i + 100), catalogue).events.length;
  const cpu = process.cpuUsage(c0);
  seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  cpuSeconds = Math.min(cpuSeconds, (cpu.user + cpu.system) / 1e6);
}
const rate = N / seconds;
console.log(
  `extract: ${N} articles (${(bytes / N / 1024).toFixed(1)} KB avg) in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} articles/s, ` +
    `${(bytes / 1048576 / seconds).toFixed(2)} MB/s (CPU time ${cpuSeconds.toFixed(2)} s = ${(N / cpuSeconds).toFixed(0)} articles/s); ${events} events`,
);
console.log(`budget 500 articles/s: ${rate >= 500 ? "met" : "NOT met"}`);
