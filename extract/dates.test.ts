import { describe, expect, it } from "vitest";
import { findDates, findFullDates, numericDateOrderOf, setNumericDateOrder, weekdayOnOrBefore } from "./dates";

const values = (text: string, ref: string | null) => findDates(text, 0, ref).map((d) => [d.text, d.date?.value ?? null, d.date?.precision ?? null]);

describe("dates", () => {
  it("reads no month in a name a month's abbreviation is hyphened into", () => {
    const found = values("Obama hosted Abe at Mar-a-Lago in November.", "2016-12-01");
    expect(found.map(([, v]) => v)).toEqual(["2016-11"]);
    expect(values("They met on 4 Mar 2016.", "2016-12-01").map(([, v]) => v)).toEqual(["2016-03-04"]);
  });

  it("reads a translated 'day of month of year' as the day, not the month alone", () => {
    expect(values("Tuesday 14 of March of 2023", "2023-06-12")).toEqual([["Tuesday 14 of March of 2023", "2023-03-14", "day"]]);
    expect(values("Lula received Petro on the 2nd of August of 2023 in Brasília.", "2024-06-12")).toEqual([["2nd of August of 2023", "2023-08-02", "day"]]);
    // A month of a year with no day stays the month; a number that counts something is no day.
    expect(values("Lula received Petro in August of 2023.", "2024-06-12")).toEqual([["August of 2023", "2023-08", "month"]]);
    expect(values("Two of March's three summits were held in Lima.", "2024-06-12").map(([, v]) => v)).not.toContain("2024-03-02");
  });

  it("reads a season with its year as that year, never as the reference's day", () => {
    expect(values("Lula hosted Boric in Brasília in spring 2023.", "2024-06-12")).toEqual([["spring 2023", "2023", "year"]]);
    expect(values("They first met in the summer of 2019 in Goa.", "2024-06-12")).toEqual([["summer of 2019", "2019", "year"]]);
    expect(values("Tusk called on Meloni in late autumn 2021.", "2024-06-12")).toEqual([["late autumn 2021", "2021", "year"]]);
    // Not a season: a spring of water, a year range, a season with no year.
    expect(values("The summer 2019-20 talks in Lima.", "2024-06-12").map(([, v]) => v)).not.toContain("2019");
    expect(values("A fall in exports after talks in Nairobi.", "2024-06-12")).toEqual([]);
  });

  it("resolves a past-tense weekday to the one on or before the reference date", () => {
    expect(weekdayOnOrBefore("2024-07-25", 4)).toBe("2024-07-25"); // a Thursday itself
    expect(weekdayOnOrBefore("2024-07-27", 4)).toBe("2024-07-25");
    expect(values("They met on Tuesday.", "2023-03-16")).toEqual([["on Tuesday", "2023-03-14", "day"]]);
  });

  it("reads a weekday 'of last week' in the week before the reference's, not in its own", () => {
    // 2024-05-17 is a Friday: last week's Tuesday is the 7th, not the 14th.
    expect(values("They spoke by phone on Tuesday last week.", "2024-05-17")).toEqual([["on Tuesday last week", "2024-05-07", "day"]]);
    expect(values("The two met on Thursday of last week in Nairobi.", "2024-05-17")).toEqual([["on Thursday of last week", "2024-05-09", "day"]]);
    // "last Tuesday" alone is the latest Tuesday, as before.
    expect(values("They spoke by phone last Tuesday.", "2024-05-17")).toEqual([["last Tuesday", "2024-05-14", "day"]]);
  });

  it("reads 'last Friday' written on a Friday as the Friday a week before, 'on Friday' as the day itself", () => {
    // 2024-05-17 is a Friday.
    expect(values("She flew to Lima last Friday.", "2024-05-17")).toEqual([["last Friday", "2024-05-10", "day"]]);
    expect(values("He spoke to the premier this past Friday.", "2024-05-17")).toEqual([["past Friday", "2024-05-10", "day"]]);
    expect(values("The two spoke on Friday.", "2024-05-17")).toEqual([["on Friday", "2024-05-17", "day"]]);
  });

  it("reads a day of no year told with its weekday in the year it falls on that weekday", () => {
    // 2025-03-10 is a Monday; 30 March is a Sunday in 2025, a Saturday in 2024.
    expect(values("Sunday, March 30: Lula hosts Boric in Brasília.", "2025-03-10")).toEqual([["Sunday, March 30", "2025-03-30", "day"]]);
    // Without a weekday, a day more than a week after the reference is the year before's, as ever.
    expect(values("Lula hosted Boric in Brasília on March 30.", "2025-03-10")).toEqual([["March 30", "2024-03-30", "day"]]);
    // A weekday that fits the year before keeps it; one that fits neither year changes nothing.
    expect(values("Saturday, March 30: Lula hosted Boric in Brasília.", "2025-03-10")).toEqual([["Saturday, March 30", "2024-03-30", "day"]]);
    expect(values("Thursday, March 30: Lula hosted Boric in Brasília.", "2025-03-10")).toEqual([["Thursday, March 30", "2024-03-30", "day"]]);
  });

  it("does not take 'sat down' or 'wed' for weekdays", () => {
    expect(values("The leaders sat down for talks on Thursday.", "2024-05-17")).toEqual([["on Thursday", "2024-05-16", "day"]]);
    expect(values("They were wed in Paris.", "2024-05-17")).toEqual([]);
  });

  it("leaves relative phrases unresolved without a reference date, keeping the weekday", () => {
    const [d] = findDates("They met in Moscow on Thursday.", 0, null);
    expect(d.date).toBeNull();
    expect(d.weekday).toBe(4);
  });

  it("reads 'this afternoon' or 'this evening' as the reference day, and a bare part of a day as no date", () => {
    expect(values("The two spoke by phone this evening, the office said.", "2025-03-18")).toEqual([["this evening", "2025-03-18", "day"]]);
    expect(values("They wrapped up their talks this afternoon.", "2025-03-18")).toEqual([["this afternoon", "2025-03-18", "day"]]);
    expect(values("They spoke in the evening after dinner.", "2025-03-18")).toEqual([]);
  });

  it("reads 'last evening' as the evening of the day before the reference, as 'last night' is", () => {
    expect(values("Lula and Petro held a call last evening and traded greetings.", "2024-02-01")).toEqual([["last evening", "2024-01-31", "day"]]);
    expect(values("Lula spoke at a dinner in the evening last week.", "2024-02-01").map((v) => v[0])).not.toContain("last evening");
    // "the last evening of the summit" is the summit's, no day before the article.
    expect(values("Lula and Petro talked on the last evening of the summit.", "2024-02-01").map((v) => v[1])).not.toContain("2024-01-31");
  });

  it("reads 'last week' and 'earlier this week' as a month only when every day they may mean lies in it", () => {
    // A Wednesday mid-month: the week before and the days before it are all in May.
    expect(values("They spoke by phone last week.", "2024-05-15")).toEqual([["last week", "2024-05", "month"]]);
    expect(values("They spoke by phone earlier this week.", "2024-05-15")).toEqual([["earlier this week", "2024-05", "month"]]);
    // A Tuesday early in the month: last week straddles two months, so it names no month.
    expect(values("They spoke by phone last week.", "2024-05-07").map((d) => d[2])).not.toContain("month");
    // "Earlier in the week" is the story's week, which is the publication week only in a news lead:
    // read against the publication day it dated a 2004 trip's call to this month. It names no month.
    expect(values("Earlier in the week, they spoke by phone.", "2024-05-15").map((d) => d[1])).not.toContain("2024-05");
    expect(values("They spoke by phone earlier this week.", "2024-05-09")).toEqual([["earlier this week", "2024-05", "month"]]);
  });

  it("reads months relative to the year: mid-March last year, March of the previous year", () => {
    expect(values("met in mid-March last year, with", "2024-07-25")).toEqual([["mid-March last year", "2023-03", "month"]]);
    expect(values("held in March of the previous year, which", "2024-07-25")).toEqual([["March of the previous year", "2023-03", "month"]]);
    expect(values("in late May this year", "2019-08-01")).toEqual([["late May this year", "2019-05", "month"]]);
  });

  it("reads a day and month told relative to the year in that year, not the article's", () => {
    expect(values("their first summit in Singapore on June 12 last year, and", "2019-07-01")).toEqual([["June 12 last year", "2018-06-12", "day"]]);
    expect(values("they met in Bali on 14 November last year.", "2023-09-20")).toEqual([["14 November last year", "2022-11-14", "day"]]);
    expect(values("spoke by phone on March 3rd of the previous year", "2023-09-20")).toEqual([["March 3rd of the previous year", "2022-03-03", "day"]]);
    // A number that is no day of the month is no part of the date.
    expect(values("the 40 November last year", "2023-09-20")).toEqual([["November last year", "2022-11", "month"]]);
  });

  it("reads a day and month 'last year' whole, in the year before: not the day in this year and 'last year' apart", () => {
    expect(values("their first summit on June 12 last year and", "2024-07-25")).toEqual([["June 12 last year", "2023-06-12", "day"]]);
    expect(values("the talks of 3 March last year were", "2024-07-25")).toEqual([["3 March last year", "2023-03-03", "day"]]);
  });

  it("keeps month-only and year-only dates at their precision", () => {
    expect(values("in May 2018, November 2017 and October 2015", null)).toEqual([
      ["May 2018", "2018-05", "month"],
      ["November 2017", "2017-11", "month"],
      ["October 2015", "2015-10", "month"],
    ]);
    expect(values("a phone conversation in early February 2023.", null)).toEqual([["early February 2023", "2023-02", "month"]]);
    expect(values("the intervention in 2015 changed the war", null)).toEqual([["in 2015", "2015", "year"]]);
  });

  it("puts a month and day without a year in the latest year not after the report", () => {
    expect(values("On December 28, the two spoke.", "2025-01-03")).toEqual([["December 28", "2024-12-28", "day"]]);
    expect(values("On July 23, he said", "2024-07-25")).toEqual([["July 23", "2024-07-23", "day"]]);
  });

  it("marks 'since' so a 'first since' phrase can be read as an earlier contact", () => {
    const [d] = findDates("the first talks since March 2023", 0, null);
    expect(d.since).toBe(true);
    expect(d.date?.value).toBe("2023-03");
  });

  it("reports spans that point into the text at the given offset", () => {
    const text = "xxxxx They spoke on 5 June 2019.";
    const [d] = findDates(text.slice(6), 6, null);
    expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it("reads a dotted date day-first, as it is written outside the US", () => {
    expect(values("Posted 04.09.2023, 18:02", null)).toEqual([["04.09.2023", "2023-09-04", "day"]]);
    expect(values("World 14:36 14.09.2021", null)).toEqual([["14.09.2021", "2021-09-14", "day"]]);
  });

  it("reads 'three days ago' only where the sentence says 'ago'", () => {
    expect(values("The two leaders met three days ago in Minsk.", "2023-06-15")).toEqual([["three days ago", "2023-06-12", "day"]]);
  });

  it("reads 'the weeks before and after' an event as a stretch around it, not as the week before the article", () => {
    expect(values("Trudeau talked most to Modi in the weeks before and after the election in Goa.", "2025-03-12")).toEqual([]);
    expect(values("In the days after the vote, Lula phoned Petro twice.", "2025-03-12")).toEqual([]);
    // A day told beside it still counts.
    expect(values("Lula phoned Petro on 3 March, in the days before the vote.", "2025-03-12")).toEqual([["on 3 March", "2025-03-03", "day"]]);
  });

  it("reads 'his last months in office' and 'the past weeks' as stretches of time, not as last month or last week", () => {
    expect(values("Lula, in his last months in office, hosted Petro in Brasília.", "2025-03-12")).toEqual([]);
    expect(values("Over the past weeks the two prime ministers spoke often.", "2025-03-12")).toEqual([]);
    expect(values("The two prime ministers spoke last month.", "2025-03-12")).toEqual([["last month", "2025-02", "month"]]);
  });

  it("leaves 'on the 17th' to the story's month, and reads no date in 'on the 25th anniversary'", () => {
    const [d] = findDates("On the 17th, Lula dined with Petro in Bogotá.", 0, "2025-03-12");
    expect([d.text, d.date, d.storyShift?.day]).toEqual(["On the 17th", null, 17]);
    expect(values("Lula spoke on the 25th anniversary of the treaty.", "2025-03-12")).toEqual([]);
    expect(values("Their talks on the 3rd floor of the palace ran late.", "2025-03-12")).toEqual([]);
  });

  it("reads 'last July' as the July before the reference month", () => {
    expect(values("the meeting in Tehran last July", "2023-07-19")).toEqual([["last July", "2022-07", "month"]]);
    expect(values("they met last March in", "2023-07-19")).toEqual([["last March", "2023-03", "month"]]);
  });

  it("reads an ambiguous slash date as the reading nearest before the reference, else day-first", () => {
    expect(values("they met on 04/09/2023 in", "2023-09-06")).toEqual([["04/09/2023", "2023-09-04", "day"]]);
    expect(values("they met on 04/09/2023 in", "2023-04-12")).toEqual([["04/09/2023", "2023-04-09", "day"]]);
    expect(values("Published: 04/09/2023", null)).toEqual([["04/09/2023", "2023-09-04", "day"]]);
    expect(values("on 09/13/2021", null)).toEqual([["09/13/2021", "2021-09-13", "day"]]);
  });

  it("keeps 'late March' whole as the phrase of a month without a year", () => {
    expect(values("the first between the leaders since late March.", "2022-05-29")).toEqual([["late March", "2022-03", "month"]]);
    expect(values("they spoke in early December, when", "2022-05-29")).toEqual([["early December", "2021-12", "month"]]);
  });

  it("reads a bare year before the contact noun it dates, after a determiner", () => {
    expect(values("the photo is from their 2019 meeting in Lima", "2024-05-20")).toEqual([["their 2019", "2019", "year"]]);
    expect(values("Lula recalled the 2021 phone call with Modi", "2024-05-20")).toEqual([["the 2021", "2021", "year"]]);
    // A year before another noun, or a figure, is no date here.
    expect(values("in the 2022 election Lula won", "2024-05-20")).toEqual([]);
    expect(values("the 2023 budget was passed", "2024-05-20")).toEqual([]);
  });

  it("reads 'a year ago' as the same month a year before", () => {
    expect(values("had last met a year ago in Bali", "2023-11-06")).toEqual([["a year ago", "2022-11", "month"]]);
  });

  it("leaves a date told from the story's own date to the story: 'three days later', 'a month earlier', 'the following week'", () => {
    const shifts = (text: string) => findDates(text, 0, "2021-08-20").map((d) => [d.text, d.date, d.storyShift]);
    expect(shifts("Three days later they met again.")).toEqual([["Three days later", null, { unit: "day", n: 3, calendar: false }]]);
    expect(shifts("They had spoken a month earlier.")).toEqual([["a month earlier", null, { unit: "month", n: -1, calendar: false }]]);
    expect(shifts("They met the following week.")).toEqual([["the following week", null, { unit: "week", n: 1, calendar: true }]]);
    expect(shifts("They had met the day before, in Oslo.")).toEqual([["the day before", null, { unit: "day", n: -1, calendar: false }]]);
    // A part of the next (previous) day is that day, told from the story's day, never a day before the article.
    expect(shifts("The next morning, Lula and Modi held a second round of talks.")).toEqual([["The next morning", null, { unit: "day", n: 1, calendar: false }]]);
    expect(shifts("They had dined together the previous evening in Goa.")).toEqual([["the previous evening", null, { unit: "day", n: -1, calendar: false }]]);
    // chrono reads "the year before" from the article's year; in a story it is the story's year before.
    expect(shifts("The year before, they had met in Oslo.")).toEqual([["The year before", null, { unit: "year", n: -1, calendar: true }]]);
    expect(shifts("They spoke the month after, by phone.")).toEqual([["the month after", null, { unit: "month", n: 1, calendar: true }]]);
    // Told from another event ("his inauguration"), whose date is not at hand: no date at all, and never the article's.
    expect(shifts("They spoke a day after his inauguration.")).toEqual([]);
    expect(shifts("They met a week before the vote.")).toEqual([]);
  });

  it("leaves 'that month', 'the same afternoon' and 'February of that year' to the story, as no shift at all", () => {
    const shifts = (text: string) => findDates(text, 0, "2021-08-20").map((d) => [d.text, d.date, d.storyShift]);
    expect(shifts("That month he flew to Hanoi.")).toEqual([["That month", null, { unit: "month", n: 0, calendar: false }]]);
    expect(shifts("The same afternoon they spoke by phone.")).toEqual([["The same afternoon", null, { unit: "day", n: 0, calendar: false }]]);
    expect(shifts("Lula received him in February of that year.")).toEqual([["February of that year", null, { unit: "year", n: 0, calendar: false, month: 2 }]]);
    // Told from another event, or a possessive: no date.
    expect(shifts("They met the same day as the vote.")).toEqual([]);
    expect(shifts("They met at that year's summit.")).toEqual([]);
  });

  it("reads 'a few weeks earlier' as a shift of the story by an unknown count, never from the article's date", () => {
    const shifts = (text: string) => findDates(text, 0, "2021-08-20").map((d) => [d.text, d.date, d.storyShift]);
    expect(shifts("A few weeks earlier they had spoken by phone.")).toEqual([["A few weeks earlier", null, { unit: "week", n: -1, calendar: false, vague: true }]]);
    expect(shifts("Months later they met in Oslo.")).toEqual([["Months later", null, { unit: "month", n: 1, calendar: false, vague: true }]]);
    expect(shifts("only weeks after the election")).toEqual([]);
  });

  it("reads a weekday with its day of the month only when the two agree near the reference date", () => {
    // 2021-06-10 is a Thursday: Monday the 7th and Friday 28 May are near it; no Monday near it is a 9th.
    expect(values("Lula received Modi this Monday (7).", "2021-06-10")).toEqual([["this Monday (7)", "2021-06-07", "day"]]);
    expect(values("They spoke on Friday, the 28th.", "2021-06-10")).toEqual([["on Friday, the 28th", "2021-05-28", "day"]]);
    expect(findDates("Lula received Modi this Monday (9).", 0, "2021-06-10").map((d) => [d.date, d.refused !== undefined])).toEqual([[null, true]]);
    // "Friday, 24 leaders": a count, not a day of the month.
    expect(values("On Friday, 24 leaders met.", "2021-06-10")).toEqual([["On Friday", "2021-06-04", "day"]]);
    // With no reference, the weekday alone is kept for anchoring the article later.
    expect(findDates("Lula received Modi this Monday (7).", 0, null).map((d) => [d.date, d.weekday])).toEqual([[null, 1]]);
  });
});

describe("ranges of days", () => {
  const through = (text: string, ref: string | null) => findDates(text, 0, ref).map((d) => [d.date?.value ?? null, d.through ?? null]);
  it("keeps a range's last day, with or without a year of its own, and for weekdays", () => {
    expect(through("a state visit from 18 to 20 August 2024", null)).toEqual([["2024-08-18", "2024-08-20"]]);
    expect(through("a state visit from August 18 to 20", "2024-08-25")).toEqual([["2024-08-18", "2024-08-20"]]);
    expect(through("a state visit from Sunday to Tuesday", "2024-08-20")).toEqual([["2024-08-18", "2024-08-20"]]);
  });
  it("gives one day no last day", () => {
    expect(through("talks on August 19", "2024-08-25")).toEqual([["2024-08-19", null]]);
    expect(through("talks on Tuesday", "2024-08-25")).toEqual([["2024-08-20", null]]);
  });
});

describe("the order a page writes its numeric dates in", () => {
  it("is day-first when a date's first number cannot be a month", () => {
    expect(numericDateOrderOf("Lima, 04/03/2022. The last visit was on 23/08/2021.", null)).toBe("day-first");
  });
  it("is month-first when a date's second number cannot be a month", () => {
    expect(numericDateOrderOf("Posted 04/03/2022. Lula was in Goa on 08/23/2021.", null)).toBe("month-first");
  });
  it("is told by a weekday beside a date of no year, in the page's year", () => {
    // 6 March 2024 was a Wednesday; 3 June 2024 a Monday.
    expect(numericDateOrderOf("On Wednesday 06/03 Modi met Lula.", "2024-03-08")).toBe("day-first");
    expect(numericDateOrderOf("On Monday 06/03 Modi met Lula.", "2024-06-05")).toBe("month-first");
  });
  it("is month-first when a date is stamped with a time in a US time zone", () => {
    expect(numericDateOrderOf("Posted 03/04/2022 6:15 PM ET · Updated 03/04/2022 8:02 p.m. EDT", null)).toBe("month-first");
    expect(numericDateOrderOf("Posted 03/04/2022 6:15 PM · Nairobi", null)).toBeNull();
    expect(numericDateOrderOf("Posted 03/04/2022 18:15 CET", null)).toBeNull();
  });
  it("is unknown when the signs disagree, or there are none", () => {
    expect(numericDateOrderOf("On 23/08/2021 and on 08/23/2021.", null)).toBeNull();
    expect(numericDateOrderOf("Open 24/7; half (1/2) the votes; 04/03/2022.", null)).toBeNull();
    expect(numericDateOrderOf("On Wednesday 06/03 Modi met Lula.", null)).toBeNull();
  });
  it("reads the page's dates in its order, those of no year too", () => {
    try {
      setNumericDateOrder("day-first");
      const [d] = findDates("Scholz met Ramaphosa on 05/07/2022 in Nairobi.", 0, "2022-12-01");
      expect(d.date?.value).toBe("2022-07-05");
      const [w] = findDates("Yesterday evening, Tuesday 10/01, Tinubu met Boric.", 0, "2023-01-11").filter((x) => /10\/01/.test(x.text));
      expect(w.date?.value).toBe("2023-01-10");
      expect(findDates("The mall is open 24/7 now.", 0, "2023-01-11")).toEqual([]);
      setNumericDateOrder("month-first");
      expect(findDates("Scholz met Ramaphosa on 05/07/2022 in Nairobi.", 0, "2022-12-01")[0].date?.value).toBe("2022-05-07");
    } finally {
      setNumericDateOrder(null);
    }
  });
  it("leaves a page of no order to its guess: the reading nearest before the reference", () => {
    setNumericDateOrder(null);
    expect(findDates("Scholz met Ramaphosa on 05/07/2022 in Nairobi.", 0, "2022-12-01")[0].date?.value).toBe("2022-07-05");
    expect(findDates("Scholz met Ramaphosa on 05/07/2022 in Nairobi.", 0, "2022-06-01")[0].date?.value).toBe("2022-05-07");
  });
});

describe("full dates", () => {
  // findFullDates skips texts with no digit: every year a parser reads is written in digits, and a
  // year told from the reference is relative. The dates stage itself agrees on digitless phrases.
  const fullByReading = (text: string) => findDates(text, 0, null).filter((d) => d.date?.precision === "day" && d.resolvedAgainst === null);
  it("finds no full date in a text with no digit, as the dates stage reads it", () => {
    for (const text of [
      "Updated now",
      "Published today, Tuesday the first of March",
      "Tonight: the leaders speak by phone",
      "Yesterday morning, March the twenty-first",
      "Friday, the fifth of June of this year",
      "Posted last Wednesday, a week ago",
      "The summit in mid-March of last year",
    ]) {
      expect(fullByReading(text)).toEqual([]);
      expect(findFullDates(text)).toEqual([]);
    }
  });
  it("still finds a full date written with digits", () => {
    expect(findFullDates("Updated Tuesday, March 12, 2024 at 10:30").map((d) => d.value)).toEqual(["2024-03-12"]);
    expect(findFullDates("Posted 14.09.2021").map((d) => d.value)).toEqual(["2021-09-14"]);
  });
});
