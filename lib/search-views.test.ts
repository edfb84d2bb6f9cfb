/**
 * A search feeds every part of a view (count, list pages, years, pairs, glance, chart) with all
 * its matches: 1,500 synthetic events all hold the word "synthetic", far more than any one
 * statement could bind as variables.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillSynthetic } from "../bench/synthetic";
import { servePrisma } from "./db";
import { countEvents, listEventsPage, listPairs, yearCounts } from "./events";
import { glanceOf } from "./glance";
import { stepEvent, timeExtent, timelineView } from "./timeline";
import { scratchDatabase, type Scratch } from "./testdb";

const N = 1_500;
let scratch: Scratch;

beforeAll(async () => {
  scratch = await scratchDatabase();
  if (scratch.provider !== "sqlite") throw new Error("the synthetic events are written to a SQLite file");
  fillSynthetic(scratch.url.replace(/^file:/, ""), N);
  servePrisma(scratch.db);
}, 120_000);
afterAll(() => scratch.dispose());

describe("a search with thousands of matches", () => {
  it("counts every match, alone and with the other filters", async () => {
    expect(await countEvents({ q: "synthetic" })).toBe(N);
    expect(await countEvents({ q: "SYNTHETIC" })).toBe(N);
    expect(await countEvents({ q: "synthetic", type: ["phone"] })).toBe(await countEvents({ type: ["phone"] }));
    expect(await countEvents({ q: "synthetic", from: 2010, to: 2012 })).toBe(await countEvents({ from: 2010, to: 2012 }));
    expect(await countEvents({ q: "synthetic zzqxnotaword" })).toBe(0);
  });

  it("pages through every match in the list's order, as the unsearched list does", async () => {
    const walk = async (q?: string) => {
      const slugs: string[] = [];
      let after: { date: string; slug: string } | undefined;
      for (;;) {
        const page = await listEventsPage(q ? { q, leader: "vladimir-putin" } : { leader: "vladimir-putin" }, { limit: 400, after });
        slugs.push(...page.events.map((e) => e.slug));
        if (!page.next) return slugs;
        after = page.next;
      }
    };
    const searched = await walk("synthetic");
    expect(searched.length).toBeGreaterThan(200);
    expect(searched).toEqual(await walk());
    const skipped = await listEventsPage({ q: "synthetic" }, { limit: 30, skip: 1_470 });
    expect(skipped.events).toHaveLength(30);
    expect(skipped.next).toBeNull();
  });

  it("gives the years, pairs, glance and chart of every match", async () => {
    const years = await yearCounts({ q: "synthetic" });
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(N);
    expect(years).toEqual(await yearCounts({}));
    expect(await listPairs(5, { q: "synthetic" })).toEqual(await listPairs(5, {}));
    const g = await glanceOf({ q: "synthetic", pair: (await listPairs(1))[0].pair });
    expect(g.total).toBe((await listPairs(1))[0].count);
    const extent = await timeExtent({ q: "synthetic" });
    expect(extent).toEqual(await timeExtent({}));
    const view = await timelineView({ q: "synthetic" }, extent![0], extent![1], 1200);
    expect(view.total).toBe(N);
    const first = await stepEvent({ q: "synthetic" }, "first");
    expect(first).toEqual(await stepEvent({}, "first"));
    expect(await stepEvent({ q: "synthetic" }, "next", first!.slug)).toEqual(await stepEvent({}, "next", first!.slug));
    expect(await stepEvent({ q: "synthetic" }, "last")).toEqual(await stepEvent({}, "last"));
  });
});
