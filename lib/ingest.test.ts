import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { slugify } from "../extract/events";
import { loadPaths } from "../extract/load";
import { extract } from "../extract/pipeline";
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

/** Events as the pipeline finds them over all the articles at once, sources named by article slug. */
function extractedAtOnce(dirs: string[]) {
  const loaded = loadPaths(dirs);
  const slugOf = (file: string) => slugify(basename(file, extname(file)));
  return extract(loaded.inputs, catalogue).events.map((e) => ({
    slug: e.slug,
    date: e.date,
    place: e.place,
    sources: e.sources.map((s) => `${slugOf(s.file)}:${s.start}-${s.end}`),
    conflicts: JSON.stringify(e.conflicts.map((c) => ({ ...c, values: c.values.map((v) => ({ ...v, files: v.files.map(slugOf) })) }))),
  }));
}

async function storedEvents() {
  const rows = await scratch.db.event.findMany({ orderBy: { slug: "asc" }, include: { evidence: { include: { article: { select: { slug: true } } } } } });
  return rows.map((e) => ({
    slug: e.slug,
    date: e.date,
    place: e.place,
    sources: e.evidence.map((ev) => `${ev.article.slug}:${ev.start}-${ev.end}`).sort(),
    conflicts: e.conflicts,
  }));
}

const tempDir = () => mkdtempSync(join(tmpdir(), "summitry-articles-"));
const corpus = join(DATA_DIR, "articles");
const UNDATED = "001_d955ab857a1fac6a.txt";

describe("incremental ingest", () => {
  it("stores, article by article, the same events the pipeline finds over the whole corpus at once, the undated article anchored by a later one", async () => {
    // The undated report arrives first, alone: nothing can anchor it yet.
    const first = tempDir();
    cpSync(join(corpus, UNDATED), join(first, UNDATED));
    cpSync(join(corpus, "manifest.tsv"), join(first, "manifest.tsv"));
    await ingestPaths(scratch.db, catalogue, [first]);
    expect((await scratch.db.article.findFirst())!.published).toBeNull();

    for (const name of readdirSync(corpus).filter((n) => n.endsWith(".txt") && n !== UNDATED)) {
      const dir = tempDir();
      cpSync(join(corpus, name), join(dir, name));
      cpSync(join(corpus, "manifest.tsv"), join(dir, "manifest.tsv"));
      await ingestPaths(scratch.db, catalogue, [dir]);
    }
    const undated = await scratch.db.article.findFirst({ where: { slug: slugify(basename(UNDATED, ".txt")) } });
    expect(undated).toMatchObject({ published: "2024-07-25", publishedSource: "inferred" });
    const expected = extractedAtOnce([corpus]).map((e) => ({ ...e, sources: [...e.sources].sort() }));
    expect(await storedEvents()).toEqual([...expected].sort((a, b) => a.slug.localeCompare(b.slug)));
  });

  it("reads only the new article when one arrives in a stored corpus (counted, not timed)", async () => {
    await ingestPaths(scratch.db, catalogue, [corpus]);
    const dir = tempDir();
    writeFileSync(
      join(dir, "minsk.txt"),
      "---\npublished: 2019-06-19\n---\nPutin in Minsk\n\nRussian President Vladimir Putin held talks with Belarusian President Alexander Lukashenko in Minsk on Tuesday, the Kremlin said.\n",
    );
    const report = await ingestPaths(scratch.db, catalogue, [dir, corpus]);
    expect(report.added).toEqual([join(dir, "minsk.txt")]);
    expect(report.unchanged).toHaveLength(5);
    expect(report.extracted).toBe(1);
    // A few articles are read in this thread: no extraction thread is started for them.
    expect(report.threads).toBe(0);
    // Only the new pair's events were merged: the ten Putin–Assad events were not even compared.
    expect(report.events).toEqual({ created: 1, updated: 0, removed: 0, unchanged: 0, redirects: 0 });
    expect(await scratch.db.event.count()).toBe(11);
  });

  it("reads again the stored articles that older extraction code read, and only those (counted, not timed)", async () => {
    await ingestPaths(scratch.db, catalogue, [corpus]);
    // Two with a date of their own: an undated one would be read a second time, as of its anchor.
    const [first, second] = await scratch.db.article.findMany({ where: { anchorBounds: null }, orderBy: { id: "asc" }, take: 2 });
    const current = first.extractor;
    // Versions sorting before and after the current one: any other version is stale.
    await scratch.db.article.update({ where: { id: first.id }, data: { extractor: "0000000000000000" } });
    await scratch.db.article.update({ where: { id: second.id }, data: { extractor: "ffffffffffffffff" } });
    const dir = tempDir();
    article(dir, "minsk.txt", "2019-06-19", "Russian President Vladimir Putin held talks with Belarusian President Alexander Lukashenko in Minsk on Tuesday.");
    const report = await ingestPaths(scratch.db, catalogue, [dir]);
    expect(report.extracted).toBe(3);
    expect(new Set((await scratch.db.article.findMany()).map((a) => a.extractor))).toEqual(new Set([current]));
    expect(await scratch.db.event.count()).toBe(11);

    const again = await ingestPaths(scratch.db, catalogue, [dir]);
    expect(again.extracted).toBe(0);
  });
});

/** An article file of one paragraph, dated by its front matter. */
function article(dir: string, name: string, published: string, body: string) {
  writeFileSync(join(dir, name), `---\npublished: ${published}\n---\nTalks\n\n${body}\n`);
}

describe("merging only what a new article can touch", () => {
  it("merges again only the new report's year of its pair, not every year the pair met (counted, not timed)", async () => {
    await ingestPaths(scratch.db, catalogue, [corpus]);
    const key = (await scratch.db.event.findFirstOrThrow({ where: { type: "in-person" } })).key;
    const years = (await scratch.db.event.findMany({ where: { key }, select: { year: true } })).map((e) => e.year);
    const year = years[0];
    const sameYear = years.filter((y) => y === year).length;
    // The pair met in other years too: those events must not even be compared.
    expect(years.length).toBeGreaterThan(sameYear);
    const dir = tempDir();
    article(dir, "kremlin.txt", `${year}-11-16`, `Russian President Vladimir Putin met Syrian President Bashar al-Assad in the Kremlin on 15 November ${year}.`);
    const report = await ingestPaths(scratch.db, catalogue, [dir]);
    expect(report.added).toEqual([join(dir, "kremlin.txt")]);
    expect(report.events.created + report.events.updated).toBe(1);
    expect(report.events.created + report.events.updated + report.events.unchanged + report.events.removed).toBe(sameYear + report.events.created);
  });

  it("keeps one event for a contact told on 31 December by one article and on 1 January by another", async () => {
    const a = tempDir();
    article(a, "eve.txt", "2019-01-01", "Russian President Vladimir Putin spoke by phone with Belarusian President Alexander Lukashenko on 31 December 2018.");
    await ingestPaths(scratch.db, catalogue, [a]);
    const b = tempDir();
    article(b, "new-year.txt", "2019-01-02", "Russian President Vladimir Putin spoke by phone with Belarusian President Alexander Lukashenko on 1 January 2019.");
    await ingestPaths(scratch.db, catalogue, [b]);
    const expected = extractedAtOnce([a, b]);
    expect(expected).toHaveLength(1);
    expect((await storedEvents()).map((e) => ({ slug: e.slug, date: e.date, sources: e.sources.length }))).toEqual(expected.map((e) => ({ slug: e.slug, date: e.date, sources: 2 })));
  });
});

describe("slugs that would clash", () => {
  // Two leaders with one short name ("berg"), a catalogue a user may well write: both meet the
  // same leader on the same day in the same city, so both events want one slug.
  const twoBergs = loadCatalogue();
  for (const [id, name, country] of [
    ["anna-berg", "Anna Berg", "SE"],
    ["lars-berg", "Lars Berg", "NO"],
  ])
    twoBergs.leaders.push({ id, name, aliases: [], roles: [{ title: "Prime Minister", country, from: "2018-01-01", to: "2022-01-01" }] });
  const visit = (who: string) => `Russian President Vladimir Putin met ${who} in Moscow on 3 March 2019, the Kremlin said.`;

  it("gives two events of one day, place and short name distinct slugs, in one run or in two, and keeps them on a re-merge", async () => {
    const dir = tempDir();
    article(dir, "anna.txt", "2019-03-04", visit("Swedish Prime Minister Anna Berg"));
    article(dir, "lars.txt", "2019-03-04", visit("Norwegian Prime Minister Lars Berg"));
    const together = await ingestPaths(scratch.db, twoBergs, [dir]);
    expect(together.failed).toEqual([]);
    const slugs = (await scratch.db.event.findMany({ orderBy: { slug: "asc" }, select: { slug: true } })).map((e) => e.slug);
    expect(slugs).toEqual(["2019-03-03-putin-berg-moscow", "2019-03-03-putin-berg-moscow-2"]);
    const slugOf = async (leaderId: string) => (await scratch.db.event.findFirstOrThrow({ where: { participants: { some: { leaderId } } } })).slug;
    const lars = await slugOf("lars-berg");

    // Another report of Lars Berg's visit: his event is merged again and keeps its slug.
    const more = tempDir();
    article(more, "lars-again.txt", "2019-03-05", visit("Norwegian Prime Minister Lars Berg") + " They discussed fisheries.");
    const again = await ingestPaths(scratch.db, twoBergs, [more]);
    expect(again.events).toMatchObject({ created: 0, updated: 1, removed: 0 });
    expect(await slugOf("lars-berg")).toBe(lars);
    expect(await slugOf("anna-berg")).not.toBe(lars);
  });

  it("gives the later of two runs the next free slug instead of failing on the taken one", async () => {
    const first = tempDir();
    article(first, "anna.txt", "2019-03-04", visit("Swedish Prime Minister Anna Berg"));
    await ingestPaths(scratch.db, twoBergs, [first]);
    const second = tempDir();
    article(second, "lars.txt", "2019-03-04", visit("Norwegian Prime Minister Lars Berg"));
    const report = await ingestPaths(scratch.db, twoBergs, [second]);
    expect(report.failed).toEqual([]);
    expect(report.added).toEqual([join(second, "lars.txt")]);
    const events = await scratch.db.event.findMany({ orderBy: { slug: "asc" }, select: { slug: true, participants: { select: { leaderId: true } } } });
    expect(events.map((e) => [e.slug, e.participants.map((p) => p.leaderId).sort()])).toEqual([
      ["2019-03-03-putin-berg-moscow", ["anna-berg", "vladimir-putin"]],
      ["2019-03-03-putin-berg-moscow-2", ["lars-berg", "vladimir-putin"]],
    ]);
  });
});

describe("the input contract", () => {
  it("stores the title, publisher and url of the front matter and of the manifest", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "front.txt"),
      "---\ntitle: Talks in Minsk\npublisher: Belta\nurl: https://example.org/minsk\npublished: 2019-06-19\n---\nRussian President Vladimir Putin held talks with Belarusian President Alexander Lukashenko in Minsk on Tuesday.\n",
    );
    writeFileSync(join(dir, "listed.txt"), "Putin and Lukashenko talk\n\nRussian President Vladimir Putin spoke by phone with Belarusian President Alexander Lukashenko on Monday.\n");
    writeFileSync(join(dir, "manifest.tsv"), "file\tpublisher\turl\tpublished\nlisted.txt\tTASS\thttps://example.org/listed\t2020-03-03\n");
    const report = await ingestPaths(scratch.db, catalogue, [dir]);
    expect(report.failed).toEqual([]);
    const rows = await scratch.db.article.findMany({ orderBy: { slug: "asc" }, select: { slug: true, title: true, publisher: true, url: true, published: true } });
    expect(rows).toEqual([
      { slug: "front", title: "Talks in Minsk", publisher: "Belta", url: "https://example.org/minsk", published: "2019-06-19" },
      { slug: "listed", title: "Putin and Lukashenko talk", publisher: "TASS", url: "https://example.org/listed", published: "2020-03-03" },
    ]);
  });

  it("keeps a leading byte-order mark, so evidence offsets slice the file as Node reads it", async () => {
    const dir = tempDir();
    const file = join(dir, "bom.txt");
    writeFileSync(file, "\uFEFF---\npublished: 2019-06-19\n---\nPutin in Minsk\n\nRussian President Vladimir Putin held talks with Belarusian President Alexander Lukashenko in Minsk on Tuesday.\n");
    await ingestPaths(scratch.db, catalogue, [dir]);
    const text = readFileSync(file, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const evidence = await scratch.db.evidence.findMany();
    expect(evidence).toHaveLength(1);
    expect(text.slice(evidence[0].start, evidence[0].end)).toBe(evidence[0].quote);
    expect(evidence[0].quote).toMatch(/^Russian President Vladimir Putin held talks/);
  });

  it("refuses a file with a NUL byte past its first 8 KB and a front matter url that is not http(s), naming each", async () => {
    const dir = tempDir();
    const story = "Russian President Vladimir Putin held talks with Belarusian President Alexander Lukashenko in Minsk on Tuesday.\n";
    writeFileSync(join(dir, "nul.txt"), `---\npublished: 2019-06-19\n---\n${story}${"More text. ".repeat(1000)}\u0000\n`);
    writeFileSync(join(dir, "script.txt"), `---\nurl: javascript:alert(1)\npublished: 2019-06-19\n---\n${story}`);
    writeFileSync(join(dir, "good.txt"), `---\npublished: 2019-06-19\n---\n${story}`);
    const report = await ingestPaths(scratch.db, catalogue, [dir]);
    expect(report.added).toEqual([join(dir, "good.txt")]);
    expect(report.failed).toEqual([
      { file: join(dir, "nul.txt"), message: expect.stringMatching(/NUL/) },
      { file: join(dir, "script.txt"), message: expect.stringMatching(/url must start with http/) },
    ]);
    expect(await scratch.db.article.count()).toBe(1);
  });

  it("skips a FIFO named like an article with a message instead of waiting on it forever", async () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "x.txt")]);
    cpSync(join(corpus, "004_c64a4f538d15649b.txt"), join(dir, "good.txt"));
    const report = await ingestPaths(scratch.db, catalogue, [dir]);
    expect(report.added).toEqual([join(dir, "good.txt")]);
    expect(report.failed).toEqual([{ file: join(dir, "x.txt"), message: expect.stringMatching(/FIFO, not a regular file/) }]);
  });
});

describe("the time budget", () => {
  it("refuses an article still being read when its budget is spent, stores nothing of it, and stores the rest", async () => {
    const dir = tempDir();
    // Almost five megabytes of dated contacts: far more reading than a two-second budget allows.
    const line = "On Monday, 3 March 2019, Russian President Vladimir Putin met Syrian President Bashar al-Assad in Moscow, and on 4 March 2019 they spoke by phone.\n";
    writeFileSync(join(dir, "poison.txt"), `---\npublished: 2019-03-05\n---\n${line.repeat(Math.floor((4.9 * 1024 * 1024) / line.length))}`);
    cpSync(join(corpus, "004_c64a4f538d15649b.txt"), join(dir, "good.txt"));
    const report = await ingestPaths(scratch.db, catalogue, [dir], { budgetMs: 2_000 });
    expect(report.failed).toEqual([{ file: join(dir, "poison.txt"), message: expect.stringMatching(/longer than its 2\.0 s budget/) }]);
    expect(report.added).toEqual([join(dir, "good.txt")]);
    expect(await scratch.db.article.findMany({ select: { slug: true } })).toEqual([{ slug: "good" }]);
  });
});
