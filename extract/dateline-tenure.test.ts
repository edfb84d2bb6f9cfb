import { describe, expect, it, vi } from "vitest";
import { loadCatalogue } from "./catalogue";
import { extract } from "./pipeline";

const catalogue = loadCatalogue();
/** Read as a file saved on `saved`: no story in it is later, so the years read run up to that day. */
const read = (text: string, saved: string | null = "2026-11-24") => extract([{ file: "wire.txt", text, ...(saved ? { saved } : {}) }], catalogue);

describe("a year-less dateline dated by its leaders' years in office", () => {
  it("takes the one year in which the day falls on the lead's weekday while both leaders held office", () => {
    const { articles, events } = read(
      "TOKYO, Oct. 5 (Agency) - Japanese Prime Minister Fumio Kishida held talks with Canadian Prime Minister Justin Trudeau in Tokyo on Thursday, pledging closer cooperation on energy.\n",
    );
    expect(articles[0]).toMatchObject({ published: "2023-10-05", publishedSource: "text" });
    expect(events.map((e) => e.date)).toEqual(["2023-10-05"]);
  });

  it("guesses nothing when several of the leaders' shared years fit the day and weekday", () => {
    const { articles } = read(
      "NEW DELHI, Sept. 9 (Agency) - Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in New Delhi on Saturday to discuss the border.\n",
    );
    expect(articles[0].published).toBeNull();
  });

  it("starts from the latest past date the article gives when the leaders' shared years leave two", () => {
    const lead = "BEIJING, Nov. 12 (Agency) - Chinese President Xi Jinping held talks with German Chancellor Angela Merkel in Beijing on Tuesday, pledging to keep markets open.";
    // Nov 12 was a Tuesday in 2013 and 2019 while both held office; their last meeting, in 2017, leaves 2019.
    const { articles, events } = read(`${lead}\n\nThe two leaders last met in Hamburg in July 2017, on the margins of a summit.\n`);
    expect(articles[0].published).toBe("2019-11-12");
    expect(events.filter((e) => e.date === "2019-11-12").map((e) => e.type)).toEqual(["in-person"]);
    expect(read(`${lead}\n`).articles[0].published).toBeNull();
  });

  it("guesses nothing when no year of their shared office puts the day on the lead's weekday", () => {
    const { articles } = read(
      "TOKYO, Oct. 5 (Agency) - Japanese Prime Minister Fumio Kishida held talks with Canadian Prime Minister Justin Trudeau in Tokyo on Monday, pledging closer cooperation on energy.\n",
    );
    expect(articles[0].published).toBeNull();
  });

  it("does not narrow the years by a leader the lead calls former: his years in office say nothing of the story's", () => {
    const { articles } = read(
      "NEW DELHI, Sept. 9 (Agency) - Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in New Delhi on Saturday, recalling a visit by former Japanese Prime Minister Shinzo Abe.\n",
    );
    expect(articles[0].published).toBeNull();
  });

  it("guesses nothing from a dateline whose lead names no leader of the catalogue", () => {
    const { articles } = read("TOKYO, Oct. 5 (Agency) - The central bank held its interest rate steady on Thursday, citing weak demand.\n");
    expect(articles[0].published).toBeNull();
  });

  it("reads the years up to the day the file was saved, not up to the day it is read", () => {
    const lead = "TOKYO, Oct. 5 (Agency) - Japanese Prime Minister Fumio Kishida held talks with Canadian Prime Minister Justin Trudeau in Tokyo on Thursday, pledging closer cooperation on energy.\n";
    // The same file read on two days far apart answers alike: the clock is not read.
    for (const now of ["2024-01-10T12:00:00Z", "2041-06-01T12:00:00Z"]) {
      vi.setSystemTime(new Date(now));
      try {
        expect(read(lead).articles[0].published).toBe("2023-10-05");
        // Saved before the one fitting year: no year is left.
        expect(read(lead, "2022-12-31").articles[0].published).toBeNull();
        // With no saved day there is no end to the years, and no guess.
        expect(read(lead, null).articles[0].published).toBeNull();
      } finally {
        vi.useRealTimers();
      }
    }
  });
});
