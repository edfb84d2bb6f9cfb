import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { findDates } from "../dates";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions } from ".";
import { dateInAName, indefiniteWeekday, sectionYear } from "./dating";

const index = new LeaderIndex(loadCatalogue());
function dated(body: string, published = "2018-11-20") {
  const a = parseArticle("d.txt", `---\npublished: ${published}\n---\nA headline for the test\n\n${body}\n`);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value ?? "undated"} ${m.type} ${[...m.participants].sort().join("+")}`);
}

describe("date-in-a-name: a month's name inside a leader's name is no date", () => {
  it("vetoes the month inside the name, not one beside it", () => {
    const inName = "Trudeau met the British prime minister, Theresa May, at Downing Street.";
    const [d] = findDates(inName, 0, "2018-11-20");
    expect(dateInAName.veto({ d, refs: index.find(inName, 0, "2018-11-20"), before: "" })).toContain("Theresa May");
    const beside = "Trudeau met Theresa May in Ottawa in May.";
    const [month] = findDates(beside, 0, "2018-11-20");
    expect(month.start).toBeGreaterThan(30);
    expect(dateInAName.veto({ d: month, refs: index.find(beside, 0, "2018-11-20"), before: "" })).toBeNull();
  });

  it("a meeting with Theresa May is not dated to the month of May", () => {
    expect(dated("Justin Trudeau met the British prime minister, Theresa May, at Downing Street for talks on trade.")).toEqual([]);
    expect(dated("Justin Trudeau met the British prime minister, Theresa May, at Downing Street on 14 November for talks on trade.")).toEqual(["2018-11-14 in-person justin-trudeau+theresa-may"]);
  });

  it("a month told beside the name still dates the contact", () => {
    expect(dated("Justin Trudeau met Theresa May in Ottawa in May for talks on trade.")).toEqual(["2018-05 in-person justin-trudeau+theresa-may"]);
  });
});

describe("section-year: a chronology's year heading gives its entries their year", () => {
  const chronology = (entries: string) => `How the two leaders' meetings have tracked the relationship.\n\n2016\n${entries}\n\n2019\n- October 3: Xi Jinping and Joko Widodo meet in Bogor for talks on trade.`;

  it("reads a year-less day under the heading in the heading's year", () => {
    const [d] = findDates("- June 12: talks", 0, "2025-03-01");
    expect(sectionYear.apply({ d, sectionYear: 2016 })?.value).toBe("2016-06-12");
    expect(sectionYear.apply({ d, sectionYear: null })).toBeNull();
  });

  it("leaves a phrase told from the article's day as it was", () => {
    const [d] = findDates("talks last June", 0, "2025-03-01");
    expect(sectionYear.apply({ d, sectionYear: 2016 })).toBeNull();
  });

  it("dates each entry of a chronology by its year heading, not the article's year", () => {
    expect(dated(chronology("- June 12: Joko Widodo visits Beijing and holds talks with Xi Jinping."), "2025-03-01")).toEqual([
      "2016-06-12 in-person joko-widodo+xi-jinping",
      "2019-10-03 in-person joko-widodo+xi-jinping",
    ]);
  });

  it("a year heading with its section's title dates the section's entries too", () => {
    const body = "How the two leaders' meetings have tracked the relationship.\n\n2016: THE FIRST VISITS\n\nOn 12 June, Joko Widodo visited Beijing and held talks with Xi Jinping.\n\n2019: BOGOR\n\nOn 3 October, Xi Jinping and Joko Widodo met in Bogor for talks on trade.";
    expect(dated(body, "2025-03-01")).toEqual(["2016-06-12 in-person joko-widodo+xi-jinping", "2019-10-03 in-person joko-widodo+xi-jinping"]);
  });

  it("a year in the body, not alone on its line, heads nothing", () => {
    const body = "How the two leaders' meetings have tracked the relationship since 2014.\n\nOn June 12 Joko Widodo visited Beijing and held talks with Xi Jinping.\n\nOn October 3 Xi Jinping and Joko Widodo met in Bogor for talks on trade.";
    expect(dated(body, "2019-11-01")).toEqual(["2019-06-12 in-person joko-widodo+xi-jinping", "2019-10-03 in-person joko-widodo+xi-jinping"]);
  });
});

describe("indefinite-weekday: a weekday after 'on a' or 'every' is no day of the story's week", () => {
  it("vetoes 'on a Friday' and 'every Monday', not 'Friday', 'last Friday' or a sentence's 'A Friday of …'", () => {
    const text = "Trudeau arrived in Ottawa on a Friday and met Modi.";
    const [d] = findDates(text, 0, "2018-11-20");
    expect(indefiniteWeekday.veto({ d, refs: [], before: "arrived on a " })).toContain("a Friday");
    expect(indefiniteWeekday.veto({ d, refs: [], before: "meets him every " })).toContain("every Friday");
    expect(indefiniteWeekday.veto({ d, refs: [], before: "Ottawa on " })).toBeNull();
    expect(indefiniteWeekday.veto({ d, refs: [], before: "in Ottawa last " })).toBeNull();
    // "A Sunday of telephone diplomacy" opening an entry under its day's heading is that day.
    expect(indefiniteWeekday.veto({ d, refs: [], before: "A " })).toBeNull();
  });

  it("dates no contact told 'on a Friday' to the Friday before the story, and still dates one 'on Friday'", () => {
    expect(dated("Justin Trudeau arrived in Goa on a Friday and met Narendra Modi there.")).toEqual([]);
    expect(dated("Justin Trudeau arrived in Goa on Friday and met Narendra Modi there.")).toEqual(["2018-11-16 in-person justin-trudeau+narendra-modi"]);
  });
});
