import { describe, expect, it } from "vitest";
import { filtersToQuery, parseFilters } from "./filters";

describe("URL filters", () => {
  it("parses every filter and writes it back in a stable order", () => {
    const r = parseFilters(new URLSearchParams("type=phone,video&from=2016&to=2018&pair=putin-assad&utm=x"));
    expect(r).toEqual({ ok: true, filters: { from: 2016, to: 2018, type: ["phone", "video"], pair: "putin-assad" } });
    if (r.ok) expect(filtersToQuery(r.filters)).toBe("?from=2016&to=2018&type=phone,video&pair=putin-assad");
  });

  it("takes one leader's id and keeps it in links", () => {
    const r = parseFilters(new URLSearchParams("leader=vladimir-putin&type=phone"));
    expect(r).toEqual({ ok: true, filters: { type: ["phone"], leader: "vladimir-putin" } });
    if (r.ok) expect(filtersToQuery(r.filters)).toBe("?type=phone&leader=vladimir-putin");
  });

  it("names the parameter of a bad value", () => {
    expect(parseFilters({ year: "20x4" })).toMatchObject({ ok: false, param: "year" });
    expect(parseFilters({ type: "in-person,fax" })).toMatchObject({ ok: false, param: "type" });
    expect(parseFilters({ from: "2020", to: "2010" })).toMatchObject({ ok: false, param: "from", message: "from must not be after to" });
    expect(parseFilters({ pair: "<script>alert(1)</script>" })).toMatchObject({ ok: false, param: "pair" });
    expect(parseFilters({ year: "1e9" })).toMatchObject({ ok: false, param: "year" });
    expect(parseFilters({ leader: "Vladimir Putin" })).toMatchObject({ ok: false, param: "leader", message: "leader must be a leader's id such as vladimir-putin" });
  });
});

describe("filter normalisation", () => {
  it("gives the same filters, and the same query, to type lists that mean the same", () => {
    const spellings = ["video,phone", "phone,video", "phone,video,phone", " video , phone "];
    const queries = spellings.map((t) => {
      const r = parseFilters(new URLSearchParams({ type: t, year: "2020" }));
      if (!r.ok) throw new Error(r.message);
      return filtersToQuery(r.filters);
    });
    expect(new Set(queries)).toEqual(new Set(["?year=2020&type=phone,video"]));
  });

  it("treats every type named as no type filter", () => {
    expect(parseFilters({ type: "video,in-person,phone" })).toEqual({ ok: true, filters: {} });
  });
});

describe("search filter", () => {
  it("trims and collapses spaces so one search is one cache key", () => {
    const r = parseFilters(new URLSearchParams({ q: "  cease   fire " }));
    expect(r).toEqual({ ok: true, filters: { q: "cease fire" } });
    expect(filtersToQuery(r.ok ? r.filters : {})).toBe("?q=cease+fire");
  });

  it("refuses a search longer than 200 characters, naming q", () => {
    const r = parseFilters(new URLSearchParams({ q: "a".repeat(201) }));
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.param).toBe("q");
  });
});
