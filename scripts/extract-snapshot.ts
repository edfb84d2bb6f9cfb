/**
 * `npx tsx scripts/extract-snapshot.ts OUT_DIR`: every article's extraction and `--explain` trace,
 * one file per article, so that a change meant to leave the output alone (a speed step, a
 * refactoring) can be checked byte for byte:
 *
 *   npx tsx scripts/extract-snapshot.ts /tmp/before   # on the old code
 *   npx tsx scripts/extract-snapshot.ts /tmp/after    # on the new code
 *   diff -rq /tmp/before /tmp/after                   # names the articles that changed, nothing else
 *
 * With `--held-out LIST` (as the eval takes it: `--held-out zb,zc,zd`), the files of those batches
 * hold only a hash of their record and trace, so that they can be compared (`diff -rq` prints file
 * names only) without anything of them being written where it could be read; their parse errors go
 * into `_errors.json` as a hash too. Both snapshots compared must be taken with the same list.
 * Both folders of articles are read with their metadata and as bare text (the eval's two ways),
 * each folder in one extraction as the eval runs it (articles anchor one another).
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { loadPaths } from "../extract/load";
import { explainArticle } from "../extract/mentions/explain";
import { extract, type Input } from "../extract/pipeline";
import { batchOf, heldOutBatches } from "./batches";

const args = process.argv.slice(2);
const heldOutAt = args.indexOf("--held-out");
const heldOutArg = heldOutAt >= 0 ? args.splice(heldOutAt, 2)[1] : "";
const out = args[0];
if (!out || heldOutArg === undefined) {
  process.stderr.write("usage: npx tsx scripts/extract-snapshot.ts [--held-out LIST] OUT_DIR\n");
  process.exit(2);
}
const sha256 = (text: string) => `sha256 ${createHash("sha256").update(text).digest("hex")}\n`;
const catalogue = loadCatalogue();

/** The same articles as a reader would paste them (as scripts/eval.ts strips them). */
const bare = (inputs: Input[]): Input[] => inputs.map((i) => ({ ...i, text: i.text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ""), meta: {} }));

for (const [name, dir] of [
  ["articles", join(DATA_DIR, "articles")],
  ["eval", join(DATA_DIR, "eval", "articles")],
] as const) {
  // Files named from the repository's root, so that two checkouts' snapshots compare equal.
  const inputs = loadPaths([dir]).inputs.map((i) => ({ ...i, file: relative(join(DATA_DIR, ".."), i.file) }));
  // Only the own set has held-out batches; the bundled corpus is read in full.
  const heldOut = name === "eval" ? heldOutBatches(heldOutArg, inputs.map((i) => i.file)) : new Set<string>();
  const held = (file: string) => heldOut.has(batchOf(file));
  for (const [variant, batch] of [
    ["metadata", inputs],
    ["bare", bare(inputs)],
  ] as const) {
    const result = extract(batch, catalogue, { explain: true });
    const folder = join(out, name, variant);
    mkdirSync(folder, { recursive: true });
    for (const article of result.articles) {
      const file = article.file;
      const mine = <T extends { file: string }>(xs: T[]) => xs.filter((x) => x.file === file);
      const record = {
        article,
        events: result.events.filter((e) => e.sources.some((s) => s.file === file)),
        mentions: mine(result.mentions),
        unresolved: mine(result.unresolved),
        errors: mine(result.errors),
      };
      const trace = explainArticle(article, result.traces!.get(file)!, result.events);
      const text = JSON.stringify(record, null, 2) + "\n\n" + trace + "\n";
      writeFileSync(join(folder, `${basename(file)}.txt`), held(file) ? sha256(text) : text);
    }
    // Files that failed to parse have no summary: their errors alone.
    const errors = JSON.stringify(result.errors.filter((e) => !held(e.file)), null, 2) + "\n";
    const heldErrors = result.errors.filter((e) => held(e.file));
    writeFileSync(join(folder, "_errors.json"), heldOut.size ? errors + `held out: ${sha256(JSON.stringify(heldErrors))}` : errors);
  }
}
