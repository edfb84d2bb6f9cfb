import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { findDates } from "../dates";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions } from ".";
import { dateInAName } from "./dating";

const index = new LeaderIndex(loadCatalogue());
function dated(body: string, published = "2018-11-20") {
  const a = parseArticle("d.txt", `---\npublished: ${published}\n---\nA headline for the test\n\n${body}\n`);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value ?? "undated"} ${m.type} ${[...m.participants].sort().join("+")}`);
}

describe("date-in-a-name: a month's name inside a leader's name is no date", () => {
  it("vetoes the month inside the name, not one beside it", () => {
    const inName = "Trudeau met the British prime minister, Theresa May, at Downing Street.";
    const [d] = findDates(inName, 0, "2018-11-20");
    expect(dateInAName.veto({ d, refs: index.find(inName, 0, "2018-11-20") })).toContain("Theresa May");
    const beside = "Trudeau met Theresa May in Ottawa in May.";
    const [month] = findDates(beside, 0, "2018-11-20");
    expect(month.start).toBeGreaterThan(30);
    expect(dateInAName.veto({ d: month, refs: index.find(beside, 0, "2018-11-20") })).toBeNull();
  });

  it("a meeting with Theresa May is not dated to the month of May", () => {
    expect(dated("Justin Trudeau met the British prime minister, Theresa May, at Downing Street for talks on trade.")).toEqual([]);
    expect(dated("Justin Trudeau met the British prime minister, Theresa May, at Downing Street on 14 November for talks on trade.")).toEqual(["2018-11-14 in-person justin-trudeau+theresa-may"]);
  });

  it("a month told beside the name still dates the contact", () => {
    expect(dated("Justin Trudeau met Theresa May in Ottawa in May for talks on trade.")).toEqual(["2018-05 in-person justin-trudeau+theresa-may"]);
  });
});
