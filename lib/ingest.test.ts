import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { ingestPaths } from "./ingest";
import { scratchDatabase, type Scratch } from "./testdb";

const catalogue = loadCatalogue();
let scratch: Scratch;
beforeEach(async () => {
  scratch = await scratchDatabase();
});
afterEach(async () => {
  await scratch.dispose();
});

async function snapshot() {
  const { db } = scratch;
  return {
    articles: await db.article.findMany({ orderBy: { id: "asc" } }),
    events: await db.event.findMany({ orderBy: { id: "asc" }, include: { evidence: true, participants: true } }),
    redirects: await db.slugRedirect.findMany(),
  };
}

describe("ingest", () => {
  it("gives a fresh database the bundled corpus: five articles, ten events with evidence", async () => {
    const report = await ingestPaths(scratch.db, catalogue, [join(DATA_DIR, "articles")]);
    expect(report.added).toHaveLength(5);
    expect(report.failed).toEqual([]);
    const { articles, events } = await snapshot();
    expect(articles).toHaveLength(5);
    expect(events).toHaveLength(10);
    for (const e of events) {
      expect(e.evidence.length).toBeGreaterThan(0);
      expect(e.participants.map((p) => p.leaderId).sort()).toEqual(["bashar-al-assad", "vladimir-putin"]);
      for (const ev of e.evidence) {
        const article = articles.find((a) => a.id === ev.articleId)!;
        expect(article.text.slice(ev.start, ev.end)).toBe(ev.quote);
      }
    }
  });

  it("changes nothing when the same corpus is ingested twice", async () => {
    await ingestPaths(scratch.db, catalogue, [join(DATA_DIR, "articles")]);
    const before = await snapshot();
    const again = await ingestPaths(scratch.db, catalogue, [join(DATA_DIR, "articles")]);
    expect(again.added).toEqual([]);
    expect(again.unchanged).toHaveLength(5);
    expect(again.events).toMatchObject({ created: 0, updated: 0, removed: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a shared link working when new evidence makes an event's date more precise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "summitry-articles-"));
    writeFileSync(
      join(dir, "a.txt"),
      "---\npublished: 2019-06-20\n---\nTalks in Minsk\n\nRussian President Vladimir Putin and Belarusian President Alexander Lukashenko met in Minsk in June 2019 to discuss integration.\n",
    );
    await ingestPaths(scratch.db, catalogue, [dir]);
    const old = (await snapshot()).events.map((e) => e.slug);
    expect(old).toEqual(["2019-06-putin-lukashenko-minsk"]);

    const dir2 = mkdtempSync(join(tmpdir(), "summitry-articles-"));
    writeFileSync(
      join(dir2, "b.txt"),
      "---\npublished: 2019-06-19\n---\nPutin in Minsk\n\nRussian President Vladimir Putin held talks with Belarusian President Alexander Lukashenko in Minsk on Tuesday, the Kremlin said.\n",
    );
    await ingestPaths(scratch.db, catalogue, [dir2]);
    const { events, redirects } = await snapshot();
    expect(events.map((e) => e.slug)).toEqual(["2019-06-18-putin-lukashenko-minsk"]);
    expect(redirects).toEqual([expect.objectContaining({ from: "2019-06-putin-lukashenko-minsk", to: "2019-06-18-putin-lukashenko-minsk" })]);
  });

  it("reports a bad file by name and still stores the good ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "summitry-articles-"));
    cpSync(join(DATA_DIR, "articles", "004_c64a4f538d15649b.txt"), join(dir, "good.txt"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "broken.txt"), "---\npublished: yesterday\n---\nText.");
    const report = await ingestPaths(scratch.db, catalogue, [dir]);
    expect(report.added).toEqual([join(dir, "good.txt")]);
    expect(report.failed.map((f) => f.file).sort()).toEqual([join(dir, "broken.txt"), join(dir, "empty.txt")]);
    expect(report.failed.find((f) => f.file.endsWith("empty.txt"))!.message).toMatch(/empty/);
    expect(await scratch.db.article.count()).toBe(1);
  });
});
