/**
 * Where extraction time goes, stage by stage, in µs per article of about 3 KB
 * (npx tsx bench/extract-stages.ts). A companion to extract-throughput.ts.
 */
import { join } from "node:path";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { loadPaths } from "../extract/load";
import { parseArticle } from "../extract/article";
import { LeaderIndex } from "../extract/leaders";
import { articleContext, findMentions, sentences } from "../extract/mentions";
import { findDates } from "../extract/dates";
const idx = new LeaderIndex(loadCatalogue());
const pool = loadPaths([join(DATA_DIR, "articles"), join(DATA_DIR, "eval", "articles")]).inputs.map(s => { let t = s.text; while (t.length < 3000) t += "\n\n" + s.text; return { ...s, text: t.slice(0, 3072) }; });
const T: Record<string, number> = {};
const time = <X,>(k: string, f: () => X): X => { const t = performance.now(); const r = f(); T[k] = (T[k] ?? 0) + performance.now() - t; return r; };
for (let rep = 0; rep < 30; rep++) for (const p of pool) {
  const a = time("article", () => parseArticle(p.file, p.text, p.meta));
  const ctx = time("context", () => articleContext(a, idx, a.published));
  time("sentences", () => sentences(a));
  time("mentions", () => findMentions(a, idx, ctx));
  time("allDatesAllSentences", () => sentences(a).forEach(s => findDates(s.text, s.start, a.published)));
}
const n = 30 * pool.length;
for (const [k, v] of Object.entries(T)) console.log(k.padEnd(22), (v / n * 1000).toFixed(0), "µs/article");
