/**
 * `npm run --silent extract -- PATH...`: the events in the given articles as one JSON object on
 * stdout (the contract of DESIGN.md). Problems go to stderr, one line per file, and the exit
 * status is 1 when any file failed.
 * `npm run --silent extract -- --explain PATH...` prints instead, article by article and sentence
 * by sentence, which rule proposed, filled or vetoed each candidate contact and why.
 */
import { loadCatalogue } from "../extract/catalogue";
import { loadPaths } from "../extract/load";
import { explainArticle } from "../extract/mentions/explain";
import { extract } from "../extract/pipeline";

const args = process.argv.slice(2).filter((a) => a !== "--");
const explain = args.includes("--explain");
const paths = args.filter((a) => a !== "--explain");
if (!paths.length) {
  process.stderr.write("usage: npm run --silent extract -- [--explain] PATH...   (files, or directories of .txt, .html, .md and saved feeds: .xml, .rss, .atom)\n");
  process.exit(2);
}
const loaded = loadPaths(paths);
const result = extract(loaded.inputs, loadCatalogue(), { explain });
const errors = [...loaded.errors, ...result.errors];
for (const e of errors) process.stderr.write(`${e.file}: ${e.message}\n`);
// Not errors, but worth saying: contacts left out because their date could not be placed.
for (const m of result.unresolved) {
  process.stderr.write(`${m.file}: note: a contact dated only "${m.dateText}" was left out: the article has no date of its own and no other article anchors it\n`);
}
const { articles, events } = result;
if (explain) process.stdout.write(articles.map((a) => explainArticle(a, result.traces!.get(a.file)!, events)).join("\n\n") + "\n");
else process.stdout.write(JSON.stringify({ articles, events }, null, 2) + "\n");
process.exitCode = errors.length ? 1 : 0;
