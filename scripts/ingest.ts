/**
 * `npm run ingest -- PATH...`: articles into the database (DATABASE_URL), idempotently.
 * Shows a progress bar on a terminal and prints a summary. Exit status: 0 every file stored (or
 * already there), 1 some files refused (each named on stderr), 2 the run itself failed.
 */
import { loadCatalogue } from "../extract/catalogue";
import { createPrisma } from "../lib/db";
import { ingestPaths } from "../lib/ingest";
import { mark } from "../lib/phase-timing";

mark("module load");

const USAGE = "usage: npm run ingest -- [--budget=SECONDS] PATH...   (files, or directories of .txt, .html, .md and saved feeds: .xml, .rss, .atom; each article may take SECONDS to read, default 5)\n";
const args = process.argv.slice(2).filter((a) => a !== "--");
const paths = args.filter((a) => !a.startsWith("--"));
const budget = args.find((a) => a.startsWith("--budget="));
const budgetSeconds = budget ? Number(budget.slice("--budget=".length)) : 5;
const unknown = args.filter((a) => a.startsWith("--") && a !== budget);
if (!paths.length || unknown.length || !(budgetSeconds > 0)) {
  process.stderr.write(unknown.length ? `unknown option ${unknown[0]}\n${USAGE}` : USAGE);
  process.exit(2);
}

function progress(done: number, total: number) {
  if (!process.stderr.isTTY || total < 2) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`);
}

let waited = false;
function onWait() {
  if (waited) return;
  waited = true;
  process.stderr.write("waiting for another ingest to finish writing…\n");
}

const db = createPrisma();
try {
  const catalogue = loadCatalogue();
  mark("catalogue");
  const report = await ingestPaths(db, catalogue, paths, { onProgress: progress, onWait, budgetMs: budgetSeconds * 1000 });
  for (const f of report.failed) process.stderr.write(`${f.file}: ${f.message}\n`);
  const e = report.events;
  console.log(
    `articles: ${report.added.length} added, ${report.unchanged.length} already stored, ${report.failed.length} refused; ` +
      `events: ${e.created} created, ${e.updated} updated, ${e.removed} removed, ${e.unchanged} unchanged, ${e.redirects} redirects`,
  );
  process.exitCode = report.failed.length ? 1 : 0;
} catch (e) {
  // The run failed (the database unreachable, a bug): what is written stays whole, and a re-run finishes.
  process.stderr.write(`ingest failed: ${(e as Error).message.trim().split("\n").slice(-1)[0]}\nNothing half-written was kept; run the same command again to finish.\n`);
  process.exitCode = 2;
} finally {
  await db.$disconnect();
  mark("disconnect");
}
