import { describe, expect, it } from "vitest";
import { ftsQuery, normaliseText, searchWords, tsQuery } from "./search";

describe("search query builders", () => {
  it("lower-cases and strips accents", () => {
    expect(normaliseText("Erdoğan ÉLYSÉE Zelenskyy")).toBe("erdogan elysee zelenskyy");
  });

  it("quotes every word as a required prefix term for FTS5", () => {
    expect(ftsQuery("Putin  Sochi")).toBe(`"putin"* "sochi"*`);
  });

  it("joins prefix terms with & for tsquery", () => {
    expect(tsQuery("Putin Sochi")).toBe("putin:* & sochi:*");
  });

  it("drops every operator a hostile query could use", () => {
    const hostile = `"a" OR b* NEAR(c d) -e ^f: g!h & i|j <-> k' ; DROP TABLE x; --`;
    for (const q of [ftsQuery(hostile)!, tsQuery(hostile)!]) {
      expect(q).not.toMatch(/[();'|!<>^-]/);
    }
    expect(ftsQuery(hostile)!.split(" ").every((t) => /^"[\p{L}\p{N}]+"\*$/u.test(t))).toBe(true);
    expect(searchWords(hostile)).toContain("near");
  });

  it("has no query for input without words", () => {
    expect(ftsQuery(`"*" ()`)).toBeNull();
    expect(tsQuery("&|!")).toBeNull();
  });
});
