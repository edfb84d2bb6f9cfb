import { describe, expect, it } from "vitest";
import { agoInWords, glance, spanInWords } from "./glance";

const e = (date: string, type: "in-person" | "phone" | "video", place: string | null = null) => ({
  slug: `${date}-${type}`,
  date,
  precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year",
  type,
  place,
});

describe("the answer at a glance", () => {
  const events = [e("2023-03-14", "in-person", "Moscow"), e("2015-10", "in-person"), e("2023-02", "phone"), e("2020-11", "video"), e("2024-07-25", "in-person", "Moscow")];
  const g = glance(events);

  it("names the last meeting and the last call, whatever order the events came in", () => {
    expect(g.lastMeeting?.date).toBe("2024-07-25");
    expect(g.lastCall?.date).toBe("2023-02");
    expect(g.byKind).toEqual({ "in-person": 3, phone: 1, video: 1 });
  });

  it("counts contacts per year with the quiet years in between", () => {
    expect(g.perYear.map((y) => y.count)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 2, 1]);
    expect(g.perYear[0].year).toBe(2015);
  });

  it("finds the longest gap, measured from the end of one period to the start of the next", () => {
    expect(g.longestGap).toMatchObject({ after: { date: "2015-10" }, before: { date: "2020-11" } });
    expect(spanInWords(g.longestGap!.days)).toBe("5 years");
  });

  it("has nothing to say about no events", () => {
    expect(glance([])).toMatchObject({ total: 0, lastMeeting: null, lastCall: null, longestGap: null, perYear: [] });
  });
});

describe("spans in words", () => {
  it("reads days, months and years as people say them", () => {
    expect(spanInWords(1)).toBe("1 day");
    expect(spanInWords(45)).toBe("45 days");
    expect(spanInWords(400)).toBe("1 year and 1 month");
    expect(agoInWords("2024-07-25", "day", new Date("2026-07-26T12:00:00Z"))).toBe("2 years ago");
    expect(agoInWords("2023-02", "month", new Date("2023-06-01T00:00:00Z"))).toBe("about 3 months ago");
    expect(agoInWords("2026-11", "month", new Date("2026-11-23T00:00:00Z"))).toBe("this month");
  });
});
