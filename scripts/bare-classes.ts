/**
 * `npx tsx scripts/bare-classes.ts --held-out zzf,zzg,zzh,zzi,zzj,zzk [--held]`: where the bare-text gap
 * comes from. Each article of the tuning set (or, with `--held`, of the held-out batches) is read
 * alone, with its metadata and bare (front matter and manifest removed, as `npm run eval` strips
 * them), and counted by what the bare page still says of its date: the same page date as its
 * metadata, another one, none though the year of publication is written in its text, or none and
 * that year nowhere in it (no reader of page dates can help: the gap is structural). Per class:
 * files, gold contacts, and contacts matched with metadata and bare. Totals only, never a file's
 * name or text, so the held-out batches can be counted without being read. Read alone, an article
 * gets no anchor from another article's report of the same contact, as a single real page would not.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { score, type GoldEvent } from "../extract/evaluate";
import { loadPaths } from "../extract/load";
import { extract, type ExtractResult, type Input } from "../extract/pipeline";
import { batchOf, heldOutBatches } from "./batches";

const args = process.argv.slice(2);
const at = args.indexOf("--held-out");
const list = at >= 0 ? (args[at + 1] ?? "") : "";
const catalogue = loadCatalogue();
const idOf = new Map(catalogue.leaders.map((l) => [l.name, l.id]));
const all = loadPaths([join(DATA_DIR, "eval", "articles")]).inputs;
const heldOut = heldOutBatches(list, all.map((i) => i.file));
const chosen = all.filter((i) => heldOut.has(batchOf(i.file)) === args.includes("--held"));
const goldOf = JSON.parse(readFileSync(join(DATA_DIR, "eval", "gold.json"), "utf8")).articles as Record<string, GoldEvent[]>;
const bare = (i: Input): Input => ({ ...i, text: i.text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ""), meta: {} });
const asGold = (r: ExtractResult): GoldEvent[] => r.events.map((e) => ({ date: e.date, type: e.type, participants: e.participants.map((p) => idOf.get(p)!), place: e.place }));

const classes = new Map<string, { files: number; gold: number; withMetadata: number; bare: number }>();
for (const input of chosen) {
  const stripped = bare(input);
  const withMeta = extract([input], catalogue);
  const without = extract([stripped], catalogue);
  const published = withMeta.articles[0]?.published ?? null;
  const read = without.articles[0]?.published ?? null;
  const name = !published
    ? "no date even with metadata"
    : read === published
      ? "bare: the same page date"
      : read
        ? "bare: another page date"
        : stripped.text.includes(published.slice(0, 4))
          ? "bare: no page date, the year in the text"
          : "bare: no page date, the year nowhere in the text";
  const gold = goldOf[basename(input.file)] ?? [];
  const c = classes.get(name) ?? { files: 0, gold: 0, withMetadata: 0, bare: 0 };
  c.files++;
  c.gold += gold.length;
  c.withMetadata += score(gold, asGold(withMeta)).matched;
  c.bare += score(gold, asGold(without)).matched;
  classes.set(name, c);
}
console.log(`${args.includes("--held") ? "held out" : "tuning set"}, each article read alone: files, gold contacts, matched with metadata, matched bare`);
for (const [name, c] of [...classes].sort((a, b) => b[1].withMetadata - b[1].bare - (a[1].withMetadata - a[1].bare))) {
  console.log(`${name.padEnd(50)} ${String(c.files).padStart(4)} ${String(c.gold).padStart(5)} ${String(c.withMetadata).padStart(5)} ${String(c.bare).padStart(5)}`);
}
