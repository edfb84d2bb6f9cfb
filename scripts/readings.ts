/**
 * `npx tsx scripts/readings.ts --held-out stu`: on the own set less the held-out batches, how often
 * each reading of a contact's parts (the rule that read its participants, its medium, its date)
 * ends in a right event and how often in a wrong one: the evidence for the precision gate's table.
 * The held-out batches are never read.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { dedupeGold, score, type GoldEvent } from "../extract/evaluate";
import { loadPaths } from "../extract/load";
import { extract, type Input } from "../extract/pipeline";
import { batchOf, heldOutBatches } from "./batches";

const catalogue = loadCatalogue();
const idOf = new Map(catalogue.leaders.map((l) => [l.name, l.id]));
const args = process.argv.slice(2);
if (args.indexOf("--held-out") < 0 || !args[args.indexOf("--held-out") + 1]) {
  process.stderr.write("usage: npx tsx scripts/readings.ts --held-out BATCHES   (the batches never to read: vwx or vwx,za)\n");
  process.exit(2);
}
const own = loadPaths([join(DATA_DIR, "eval", "articles")]).inputs;
const heldOut = heldOutBatches(args[args.indexOf("--held-out") + 1], own.map((i) => i.file));
const all = own.filter((i) => !heldOut.has(batchOf(i.file)));
const goldOf = JSON.parse(readFileSync(join(DATA_DIR, "eval", "gold.json"), "utf8")).articles as Record<string, GoldEvent[]>;
const bare = (inputs: Input[]) => inputs.map((i) => ({ ...i, text: i.text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ""), meta: {} }));

const WEAK_WHO = ["sized-group", "sized-named", "sized-earlier", "sized-so-far", "dual-group", "recent-plural", "they-again", "article-pair", "pair-completed", "dual-subject", "visited-country-leader", "visit-to-named-leader", "pronoun-antecedent", "pronoun-protagonist"];
const WEAK_MEDIUM = ["medium-inherited", "same-call-noun", "default"];
const WEAK_DATE = ["report-date"];
function weakOf(who: string, medium: string, date: string): string {
  const parts = [...WEAK_WHO.filter((w) => who.split(">").includes(w)), ...WEAK_MEDIUM.filter((m) => m === medium), ...WEAK_DATE.filter((d) => d === date)];
  return parts.join("+");
}

const tally = new Map<string, { right: number; wrong: number; examples: string[] }>();
function count(key: string, right: boolean, example: string) {
  const t = tally.get(key) ?? { right: 0, wrong: 0, examples: [] };
  if (right) t.right++;
  else {
    t.wrong++;
    if (t.examples.length < 4) t.examples.push(example);
  }
  tally.set(key, t);
}

for (const [name, inputs] of [["with metadata", all], ["bare", bare(all)]] as const) {
  const result = extract(inputs, catalogue, { explain: true });
  const extracted = result.events.map((e) => ({ date: e.date, type: e.type, participants: e.participants.map((p) => idOf.get(p)!), place: e.place }));
  const s = score(dedupeGold(inputs.map((i) => goldOf[basename(i.file)] ?? [])), extracted);
  const wrong = new Set(s.spurious);
  for (const [k, e] of result.events.entries()) {
    const right = !wrong.has(extracted[k]);
    const weakness: string[] = [];
    for (const src of e.sources) {
      const trace = result.traces!.get(src.file)!;
      const emit = trace.entries.find((t) => t.step === "emit" && t.sentence.start === src.start && t.detail.startsWith(`${e.type} ${e.participants.join(" + ")} `));
      const read = emit && /\[who (.*); medium (.*); date (.*)\]$/.exec(emit.detail);
      if (!read) continue;
      const example = `${basename(src.file)}@${src.start} ${e.type} ${e.participants.join("+")} ${e.date}`;
      count(`[${name}] who ${read[1]}`, right, example);
      count(`[${name}] medium ${read[2]}`, right, example);
      count(`[${name}] date ${read[3]}`, right, example);
      count(`[${name}] who ${read[1]} | medium ${read[2]}`, right, example);
      weakness.push(weakOf(read[1], read[2], read[3]));
    }
    const strong = weakness.includes("");
    count(`[${name}] EVENT ${strong ? "has a strong source" : `only weak: ${[...new Set(weakness)].sort().join(" / ")}`}`, right, `${basename(e.sources[0].file)}@${e.sources[0].start} ${e.type} ${e.participants.join("+")} ${e.date}`);
  }
}
for (const [key, t] of [...tally.entries()].sort()) console.log(`${String(t.right).padStart(4)} right ${String(t.wrong).padStart(3)} wrong  ${key}${t.wrong ? `   e.g. ${t.examples.join(", ")}` : ""}`);
