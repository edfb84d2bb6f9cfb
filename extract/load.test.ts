import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeArticle, loadPaths, MAX_BYTES } from "./load";

describe("loading article files", () => {
  it("refuses empty, binary, non-UTF-8 and oversized files with a reason", () => {
    expect(() => decodeArticle(Buffer.alloc(0))).toThrow(/empty/);
    expect(() => decodeArticle(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/binary/);
    expect(() => decodeArticle(Buffer.from([0x66, 0xe9, 0x74, 0xe9]))).toThrow(/UTF-8/);
    expect(() => decodeArticle(Buffer.alloc(MAX_BYTES + 1, 0x61))).toThrow(/5 MB/);
  });

  it("reads a directory's manifest and reports bad rows and missing paths by name", () => {
    const dir = mkdtempSync(join(tmpdir(), "summitry-load-"));
    writeFileSync(join(dir, "a.txt"), "Some article text about a meeting.");
    writeFileSync(join(dir, "b.txt"), "Another article.");
    writeFileSync(join(dir, "manifest.tsv"), "file\tpublisher\turl\tpublished\na.txt\tAgency\thttps://example.org/a\t2024-07-25\nb.txt\t\tjavascript:alert(1)\t\n");
    const r = loadPaths([dir, join(dir, "missing.txt")]);
    expect(r.inputs.find((i) => i.file.endsWith("a.txt"))!.meta).toEqual({ publisher: "Agency", url: "https://example.org/a", published: "2024-07-25" });
    expect(r.inputs.find((i) => i.file.endsWith("b.txt"))!.meta).toEqual({});
    expect(r.errors).toHaveLength(2);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { file: join(dir, "manifest.tsv"), message: expect.stringMatching(/line 3: bad url/) },
        { file: join(dir, "missing.txt"), message: "no such file or directory" },
      ]),
    );
  });

  it("reads the saved feeds of a directory (.xml, .rss, .atom) beside its articles, and leaves other files", () => {
    const dir = mkdtempSync(join(tmpdir(), "summitry-load-"));
    for (const name of ["a.txt", "news.xml", "desk.rss", "office.atom", "notes.json", "photo.jpg"]) writeFileSync(join(dir, name), "Prime Minister Kishida met President Ruto.");
    const r = loadPaths([dir]);
    expect(r.inputs.map((i) => i.file.slice(dir.length + 1))).toEqual(["a.txt", "desk.rss", "news.xml", "office.atom"]);
  });
});
