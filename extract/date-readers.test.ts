import { describe, expect, it } from "vitest";
import { calendarDate, DATE_READERS, durationOrClock, foundIn, partOfAName, readDate, relativeUnanchored, sinceMark, storyDay, storyRelative, storyWeekday, unspelledOrVague, weekdayDate, weekdayNumber, type DateReader, type FoundDate } from "./dates";

/** Each phrase chrono finds in `text`, and what one reader alone says of it (its mention as that reader filled it). */
const alone = (reader: DateReader, text: string, ref: string | null) =>
  foundIn(text, 0, ref).map((f) => ({ phrase: f.phrase, verdict: reader.read(f), mention: f.mention }));
const verdicts = (reader: DateReader, text: string, ref: string | null) => alone(reader, text, ref).map(({ phrase, verdict }) => [phrase, verdict]);

describe("date readers, each alone", () => {
  it("durationOrClock drops a stretch of time, and knows no calendar date", () => {
    expect(verdicts(durationOrClock, "Over the past weeks Tusk called Meloni twice.", "2024-06-12").map(([, v]) => v)).toEqual(["drop"]);
    expect(verdicts(durationOrClock, "Lula met Modi on 4 May 2023.", "2024-06-12")).toEqual([["on 4 May 2023", null]]);
  });

  it("partOfAName drops a month's abbreviation hyphened to a lower-case word, not the month itself", () => {
    // As chrono would give it: "Mar" at 3 in "at Mar-a-Lago" (made here, the reader reads only the phrase and what follows it).
    const mar = { phrase: "Mar", text: "at Mar-a-Lago", r: { index: 3 } } as unknown as FoundDate;
    expect(partOfAName.read(mar)).toBe("drop");
    expect(partOfAName.read({ ...mar, text: "at Mar 4, 2016" })).toBe(null);
    expect(verdicts(partOfAName, "They met on 4 Mar 2016.", "2024-06-12").map(([, v]) => v)).toEqual([null]);
  });

  it("storyDay reads a bare day number as a day of the story's month", () => {
    const [month, found] = alone(storyDay, "The talks came in November. On the 17th, Lula met Modi.", "2024-12-01");
    expect(month.verdict).toBe(null);
    expect(found.verdict).toBe("keep");
    expect(found.mention.storyShift).toEqual({ unit: "month", n: 0, calendar: false, day: 17 });
    // A day with its month is no story day.
    expect(verdicts(storyDay, "Lula met Modi on the 17th of November.", "2024-12-01").map(([, v]) => v)).not.toContain("keep");
  });

  it("storyWeekday reads a weekday told from the story's week", () => {
    const found = alone(storyWeekday, "Lula flew to Goa and met Modi the following Monday.", "2024-06-12").find((f) => f.verdict === "keep");
    expect(found?.mention.storyShift).toBeDefined();
    expect(verdicts(storyWeekday, "Lula met Modi last Monday.", "2024-06-12").map(([, v]) => v)).toEqual([null]);
  });

  it("storyRelative reads a step from the story's date, and drops one told from an event not at hand", () => {
    const [next] = alone(storyRelative, "Lula met Modi in Goa. The next day they spoke again.", "2024-06-12");
    expect(next.verdict).toBe("keep");
    expect(next.mention.storyShift).toBeDefined();
    expect(verdicts(storyRelative, "A day after his visit, Lula called Modi.", "2024-06-12").map(([, v]) => v)).toEqual(["drop"]);
    expect(verdicts(storyRelative, "Lula met Modi on 4 May 2023.", "2024-06-12").map(([, v]) => v)).toEqual([null]);
  });

  it("weekdayNumber dates a weekday with its day number only when the day falls on it", () => {
    const [fits] = alone(weekdayNumber, "Lula met Modi on Tuesday the 11th.", "2024-06-12");
    expect(fits.verdict).toBe("keep");
    expect(fits.mention.date?.value).toBe("2024-06-11");
    // Without a reference day, only the weekday is kept, to anchor the article by later.
    const [bare] = alone(weekdayNumber, "Lula met Modi on Tuesday the 11th.", null);
    expect([bare.verdict, bare.mention.date, bare.mention.weekday]).toEqual(["keep", null, 2]);
    expect(verdicts(weekdayNumber, "Lula met Modi on 4 May 2023.", "2024-06-12").map(([, v]) => v)).toEqual([null]);
  });

  it("unspelledOrVague drops a weekday chrono read from a short word ('sat down'), not one spelled out", () => {
    expect(verdicts(unspelledOrVague, "Lula sat down with Modi.", "2024-06-12")).toEqual([["sat", "drop"]]);
    expect(verdicts(unspelledOrVague, "Lula met Modi on Monday.", "2024-06-12").map(([, v]) => v)).toEqual([null]);
  });

  it("sinceMark marks a 'since' date and passes it on", () => {
    const [since] = alone(sinceMark, "Lula and Modi have not met since March 2023.", "2024-06-12");
    expect([since.verdict, since.mention.since]).toEqual([null, true]);
    const [plain] = alone(sinceMark, "Lula and Modi met in March 2023.", "2024-06-12");
    expect([plain.verdict, plain.mention.since]).toEqual([null, undefined]);
  });

  it("weekdayDate reads a weekday as the one on or before the reference day, and a range through its last", () => {
    const [monday] = alone(weekdayDate, "Lula met Modi on Monday.", "2024-06-12");
    expect([monday.verdict, monday.mention.date?.value]).toEqual(["keep", "2024-06-10"]);
    // "last Wednesday" written on a Wednesday is the week before's.
    const [last] = alone(weekdayDate, "Lula met Modi last Wednesday.", "2024-06-12");
    expect(last.mention.date?.value).toBe("2024-06-05");
    expect(verdicts(weekdayDate, "Lula met Modi on 4 May 2023.", "2024-06-12").map(([, v]) => v)).toEqual([null]);
  });

  it("relativeUnanchored keeps a relative phrase undated when there is no reference day", () => {
    const [june] = alone(relativeUnanchored, "Lula met Modi on June 5.", null);
    expect([june.verdict, june.mention.date, june.mention.monthDay]).toEqual(["keep", null, "06-05"]);
    expect(verdicts(relativeUnanchored, "Lula met Modi on June 5.", "2024-06-12").map(([, v]) => v)).toEqual([null]);
    expect(verdicts(relativeUnanchored, "Lula met Modi on 4 May 2023.", null).map(([, v]) => v)).toEqual([null]);
  });

  it("calendarDate reads a month and day with no year as the latest one, with a week's grace", () => {
    const [past] = alone(calendarDate, "Lula met Modi on June 5.", "2024-06-12");
    expect([past.verdict, past.mention.date?.value]).toEqual(["keep", "2024-06-05"]);
    const [grace] = alone(calendarDate, "Lula meets Modi on June 18.", "2024-06-12");
    expect(grace.mention.date?.value).toBe("2024-06-18");
    const [lastYear] = alone(calendarDate, "Lula met Modi on July 30.", "2024-06-12");
    expect(lastYear.mention.date?.value).toBe("2023-07-30");
    const [range] = alone(calendarDate, "Lula visited Goa from August 18 to 20.", "2024-09-12");
    expect([range.mention.date?.value, range.mention.through]).toEqual(["2024-08-18", "2024-08-20"]);
  });

  it("readDate keeps a phrase when the first reader that knows it keeps it", () => {
    const kept = (text: string, ref: string | null) => foundIn(text, 0, ref).filter((f) => readDate(DATE_READERS, f)).map((f) => f.phrase);
    expect(kept("Lula and Modi talked for 90 minutes on June 5.", "2024-06-12")).toEqual(["June 5"]);
    expect(kept("Biden hosted Kishida at Mar-a-Lago in November.", "2024-12-12")).toEqual(["November"]);
    expect(kept("Lula sat down with Modi.", "2024-06-12")).toEqual([]);
  });
});
