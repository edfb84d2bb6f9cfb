/** The command-line contract, as outside checks call it: JSON on stdout, problems on stderr. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const cli = (...paths: string[]) => spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/extract.ts", ...paths], { encoding: "utf8" });

describe("npm run extract", () => {
  it("prints one JSON object with articles and events, quotes exact to their offsets", () => {
    const r = cli("data/articles");
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.articles).toHaveLength(5);
    expect(out.articles[4]).toEqual({
      file: "data/articles/004_c64a4f538d15649b.txt",
      title: "Syrian president lands in Moscow to meet Putin",
      publisher: "IFP News (Iran Front Page), Media Wire",
      url: "https://ifpnews.com/syrian-president-moscow-meet-putin/",
      published: "2023-03-14",
      publishedSource: "metadata",
    });
    expect(out.events).toHaveLength(10);
    for (const e of out.events) {
      expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      for (const s of e.sources) expect(readFileSync(s.file, "utf8").slice(s.start, s.end)).toBe(s.quote);
    }
  });

  it("names each bad file on stderr, goes on with the rest, and exits non-zero", () => {
    const dir = mkdtempSync(join(tmpdir(), "summitry-cli-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255]));
    writeFileSync(join(dir, "front.txt"), "---\npublished: soon\n---\nText");
    writeFileSync(join(dir, "good.txt"), "---\npublished: 2019-06-20\n---\nVladimir Putin and Alexander Lukashenko met in Minsk on Wednesday for talks on gas prices.\n");
    const r = cli(dir, join(dir, "nope.txt"));
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n").sort();
    expect(lines).toEqual([
      `${join(dir, "binary.txt")}: the file contains NUL bytes: binary, not text`,
      `${join(dir, "empty.txt")}: the file is empty`,
      `${join(dir, "front.txt")}: front matter 'published' must be YYYY-MM-DD, got "soon"`,
      `${join(dir, "nope.txt")}: no such file or directory`,
    ]);
    const out = JSON.parse(r.stdout);
    expect(out.events.map((e: { slug: string }) => e.slug)).toEqual(["2019-06-19-putin-lukashenko-minsk"]);
  });

  it("says on stderr, without failing, when a contact's relative date cannot be placed", () => {
    const dir = mkdtempSync(join(tmpdir(), "summitry-cli-"));
    writeFileSync(join(dir, "undated.txt"), "Vladimir Putin and Xi Jinping met in Beijing on Thursday for talks on trade.\n");
    const r = cli(join(dir, "undated.txt"));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).events).toEqual([]);
    expect(r.stderr).toContain(`${join(dir, "undated.txt")}: note: a contact dated only "on Thursday" was left out`);
  });
});
