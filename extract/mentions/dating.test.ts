import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { findDates } from "../dates";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions } from ".";
import { dateInAName, indefiniteWeekday, pageStatedYear, sectionYear } from "./dating";

const index = new LeaderIndex(loadCatalogue());
function dated(body: string, published = "2018-11-20") {
  const a = parseArticle("d.txt", `---\npublished: ${published}\n---\nA headline for the test\n\n${body}\n`);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value ?? "undated"} ${m.type} ${[...m.participants].sort().join("+")}`);
}
/** The same, for a page with no date of its own: no front matter, no date in its text beyond the body's. */
function datedBare(body: string) {
  const a = parseArticle("bare.txt", `A headline for the test\n\n${body}\n`);
  expect(a.published).toBeNull();
  return findMentions(a, index, articleContext(a, index, null)).dated.map((m) => `${m.date?.value ?? "undated"} ${m.type} ${[...m.participants].sort().join("+")}`);
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

describe("section-year on a page with no date of its own", () => {
  it("gives a day that has only its month and day the heading's year", () => {
    const [d] = findDates("On 12 June, talks", 0, null);
    expect(d.date).toBeNull();
    expect(sectionYear.apply({ d, sectionYear: 2016 })).toEqual({ value: "2016-06-12", precision: "day" });
  });

  it("dates a chronology's entries on a bare page", () => {
    const body = "How the two leaders' meetings have tracked the relationship.\n\n2016: THE FIRST VISITS\n\nOn 12 June, Joko Widodo visited Beijing and held talks with Xi Jinping.\n\n2019: BOGOR\n\nOn 3 October, Xi Jinping and Joko Widodo met in Bogor for talks on trade.";
    expect(datedBare(body)).toEqual(["2016-06-12 in-person joko-widodo+xi-jinping", "2019-10-03 in-person joko-widodo+xi-jinping"]);
  });
});

describe("page-stated-year: on a page with no date of its own, a day goes on in the year the page stated last", () => {
  const day = (phrase: string) => findDates(phrase, 0, null)[0];
  const stated = (between: string, month = 8, stepped = false) => ({ year: 2023, month, between, stepped });

  it("reads a later day of the stated month in the stated year", () => {
    expect(pageStatedYear.apply({ d: day("On August 22, talks"), sectionYear: null, stated: stated(", the leaders attended the summit.\n\n") })).toEqual({ value: "2023-08-22", precision: "day" });
  });

  it("a later month only in the same paragraph, or when the sentence steps on", () => {
    expect(pageStatedYear.apply({ d: day("on 14 October, talks"), sectionYear: null, stated: stated(" the summit was held, and ") })?.value).toBe("2023-10-14");
    expect(pageStatedYear.apply({ d: day("on 14 October, talks"), sectionYear: null, stated: stated(" the summit was held.\n\nAnalysts said ") })).toBeNull();
    expect(pageStatedYear.apply({ d: day("on 14 October, talks"), sectionYear: null, stated: stated(" the summit was held.\n\n", 9, true) })?.value).toBe("2023-10-14");
  });

  it("never an earlier month, nor past another year or a word of the present", () => {
    expect(pageStatedYear.apply({ d: day("on 3 February, talks"), sectionYear: null, stated: stated(" and ") })).toBeNull();
    expect(pageStatedYear.apply({ d: day("On August 22, talks"), sectionYear: null, stated: stated(" the summit, the first since 2019, ") })).toBeNull();
    expect(pageStatedYear.apply({ d: day("On August 22, talks"), sectionYear: null, stated: stated(" the summit. The two have now ") })).toBeNull();
  });

  it("leaves a day that has its year, and a page with a date of its own, to the other rules", () => {
    expect(pageStatedYear.apply({ d: day("On August 22, 2021, talks"), sectionYear: null, stated: stated(" and ") })).toBeNull();
    expect(pageStatedYear.apply({ d: day("On August 22, talks"), sectionYear: null, stated: null })).toBeNull();
  });

  it("dates the days of a briefing that stated its trip's dates once", () => {
    const body = "From August 21 to 24, 2023, Luiz Inácio Lula da Silva attended the summit in Nairobi and paid a state visit to Kenya.\n\nThe minister said the trip was intensive and fruitful.\n\nOn August 22, Lula held talks with William Ruto and with Cyril Ramaphosa at the State House.";
    expect(datedBare(body)).toContain("2023-08-22 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva");
  });

  it("a look back to an earlier year does not date the page's own news paragraphs on", () => {
    const body = "The last time the two leaders met was in July 2019, when Lula visited Modi in Goa.\n\nAnalysts said the talks came a week after Modi was received by Abdel Fattah el-Sisi in Cairo on September 17.";
    expect(datedBare(body).filter((e) => e.includes("abdel-fattah-el-sisi"))).toEqual(["undated in-person abdel-fattah-el-sisi+narendra-modi"]);
  });

  it("not the year of a look back ('first met in March 2023'), nor into a sentence that counts from a later event ('the first time since')", () => {
    expect(pageStatedYear.apply({ d: day("On March 28, talks"), sectionYear: null, stated: { ...stated(" at a cricket match in Goa. ", 3), background: true } })).toBeNull();
    expect(datedBare("Anthony Albanese and Narendra Modi first met in March 2023 at a cricket match in Goa. On March 28 they spoke by phone for the first time since Modi's re-election, officials said.").filter((e) => e.includes("phone"))).toEqual(["undated phone anthony-albanese+narendra-modi"]);
    expect(datedBare("Anthony Albanese and Narendra Modi last met in March 2023 at a cricket match in Goa. On March 28 they spoke by phone, officials said.").filter((e) => e.includes("phone"))).toEqual(["undated phone anthony-albanese+narendra-modi"]);
    // Told as the page's own news, the stated month still dates the day after it.
    expect(datedBare("Anthony Albanese toured Goa in March 2023 with a trade delegation. On March 28 he spoke by phone with Narendra Modi, officials said.")).toEqual(["2023-03-28 phone anthony-albanese+narendra-modi"]);
  });

  it("a weekday told with the day must fall on it in that year", () => {
    const told = (weekday: string) => `In August 2023 Lula toured the region and held talks in Nairobi.\n\nOn ${weekday} 22 August, Lula held talks with Cyril Ramaphosa in Pretoria.`;
    expect(datedBare(told("Tuesday"))).toContain("2023-08-22 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva");
    expect(datedBare(told("Friday")).filter((e) => e.includes("cyril-ramaphosa"))).toEqual(["undated in-person cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
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
