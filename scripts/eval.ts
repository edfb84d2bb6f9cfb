/**
 * `npm run eval`: how well the pipeline does against the gold files the project keeps:
 * the bundled corpus (data/articles + data/eval/seeds-gold.json) and our own test set
 * (data/eval/articles + data/eval/gold.json), the latter with and without publication metadata.
 * `npm run eval -- DIR` scores one folder of articles against its own DIR/gold.json instead: how a
 * new blind batch is given its first-run score before anyone reads it.
 * `npm run eval -- --held-out stu` (or `vwx,za`: see scripts/batches.ts) keeps those batches out of the
 * own set and prints only their totals, one line per batch and no event lists: a validation set
 * that rules can be checked against while nobody reads it (see data/eval/README.md).
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { dedupeGold, score, type GoldEvent, type Score } from "../extract/evaluate";
import { loadPaths } from "../extract/load";
import { batchOf, heldOutBatches } from "./batches";
import { extract, type Input } from "../extract/pipeline";

const catalogue = loadCatalogue();
const idOf = new Map(catalogue.leaders.map((l) => [l.name, l.id]));

function run(inputs: Input[]): GoldEvent[] {
  return extract(inputs, catalogue).events.map((e) => ({ date: e.date, type: e.type, participants: e.participants.map((p) => idOf.get(p)!), place: e.place }));
}

/** The same articles as a reader would paste them: no front matter, no manifest. */
function bare(inputs: Input[]): Input[] {
  return inputs.map((i) => ({ ...i, text: i.text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ""), meta: {} }));
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
function report(name: string, s: Score) {
  console.log(`${name.padEnd(34)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}  exact dates ${pct(s.exactDate).padStart(6)}  (${s.matched}/${s.gold} gold, ${s.extracted} extracted)`);
  for (const m of s.misses) console.log(`    missed    ${m.date} ${m.type} ${m.participants.join("+")}`);
  for (const m of s.spurious) console.log(`    spurious  ${m.date} ${m.type} ${m.participants.join("+")}`);
}

const args = process.argv.slice(2);
const heldOutAt = args.indexOf("--held-out");
const heldOutArg = heldOutAt >= 0 ? (args.splice(heldOutAt, 2)[1] ?? "") : "";

const batchDir = args[0];
if (batchDir) {
  const inputs = loadPaths([batchDir]).inputs;
  const gold = dedupeGold(Object.values(JSON.parse(readFileSync(join(batchDir, "gold.json"), "utf8")).articles as Record<string, GoldEvent[]>));
  report(`${basename(batchDir)} (with metadata)`, score(gold, run(inputs)));
  report(`${basename(batchDir)} (bare text)`, score(gold, run(bare(inputs))));
  process.exit(0);
}

const seeds = loadPaths([join(DATA_DIR, "articles")]).inputs;
const seedGold = JSON.parse(readFileSync(join(DATA_DIR, "eval", "seeds-gold.json"), "utf8")).events as GoldEvent[];
report("bundled corpus (with metadata)", score(seedGold, run(seeds)));
report("bundled corpus (bare text)", score(seedGold, run(bare(seeds))));

const all = loadPaths([join(DATA_DIR, "eval", "articles")]).inputs;
const goldOf = JSON.parse(readFileSync(join(DATA_DIR, "eval", "gold.json"), "utf8")).articles as Record<string, GoldEvent[]>;
const goldFor = (inputs: Input[]) => dedupeGold(inputs.map((i) => goldOf[basename(i.file)] ?? []));
const heldOut = heldOutBatches(heldOutArg, all.map((i) => i.file));
const own = all.filter((i) => !heldOut.has(batchOf(i.file)));
const ownGold = goldFor(own);
report("own test set (with metadata)", score(ownGold, run(own)));
report("own test set (bare text)", score(ownGold, run(bare(own))));
// Most of our own articles keep their date only in front matter, so bare they cannot be dated at
// all; the pages kept as scraped (no front matter, no manifest row) are the fairer bare test.
const asScraped = (i: Input) => !i.meta?.published && !/^---\r?\n/.test(i.text);
const scraped = own.filter(asScraped);
report(`own pages as scraped (${scraped.length}, bare)`, score(goldFor(scraped), run(scraped)));

// Held-out batches: totals only, so that checking a rule against them does not mean reading them.
const totals = (name: string, s: Score) =>
  console.log(`${name.padEnd(34)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}  (${s.matched}/${s.gold} gold, ${s.extracted} extracted)`);
const heldInputs = all.filter((i) => heldOut.has(batchOf(i.file)));
if (heldInputs.length) {
  totals(`held out ${[...heldOut].join(",")} (with metadata)`, score(goldFor(heldInputs), run(heldInputs)));
  totals(`held out ${[...heldOut].join(",")} (bare text)`, score(goldFor(heldInputs), run(bare(heldInputs))));
  const heldScraped = heldInputs.filter(asScraped);
  totals(`held out as scraped (${heldScraped.length}, bare)`, score(goldFor(heldScraped), run(heldScraped)));
  for (const letter of heldOut) {
    const batch = heldInputs.filter((i) => batchOf(i.file) === letter);
    if (batch.length) totals(`  batch ${letter}* (with metadata)`, score(goldFor(batch), run(batch)));
  }
}
