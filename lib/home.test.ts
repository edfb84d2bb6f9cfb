import { describe, expect, it } from "vitest";
import { pageOf, PAGE_SIZE, selectedRange, yearSpan } from "./home";

// Page numbers come from the count of matching events: the page never loads the others.
const events = PAGE_SIZE * 2 + 5;

describe("the home page's list pages", () => {
  it("keeps the filters in the links to other pages, and page 1 has no page parameter", () => {
    const p = pageOf(events, { type: ["phone"] }, "2");
    expect(p).toMatchObject({ pageNo: 2, pages: 3, first: PAGE_SIZE + 1, last: PAGE_SIZE * 2 });
    expect(p.link(1)).toBe("/?type=phone");
    expect(p.link(3)).toBe("/?type=phone&page=3");
    expect(pageOf(events, {}, "1").link(2)).toBe("/?page=2");
  });

  it("shows the last page for a page past the end and the first for nonsense", () => {
    expect(pageOf(events, {}, "99")).toMatchObject({ pageNo: 3, first: PAGE_SIZE * 2 + 1, last: PAGE_SIZE * 2 + 5 });
    expect(pageOf(events, {}, "abc").pageNo).toBe(1);
    expect(pageOf(events, {}, "-1").pageNo).toBe(1);
  });
});

describe("the years the filters offer", () => {
  it("runs from the first contact's year to the last, quiet years included", () => {
    expect(yearSpan([{ year: 2015 }, { year: 2018 }])).toEqual([2015, 2016, 2017, 2018]);
    expect(selectedRange({ from: 2016 }, [2015, 2016, 2017, 2018])).toEqual([2016, 2018]);
    expect(selectedRange({ year: 2017 }, [2015, 2016])).toEqual([2017, 2017]);
    expect(selectedRange({}, [2015])).toBeNull();
  });
});
