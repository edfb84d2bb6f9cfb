/**
 * `npx tsx scripts/extract-snapshot.ts OUT_DIR`: every article's extraction and `--explain` trace,
 * one file per article, so that a change meant to leave the output alone (a speed step, a
 * refactoring) can be checked byte for byte:
 *
 *   npx tsx scripts/extract-snapshot.ts /tmp/before   # on the old code
 *   npx tsx scripts/extract-snapshot.ts /tmp/after    # on the new code
 *   diff -rq /tmp/before /tmp/after                   # names the articles that changed, nothing else
 *
 * `diff -rq` prints file names only, so the held-out batches' files can be compared without being
 * read. Both folders of articles are read with their metadata and as bare text (the eval's two
 * ways), each folder in one extraction as the eval runs it (articles anchor one another).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { loadPaths } from "../extract/load";
import { explainArticle } from "../extract/mentions/explain";
import { extract, type Input } from "../extract/pipeline";

const out = process.argv[2];
if (!out) {
  process.stderr.write("usage: npx tsx scripts/extract-snapshot.ts OUT_DIR\n");
  process.exit(2);
}
const catalogue = loadCatalogue();

/** The same articles as a reader would paste them (as scripts/eval.ts strips them). */
const bare = (inputs: Input[]): Input[] => inputs.map((i) => ({ file: i.file, text: i.text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ""), meta: {} }));

for (const [name, dir] of [
  ["articles", join(DATA_DIR, "articles")],
  ["eval", join(DATA_DIR, "eval", "articles")],
] as const) {
  // Files named from the repository's root, so that two checkouts' snapshots compare equal.
  const inputs = loadPaths([dir]).inputs.map((i) => ({ ...i, file: relative(join(DATA_DIR, ".."), i.file) }));
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
      writeFileSync(join(folder, `${basename(file)}.txt`), JSON.stringify(record, null, 2) + "\n\n" + trace + "\n");
    }
    // Files that failed to parse have no summary: their errors alone.
    writeFileSync(join(folder, "_errors.json"), JSON.stringify(result.errors, null, 2) + "\n");
  }
}
