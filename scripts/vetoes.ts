/**
 * `npx tsx scripts/vetoes.ts --held-out zb,zc`: for the contacts of the own set (less the held-out
 * batches, never read) that extraction missed, which rule vetoed the frame that would have become
 * the contact: the evidence for narrowing a rule that fires too widely. A missed contact whose
 * frame names its people (or a sentence naming two of them) and was vetoed counts for the veto's
 * rule; one that a frame emitted but the event still missed counts as "emitted"; the rest as
 * "no frame".
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { score, type GoldEvent } from "../extract/evaluate";
import { loadPaths } from "../extract/load";
import { extract } from "../extract/pipeline";
import type { TraceEntry } from "../extract/mentions/rules";
import { batchOf, heldOutBatches } from "./batches";

const catalogue = loadCatalogue();
const args = process.argv.slice(2);
const at = args.indexOf("--held-out");
if (at < 0 || !args[at + 1]) {
  process.stderr.write("usage: npx tsx scripts/vetoes.ts --held-out BATCHES [--show RULE]\n");
  process.exit(2);
}
const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : null;
const own = loadPaths([join(DATA_DIR, "eval", "articles")]).inputs;
const heldOut = heldOutBatches(args[at + 1], own.map((i) => i.file));
const inputs = own.filter((i) => !heldOut.has(batchOf(i.file)));
const goldOf = JSON.parse(readFileSync(join(DATA_DIR, "eval", "gold.json"), "utf8")).articles as Record<string, GoldEvent[]>;
const leaderById = new Map(catalogue.leaders.map((l) => [l.id, l]));
const idOf = new Map(catalogue.leaders.map((l) => [l.name, l.id]));

const result = extract(inputs, catalogue, { explain: true });
const extracted = result.events.map((e) => ({ date: e.date, type: e.type, participants: e.participants.map((p) => idOf.get(p)!) }));

/** The words by which a sentence may name a leader: the surname of the name and each alias. */
function namesIn(text: string, id: string): boolean {
  const l = leaderById.get(id);
  if (!l) return false;
  const words = [l.name.split(" ").at(-1)!, ...l.aliases];
  return words.some((w) => w.length > 2 && text.includes(w));
}

const tally = new Map<string, string[]>();
const add = (key: string, example: string) => tally.set(key, [...(tally.get(key) ?? []), example]);

for (const input of inputs) {
  const gold = goldOf[basename(input.file)] ?? [];
  if (!gold.length) continue;
  const missed = score(gold, extracted).misses;
  const trace = result.traces!.get(input.file)!;
  const frames = new Map<string, TraceEntry[]>();
  for (const e of trace.entries) {
    const k = `${e.sentence.start}#${e.frame}`;
    frames.set(k, [...(frames.get(k) ?? []), e]);
  }
  for (const g of missed) {
    const label = `${basename(input.file)} ${g.date} ${g.type} ${g.participants.join("+")}`;
    const hits: string[] = [];
    let emitted = "";
    for (const entries of frames.values()) {
      const text = trace.sentences.get(entries[0].sentence.start) ?? "";
      const ids = entries.filter((e) => e.step === "fill" || e.step === "emit").flatMap((e) => e.detail.match(/[a-z]+(?:-[a-z]+)+/g) ?? []);
      const named = g.participants.filter((p) => ids.includes(p)).length;
      const inText = g.participants.filter((p) => namesIn(text, p)).length;
      if (named < 2 && inText < Math.min(2, g.participants.length)) continue;
      const veto = entries.find((e) => e.step === "veto");
      if (veto) hits.push(`${veto.rule}\t${label}\t[${entries[0].sentence.start}] ${veto.detail} | ${text.slice(0, 200)}`);
      else emitted ||= entries.find((e) => e.step === "emit")?.detail ?? "";
    }
    if (hits.length) for (const h of new Set(hits.map((h) => h.split("\t")[0]))) add(h, hits.find((x) => x.startsWith(`${h}\t`))!);
    else add(emitted ? "(emitted, still missed)" : "(no frame)", `-\t${label}${emitted ? `\t→ ${emitted}` : ""}`);
  }
}
for (const [rule, examples] of [...tally.entries()].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(examples.length).padStart(4)}  ${rule}`);
  if (show === rule || show === "all") for (const x of examples) console.log(`        ${x.split("\t").slice(1).join("  ")}`);
}
