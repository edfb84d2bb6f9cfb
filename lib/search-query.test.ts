import { describe, expect, it } from "vitest";
import { ftsQuery, normaliseText, searchBody, searchWords, tsQuery } from "./search";

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

  it("indexes the words a reader sees of a page's quote and title, not its markup", () => {
    const body = searchBody({
      place: null,
      names: ["Justin Trudeau"],
      titles: ["Trudeau &amp; Lula talk"],
      quotes: ['Prime Minister <a href="/pm">Justin Trudeau</a> called Brazil&#8217;s <strong>Lula</strong>.'],
    });
    const words = new Set(body.match(/[\p{L}\p{N}]+/gu));
    expect(words).toContain("brazil");
    expect(words).toContain("lula");
    for (const markup of ["amp", "strong", "href", "pm", "8217"]) expect(words).not.toContain(markup);
  });

  it("keeps words joined by a dash or a slash apart, as both databases must read them alike", () => {
    const body = searchBody({ place: null, names: [], titles: ["Aid stalls as Lima–Brasília ties fray"], quotes: ["Talks on the Ottawa/Nairobi route"] });
    expect(body.split(" ")).toEqual(expect.arrayContaining(["lima", "brasilia", "ottawa", "nairobi"]));
    expect(body).not.toMatch(/[–/]/);
  });
});
