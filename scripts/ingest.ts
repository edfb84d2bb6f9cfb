/**
 * `npm run ingest -- PATH...`: articles into the database (DATABASE_URL), idempotently.
 * Shows a progress bar on a terminal; prints a summary; exits 1 when any file failed.
 */
import { loadCatalogue } from "../extract/catalogue";
import { createPrisma } from "../lib/db";
import { ingestPaths } from "../lib/ingest";

const paths = process.argv.slice(2).filter((a) => a !== "--");
if (!paths.length) {
  process.stderr.write("usage: npm run ingest -- PATH...   (files, or directories of .txt files)\n");
  process.exit(2);
}

function progress(done: number, total: number) {
  if (!process.stderr.isTTY || total < 2) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`);
}

const db = createPrisma();
try {
  const report = await ingestPaths(db, loadCatalogue(), paths, { onProgress: progress });
  for (const f of report.failed) process.stderr.write(`${f.file}: ${f.message}\n`);
  const e = report.events;
  console.log(
    `articles: ${report.added.length} added, ${report.unchanged.length} already stored, ${report.failed.length} failed; ` +
      `events: ${e.created} created, ${e.updated} updated, ${e.removed} removed, ${e.unchanged} unchanged, ${e.redirects} redirects`,
  );
  process.exitCode = report.failed.length ? 1 : 0;
} finally {
  await db.$disconnect();
}
