/**
 * Quality floor: the pipeline on the bundled corpus and on our own test set (data/eval, about
 * 90 articles). `npm run eval` prints the full report; this keeps it from sliding unnoticed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR, loadCatalogue } from "./catalogue";
import { dedupeGold, score, type GoldEvent } from "./evaluate";
import { loadPaths } from "./load";
import { extract } from "./pipeline";

const catalogue = loadCatalogue();
const idOf = new Map(catalogue.leaders.map((l) => [l.name, l.id]));
const run = (dir: string) =>
  extract(loadPaths([dir]).inputs, catalogue).events.map((e) => ({ date: e.date, type: e.type, participants: e.participants.map((p) => idOf.get(p)!) }));

describe("extraction quality", () => {
  it("finds every contact of the bundled corpus and nothing else", () => {
    const gold = JSON.parse(readFileSync(join(DATA_DIR, "eval", "seeds-gold.json"), "utf8")).events as GoldEvent[];
    const s = score(gold, run(join(DATA_DIR, "articles")));
    expect(s).toMatchObject({ precision: 1, recall: 1, exactDate: 1 });
  });

  // A floor, not the target (F1 0.97): it sits just under the score the pipeline has now and is
  // raised with each fix, so that no change lets it slide. New blind batches lower it when they land.
  it("scores F1 of at least 0.82 and precision of at least 0.89 on our own varied test set, with metadata", () => {
    const gold = dedupeGold(Object.values(JSON.parse(readFileSync(join(DATA_DIR, "eval", "gold.json"), "utf8")).articles as Record<string, GoldEvent[]>));
    const s = score(gold, run(join(DATA_DIR, "eval", "articles")));
    expect(s.f1).toBeGreaterThanOrEqual(0.82);
    expect(s.precision).toBeGreaterThanOrEqual(0.89);
    expect(s.exactDate).toBeGreaterThanOrEqual(0.90);
  }, 300_000); // 1,100+ articles: on a machine shared with other jobs this takes minutes, not seconds
});

describe("scoring", () => {
  it("counts a month-precise extraction of a day-precise gold event as a match, not an exact date", () => {
    const s = score([{ date: "2023-03-14", type: "phone", participants: ["a", "b"] }], [{ date: "2023-03", type: "phone", participants: ["b", "a"] }]);
    expect(s).toMatchObject({ matched: 1, precision: 1, recall: 1, exactDate: 0 });
    expect(score([{ date: "2023-03-14", type: "phone", participants: ["a", "b"] }], [{ date: "2023-03-14", type: "video", participants: ["a", "b"] }]).f1).toBe(0);
  });
});
