/**
 * `npx tsx scripts/date-errors.ts --held-out BATCHES [--only zh,zi]`: on the tuning set, each contact
 * the pipeline found with a date that does not agree with the gold's (a miss and a spurious event of
 * the same people and kind in one article), with the gold and found dates, the rule that read the
 * date and the sentence: the evidence for the dating rules. The held-out batches are never read.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { score, type GoldEvent } from "../extract/evaluate";
import { loadPaths } from "../extract/load";
import { extract } from "../extract/pipeline";
import { batchOf, heldOutBatches } from "./batches";

const catalogue = loadCatalogue();
const idOf = new Map(catalogue.leaders.map((l) => [l.name, l.id]));
const args = process.argv.slice(2);
const at = args.indexOf("--held-out");
if (at < 0 || !args[at + 1]) {
  process.stderr.write("usage: npx tsx scripts/date-errors.ts --held-out BATCHES [--only BATCHES]\n");
  process.exit(2);
}
const own = loadPaths([join(DATA_DIR, "eval", "articles")]).inputs;
const heldOut = heldOutBatches(args[at + 1], own.map((i) => i.file));
const only = args.includes("--only") ? heldOutBatches(args[args.indexOf("--only") + 1], own.map((i) => i.file)) : null;
const all = own.filter((i) => !heldOut.has(batchOf(i.file)));
const goldOf = JSON.parse(readFileSync(join(DATA_DIR, "eval", "gold.json"), "utf8")).articles as Record<string, GoldEvent[]>;
const result = extract(all, catalogue, { explain: true });
const key = (e: GoldEvent) => `${e.type}|${[...e.participants].sort().join("+")}`;
const byFile = new Map<string, { ev: GoldEvent; src: { start: number; end: number; dateText?: string | null }; dateRule: string }[]>();
for (const e of result.events) {
  const ev = { date: e.date, type: e.type, participants: e.participants.map((p) => idOf.get(p)!), place: e.place };
  for (const src of e.sources) {
    const f = basename(src.file);
    const trace = result.traces!.get(src.file)!;
    const emit = trace.entries.find((t) => t.step === "emit" && t.sentence.start === src.start && t.detail.startsWith(`${e.type} ${e.participants.join(" + ")} `));
    const rule = (emit && /date (.*)\]$/.exec(emit.detail)?.[1]) ?? "?";
    const list = byFile.get(f) ?? [];
    if (!list.some((x) => x.ev === ev)) list.push({ ev, src, dateRule: rule });
    byFile.set(f, list);
  }
}
const textOf = new Map(all.map((i) => [basename(i.file), i.text]));
let wrong = 0, missNoDate = 0;
for (const input of all) {
  const f = basename(input.file);
  if (only && !only.has(batchOf(f))) continue;
  const found = byFile.get(f) ?? [];
  const s = score(goldOf[f] ?? [], found.map((x) => x.ev));
  for (const m of s.misses) {
    const spur = s.spurious.filter((x) => key(x) === key(m));
    for (const x of spur) {
      const r = found.find((y) => y.ev === x)!;
      wrong++;
      const q = textOf.get(f)!.slice(r.src.start, r.src.end).replace(/\s+/g, " ").slice(0, 300);
      console.log(`${f}  gold ${m.date}  found ${x.date}  ${m.type} ${m.participants.join("+")}  [date ${r.dateRule}] «${r.src.dateText ?? ""}»\n    ${q}`);
    }
    if (!spur.length) missNoDate++;
  }
}
console.log(`${wrong} wrong dates; ${missNoDate} other misses`);
