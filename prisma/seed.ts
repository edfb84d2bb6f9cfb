/**
 * The seed: the bundled corpus (data/articles) into the database through the same path as
 * `npm run ingest`. Safe to run on every start: stored articles are skipped by content hash.
 */
import { join, relative } from "node:path";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { createPrisma } from "../lib/db";
import { ingestPaths } from "../lib/ingest";

const db = createPrisma();
try {
  const report = await ingestPaths(db, loadCatalogue(), [relative(process.cwd(), join(DATA_DIR, "articles")) || "."]);
  for (const f of report.failed) console.error(`${f.file}: ${f.message}`);
  const total = await db.event.count();
  console.log(`seed: ${report.added.length} new articles, ${report.unchanged.length} already stored; ${total} events in the database`);
  if (report.failed.length) process.exitCode = 1;
} finally {
  await db.$disconnect();
}
