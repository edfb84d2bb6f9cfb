import { describe, expect, it } from "vitest";
import { findDates } from "../dates";
import { anchorToStory, shiftDate } from "./story-dates";

/** The sentence's dates after story-relative phrases are read against `previous` (the sentence before). */
function read(text: string, previous = "", ref: string | null = "2021-08-20") {
  const before = findDates(previous, 0, ref);
  return anchorToStory(text, 0, findDates(text, 0, ref), () => before).map((d) => [d.text, d.date?.value ?? null, d.refused ? "refused" : "read"]);
}

describe("story-relative dates", () => {
  it("shifts days from a day, months from a day or a month, years from anything, and no finer than the anchor", () => {
    expect(shiftDate({ value: "2021-06-30", precision: "day" }, { unit: "day", n: 1, calendar: false })).toEqual({ value: "2021-07-01", precision: "day" });
    expect(shiftDate({ value: "2021-06-03", precision: "day" }, { unit: "month", n: -1, calendar: false })).toEqual({ value: "2021-05", precision: "month" });
    expect(shiftDate({ value: "2021-06", precision: "month" }, { unit: "year", n: 2, calendar: false })).toEqual({ value: "2023", precision: "year" });
    expect(shiftDate({ value: "2021-06", precision: "month" }, { unit: "day", n: 1, calendar: false })).toBeNull();
    // "the following week" after Thursday 3 June 2021 is 7–13 June: a month; after Thursday 24 June it straddles two months.
    expect(shiftDate({ value: "2021-06-03", precision: "day" }, { unit: "week", n: 1, calendar: true })).toEqual({ value: "2021-06", precision: "month" });
    expect(shiftDate({ value: "2021-06-24", precision: "day" }, { unit: "week", n: 1, calendar: true })).toBeNull();
  });

  it("reads 'the next morning' from the day told just before, and refuses it with none", () => {
    expect(read("The next morning Lula and Modi held a second round of talks.", "Lula hosted Modi in Brasília on 3 June 2021.")).toEqual([["The next morning", "2021-06-04", "read"]]);
    expect(read("The next morning Lula and Modi held talks.")).toEqual([["The next morning", null, "refused"]]);
  });

  it("reads 'the next day' and 'three days later' from the one date told before, in the sentence or the one before it", () => {
    expect(read("Macron met Scholz in Lisbon on 3 June 2021 and spoke with Lula the next day.")).toEqual([
      ["on 3 June 2021", "2021-06-03", "read"],
      ["the next day", "2021-06-04", "read"],
    ]);
    expect(read("Three days later the two leaders spoke again.", "Lula received Modi in Brasília on 14 April 2021.")).toEqual([["Three days later", "2021-04-17", "read"]]);
    expect(read("A month earlier they had met in Oslo.", "Lula received Modi in Brasília on 14 April 2021.")).toEqual([["A month earlier", "2021-03", "read"]]);
  });

  it("refuses the phrase when no date, or more than one, stands before it: never the article's date", () => {
    expect(read("The next day the two leaders spoke by phone.")).toEqual([["The next day", null, "refused"]]);
    expect(read("The next day Macron called Lula.", "Macron saw Scholz on 3 June 2021 and Modi on 9 June 2021.")).toEqual([["The next day", null, "refused"]]);
    // A day shifted from a month is no day.
    expect(read("The next day Macron called Lula.", "Macron saw Scholz in June 2021.")).toEqual([["The next day", null, "refused"]]);
  });

  it("lets a date set beside the phrase say it outright", () => {
    expect(read("A day before, on 9 June 2021, Macron had called Lula.")).toEqual([["on 9 June 2021", "2021-06-09", "read"]]);
  });

  it("puts a year-less date beside the phrase on the phrase's side of the story's date, not in the article's year", () => {
    expect(read("A few weeks earlier, on 22 January, they had spoken by phone.", "On 1 March 2019 Lula and Petro met in Bogotá.")).toEqual([["on 22 January", "2019-01-22", "read"]]);
    expect(read("Weeks later, on 2 February, they met again.", "Lula and Petro met in Bogotá on 30 November 2019.")).toEqual([["on 2 February", "2020-02-02", "read"]]);
  });

  it("reads the phrase, not a weekday beside it, and refuses both when they disagree", () => {
    // 5 July 2025 is a Saturday: the weekday read against the article's date would be the week of the report.
    expect(read("The next day, Saturday, Prabowo received him.", "Albanese landed in Jakarta on 4 July 2025.", "2025-07-22")).toEqual([["The next day", "2025-07-05", "read"]]);
    expect(read("The next day, Monday, Prabowo received him.", "Albanese landed in Jakarta on 4 July 2025.", "2025-07-22")).toEqual([["The next day", null, "refused"]]);
  });

  it("reads 'that month', 'the same afternoon' and 'February of that year' in the story's time, no finer than it", () => {
    expect(read("That month he flew to Ankara, where Erdoğan received him.", "Until March 2018 Abiy had met no other leader.")).toEqual([["That month", "2018-03", "read"]]);
    expect(read("The same afternoon the three leaders called Lula.", "On 10 May 2025 Sánchez went to Lisbon with Meloni.")).toEqual([["The same afternoon", "2025-05-10", "read"]]);
    expect(read("Widodo received him in February of that year.", "Albanese went to Indonesia in 2018.")).toEqual([["February of that year", "2018-02", "read"]]);
    // A vague count names no date, even with one to tell it from.
    expect(read("A few weeks later they met.", "Lula and Petro met in Bogotá on 30 November 2019.")).toEqual([["A few weeks later", null, "refused"]]);
  });

  it("tells a shift that needs only the year or the month from several dates that agree on it", () => {
    const before = "Lula returned the visit five months later: on 25 June 2023 he met Petro in Bogotá.";
    expect(read("In September of that year Lula flew to Lima.", before, "2024-05-02")).toEqual([["September of that year", "2023-09", "read"]]);
    expect(read("The following month Lula flew to Lima.", "Lula met Petro on 3 June 2023 and Boric on 9 June 2023.", "2024-05-02")).toEqual([["The following month", "2023-07", "read"]]);
    // A day's shift still needs one day: two days told before it leave it refused.
    expect(read("The next day Lula flew to Lima.", "Lula met Petro on 3 June 2023 and Boric on 9 June 2023.", "2024-05-02")).toEqual([["The next day", null, "refused"]]);
    // Dates of two years leave "that year" refused.
    expect(read("In September of that year Lula flew to Lima.", "Lula met Petro in June 2022 and Boric in May 2023.", "2024-05-02")).toEqual([["September of that year", null, "refused"]]);
  });

  it("reads 'on the 17th' as that day of the month told before it, and as no date without one", () => {
    expect(read("On the 17th, Lula stopped in Bogotá and dined with Petro.", "The busiest stretch of his year came in November 2024.")).toEqual([["On the 17th", "2024-11-17", "read"]]);
    expect(read("On the 20th he met Petro in Bogotá.", "Lula landed in Colombia on 18 April 2023.")).toEqual([["On the 20th", "2023-04-20", "read"]]);
    // Before the day told, or with only a year told, or with nothing told: no date at all, never the article's month.
    expect(read("On the 3rd he met Petro in Bogotá.", "Lula landed in Colombia on 18 April 2023.")).toEqual([["On the 3rd", null, "refused"]]);
    expect(read("On the 17th, Lula dined with Petro.", "Lula travelled widely in 2024.")).toEqual([]);
    expect(read("On the 17th, Lula dined with Petro.")).toEqual([]);
  });

  it("leaves 'the same day' to the news day when no day stands before it", () => {
    expect(read("The same day, Erdoğan also spoke with Tamim by phone.")).toEqual([]);
    expect(read("The same day, Erdoğan also spoke with Tamim by phone.", "Talks on the deal of 2015 went on.")).toEqual([]);
  });

});
