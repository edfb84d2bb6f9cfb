import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions } from ".";
import { HEADINGS } from "./config";
import { aheadHeading, clockHeading, datelineHeading, dayHeading, dayTitleHeading, headingsOf, titleDayHeading, yearHeading } from "./sections";

const index = new LeaderIndex(loadCatalogue());
const page = (body: string, published = "2024-03-08") => parseArticle("s.txt", `---\npublished: ${published}\n---\nA headline for the test\n\n${body}\n`);
function dated(body: string, published = "2024-03-08") {
  const a = page(body, published);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value ?? "undated"} ${m.type} ${[...m.participants].sort().join("+")}`);
}

describe("section headings", () => {
  it("day-heading: a line that is a day, with at most a weekday and an hour", () => {
    const ref = "2024-03-08";
    expect(dayHeading.apply({ line: "Tuesday, 5 March", start: 0, ref })?.day?.date?.value).toBe("2024-03-05");
    expect(dayHeading.apply({ line: "Wed 6 Mar 2024 09:40 GMT", start: 0, ref })?.day?.date?.value).toBe("2024-03-06");
    expect(dayHeading.apply({ line: "Updated: 6 March 2024", start: 0, ref })).toBeNull();
    expect(dayHeading.apply({ line: "Talks resume on 6 March", start: 0, ref })).toBeNull();
  });

  it("day-heading: a weekday and a day and month in figures, ordered and dated by the weekday", () => {
    const ref = "2024-03-08";
    expect(dayHeading.apply({ line: "TUE 5/3", start: 0, ref })?.day?.date?.value).toBe("2024-03-05");
    expect(dayHeading.apply({ line: "Mon 26/2", start: 0, ref })?.day?.date?.value).toBe("2024-02-26");
    // The weekday agrees with no reading up to the page's day and a year before it; no page date to judge by.
    expect(dayHeading.apply({ line: "SAT 5/3", start: 0, ref })).toBeNull();
    expect(dayHeading.apply({ line: "TUE 5/3", start: 0, ref: null })).toBeNull();
    // Figures with no weekday, or a weekday in a sentence: no heading.
    expect(dayHeading.apply({ line: "5/3", start: 0, ref })).toBeNull();
    expect(dayHeading.apply({ line: "Talks on Tue 5/3 in Goa", start: 0, ref })).toBeNull();
  });

  it("day-title-heading: a day opening its line, a mark, then the item's title", () => {
    const ref = "2024-03-08";
    const joined = true;
    expect(dayTitleHeading.apply({ line: "► TUE 5 MAR — ALBANESE IN JAKARTA", start: 0, ref, joined })?.day?.date?.value).toBe("2024-03-05");
    expect(dayTitleHeading.apply({ line: "March 4, 2024 · Statements and Releases", start: 0, ref, joined })?.day?.date?.value).toBe("2024-03-04");
    expect(dayTitleHeading.apply({ line: "Wednesday, 6 March: Nairobi", start: 0, ref, joined })?.day?.date?.value).toBe("2024-03-06");
    // Prose, a sentence after the mark, a date that does not open the line: no heading.
    for (const line of ["5 March talks in Jakarta", "5 March — the two leaders met in Jakarta.", "Updated: 6 March 2024", "By Ana Ruiz · 6 March 2024"]) expect(dayTitleHeading.apply({ line, start: 0, ref, joined }), line).toBeNull();
    // Set apart from what follows by a blank line: a related story's link, not an item's head.
    expect(dayTitleHeading.apply({ line: "March 4, 2024 · Statements and Releases", start: 0, ref, joined: false })).toBeNull();
  });

  it("day-heading on a page with no date of its own: the one year the page writes that the weekday and day fit", () => {
    const heading = (line: string, years: number[]) => dayHeading.apply({ line, start: 0, ref: null, years: () => years })?.day?.date?.value ?? null;
    expect(heading("SATURDAY 9 MARCH", [2021, 2024])).toBe("2024-03-09");
    // Two written years fit (9 March was a Saturday in both), or none does, or no weekday is told: no day.
    expect(heading("SATURDAY 9 MARCH", [2019, 2024])).toBeNull();
    expect(heading("SATURDAY 9 MARCH", [2021, 2023])).toBeNull();
    expect(heading("9 MARCH", [2024])).toBeNull();
    expect(heading("SATURDAY 9 MARCH", [])).toBeNull();
  });

  it("a bare page's day headings date its sections by the year it writes in its breadcrumb", () => {
    const body = "Home > Summit in Goa 2024 > Politics\n\nThe summit closed yesterday; the substance was in the meetings between the leaders.\n\nSATURDAY 9 MARCH\n\n- Around midday, Narendra Modi receives Anthony Albanese for a lunch on the terrace.\n\nSUNDAY 10 MARCH\n\n- Modi meets Fumio Kishida in the morning. The two had dinner on Thursday.";
    const a = parseArticle("bare.txt", `Days in Goa\n\n${body}\n`);
    expect(a.published).toBeNull();
    const found = findMentions(a, index, articleContext(a, index, null)).dated.map((m) => `${m.date?.value ?? "undated"} ${m.type} ${[...m.participants].sort().join("+")}`);
    expect(found).toContain("2024-03-09 in-person anthony-albanese+narendra-modi");
    expect(found).toContain("2024-03-10 in-person fumio-kishida+narendra-modi");
    // A weekday under the heading is told from the heading's day.
    expect(found).toContain("2024-03-07 in-person fumio-kishida+narendra-modi");
  });

  it("dateline-heading: an agency's dateline on a line of its own", () => {
    const ref = "2024-03-08";
    expect(datelineHeading.apply({ line: "Nairobi, 05 March 2024, KNA", start: 0, ref })?.day?.date?.value).toBe("2024-03-05");
    expect(datelineHeading.apply({ line: "Abu Dhabi, 4th March, 2024 (WAM) --", start: 0, ref })?.day?.date?.value).toBe("2024-03-04");
    expect(datelineHeading.apply({ line: "Jeddah, Monday 23 Sha'ban 1445 AH corresponding to 04 March 2024, SPA", start: 0, ref })?.day?.date?.value).toBe("2024-03-04");
    // No agency, a weekday alone, words of prose: no dateline.
    for (const line of ["Nairobi, 05 March 2024", "Nairobi, Tuesday, KNA", "Talks in Nairobi, 05 March 2024, KNA"]) expect(datelineHeading.apply({ line, start: 0, ref }), line).toBeNull();
  });

  it("clock-heading: an hour alone on its line, with its zone", () => {
    for (const line of ["14:45", "20:31 GMT", "10.14 MYT", "9:05 a.m. ET"]) expect(clockHeading.apply({ line, start: 0, ref: null }), line).not.toBeNull();
    for (const line of ["14:45 The talks begin", "Score 2:1", "March 2024"]) expect(clockHeading.apply({ line, start: 0, ref: null }), line).toBeNull();
  });

  it("year-heading: a year alone on its line", () => {
    expect(yearHeading.apply({ line: "2016", start: 0, ref: null })?.year).toBe(2016);
    expect(yearHeading.apply({ line: "2016:", start: 0, ref: null })?.year).toBe(2016);
    for (const line of ["In 2016", "2016 summit", "12016", "14:45", "2019–2024: the war years", "2016: 14 meetings."]) expect(yearHeading.apply({ line, start: 0, ref: null }), line).toBeNull();
  });

  it("year-heading: a year set before its section's title", () => {
    expect(yearHeading.apply({ line: "2021: BRASÍLIA AND MADRID", start: 0, ref: null })?.year).toBe(2021);
    expect(yearHeading.apply({ line: "2019 — The thaw", start: 0, ref: null })?.year).toBe(2019);
  });

  it("title-day-heading: a readout's title, a colon or a dash, then its day in full", () => {
    const ref = "2024-03-08";
    expect(titleDayHeading.apply({ line: "PM meeting with President Lula of Brazil: 5 March 2024", start: 0, ref })?.day?.date?.value).toBe("2024-03-05");
    expect(titleDayHeading.apply({ line: "Call with Prime Minister Modi – 4 March 2024", start: 0, ref })?.day?.date?.value).toBe("2024-03-04");
    // No year of its own, the day not ending the line, or a sentence before it: prose, not a heading.
    for (const line of ["PM meeting with President Lula: 5 March", "Talks on 5 March 2024 with Lula", "Lula met Modi. Then: 5 March 2024", "the two met on: 5 March 2024"]) expect(titleDayHeading.apply({ line, start: 0, ref }), line).toBeNull();
  });

  it("title-day-heading: one-line paragraphs titling readouts date their 'this morning'", () => {
    const body = [
      "The Prime Minister welcomed leaders from across the world to London this week.",
      "PM meeting with President Lula of Brazil: 5 March 2024",
      "The Prime Minister welcomed President Lula to Downing Street this morning.",
      "PM meeting with Prime Minister Modi of India: 6 March 2024",
      "The Prime Minister met Prime Minister Narendra Modi in Downing Street this afternoon.",
    ].join("\n\n");
    const a = parseArticle("s.txt", `---\npublished: 2024-03-08\npublisher: Prime Minister's Office, 10 Downing Street\n---\nThe Prime Minister's meetings this week\n\n${body}\n`);
    const got = findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => m.date?.value);
    expect(got).toContain("2024-03-05");
    expect(got).not.toContain("2024-03-08");
    // A one-line paragraph alone is no section: a page needs two headings.
    expect(dated("PM meeting with Prime Minister Lula of Brazil: 5 March 2024\n\nNarendra Modi welcomed Lula to Goa this morning.")).toEqual(["2024-03-08 in-person luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("a page is cut into sections only when two paragraphs or more have a heading over them", () => {
    const one = page("09:30\nThe prime minister landed in the capital this morning and went straight to the palace.\n\nThe two leaders talked about trade, ports and a new rail link.");
    expect(headingsOf(HEADINGS, one, one.published)).toEqual([]);
    const two = page("09:30\nThe prime minister landed in the capital this morning and went straight to the palace.\n\n11:15\nThe two leaders talked about trade, ports and a new rail link for the region.");
    expect(headingsOf(HEADINGS, two, two.published).map((h) => h.text)).toEqual(["09:30", "11:15"]);
  });
});

describe("a chronology's year heading over its days and table rows", () => {
  it("dates a day heading of no year by the year heading above it, not by the page's year", () => {
    const text = "2021\n\n14 May\nTrudeau and Modi spoke by phone about fertiliser.\n\n2 October\nModi met Trudeau in Goa.\n\n2023\n\n20 January\nTrudeau hosted Modi in Ottawa.";
    expect(dated(text)).toEqual(["2021-05-14 phone justin-trudeau+narendra-modi", "2021-10-02 in-person justin-trudeau+narendra-modi", "2023-01-20 in-person justin-trudeau+narendra-modi"]);
  });

  it("leaves a day heading that states its year, and one under no year heading", () => {
    expect(dated("2021\n\n14 May 2022\nTrudeau and Modi spoke by phone about fertiliser.\n\n2 October 2022\nModi met Trudeau in Goa.")).toEqual([
      "2022-05-14 phone justin-trudeau+narendra-modi",
      "2022-10-02 in-person justin-trudeau+narendra-modi",
    ]);
    expect(dated("14 February\nTrudeau and Modi spoke by phone about fertiliser.\n\n2 March\nModi met Trudeau in Goa.")).toEqual([
      "2024-02-14 phone justin-trudeau+narendra-modi",
      "2024-03-02 in-person justin-trudeau+narendra-modi",
    ]);
  });

  it("gives a table's rows the year heading above the table, past its row of column names", () => {
    const table = (rows: string[]) => `<table>\n<tr><th>Date</th><th>Place</th><th>Exchange</th></tr>\n${rows.map((r) => `<tr>${r}</tr>`).join("\n")}\n</table>`;
    const html = `<html><body><h1>Canada and India: exchanges</h1><p>The main exchanges between the two leaders, year by year, are listed below.</p>
<h3>2023</h3>
${table(["<td>12 March</td><td>Goa</td><td>Talks between Prime Minister Trudeau and Prime Minister Modi</td>", "<td>5 June</td><td>—</td><td>Telephone conversation between Modi and Trudeau</td>"])}
<h3>2024</h3>
${table(["<td>20 September</td><td>Ottawa</td><td>Modi meets Trudeau on Parliament Hill</td>"])}
</body></html>`;
    const a = parseArticle("t.html", html, { published: "2025-02-01" });
    expect(findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value} ${m.type}`)).toEqual(["2023-03-12 in-person", "2023-06-05 phone", "2024-09-20 in-person"]);
  });
});

describe("section-day: a contact with no date of its own in a headed section", () => {
  it("a live entry's contact is of the publication day", () => {
    expect(
      dated(
        "Live coverage of the summit day.\n\n18:20 GMT\nLula and Gustavo Petro have wrapped up their talks at the presidential palace after two hours.\n\n16:05 GMT\nDelegations are arriving at the palace for the afternoon programme of the summit.",
      ),
    ).toEqual(["2024-03-08 in-person gustavo-petro+luiz-inacio-lula-da-silva"]);
  });

  it("a digest's contact is of the day heading its section, and an hour under a day is that day's", () => {
    expect(
      dated(
        "A summary of the president's week in diplomacy and his meetings with other leaders.\n\nMonday, 4 March\nLula held a telephone conversation with Gustavo Petro about the border.\n\nWednesday, 6 March\n10:30\nLula received Javier Milei at the Planalto Palace for talks on trade.",
      ),
    ).toEqual(["2024-03-04 phone gustavo-petro+luiz-inacio-lula-da-silva", "2024-03-06 in-person javier-milei+luiz-inacio-lula-da-silva"]);
  });

  it("background told in the pluperfect, and contacts still to come, take no section day", () => {
    const body = "Live coverage of the summit day.\n\n18:20 GMT\nLula and Gustavo Petro had already met at the palace to prepare the summit agenda.\n\n16:05 GMT\nLula will meet Javier Milei at the palace later in the afternoon, his office says.";
    expect(dated(body)).toEqual([]);
  });

  it("a page with a single heading is not sectioned: an undated contact stays undated", () => {
    expect(dated("Notes from the capital on a busy diplomatic week for the region.\n\n18:20 GMT\nLula and Gustavo Petro have held talks at the palace on the border and trade.")).toEqual([]);
  });
});

describe("ahead-heading and ahead-section: a section of what is still to come", () => {
  it("ahead-heading: a line that only heads plans, with its marks", () => {
    for (const line of ["COMING UP", "The week ahead", "Looking ahead:", "► LOOKING AHEAD", "**What's next**", "What to watch for", "Next week"]) expect(aheadHeading.apply({ line, start: 0, ref: null })?.ahead, line).toBe(true);
    // Prose that looks ahead is no heading.
    for (const line of ["Coming up next week, Lula meets Petro.", "The week ahead looks busy for Lula", "Ahead of the summit", "Upcoming talks in Lima"]) expect(aheadHeading.apply({ line, start: 0, ref: null }), line).toBeNull();
  });

  it("a digest's contacts under 'COMING UP' are plans, and take no day of the section before", () => {
    const body =
      "The week in diplomacy, day by day.\n\nMONDAY\nLula held a telephone conversation with Gustavo Petro about the border.\n\nTHURSDAY\nLula received Javier Milei at the Planalto Palace for talks on trade.\n\nCOMING UP\n• Lula's state visit to Colombia starts Tuesday, with a summit with Gustavo Petro on Thursday.\n• Cyril Ramaphosa is due in Brasília for dinner with Lula.";
    expect(dated(body)).toEqual(["2024-03-04 phone gustavo-petro+luiz-inacio-lula-da-silva", "2024-03-07 in-person javier-milei+luiz-inacio-lula-da-silva"]);
  });

  it("a single heading of plans sets its section apart, and a later heading ends it", () => {
    const alone = "Lula met Gustavo Petro in Bogotá on Tuesday for talks on the Amazon.\n\nLooking ahead\nLula holds a summit with Javier Milei in Buenos Aires on Thursday.";
    expect(dated(alone)).toEqual(["2024-03-05 in-person gustavo-petro+luiz-inacio-lula-da-silva"]);
    const a = page(alone);
    expect(headingsOf(HEADINGS, a, a.published).map((h) => h.text)).toEqual(["Looking ahead"]);
    const ended =
      "Notes on the president's fortnight.\n\nThe week ahead\nA summit with Javier Milei in Buenos Aires is pencilled in.\n\nWEDNESDAY, 6 MARCH\nLula held talks with Javier Milei at the Planalto Palace on trade.";
    expect(dated(ended)).toEqual(["2024-03-06 in-person javier-milei+luiz-inacio-lula-da-silva"]);
  });

  it("a lone heading of plans ends at the next line that looks like a heading, even one stating no day", () => {
    const body =
      "COMING UP\n• The senate in Lima votes on the budget on Friday.\n\nIN CASE YOU MISSED IT\nLula met Gustavo Petro in Bogotá on Monday, their first talks in a year.";
    expect(dated(body)).toEqual(["2024-03-04 in-person gustavo-petro+luiz-inacio-lula-da-silva"]);
    // A sentence on a line of its own is no heading: the plans go on under it.
    const prose = "COMING UP\nThe senate in Lima votes on the budget.\n\nLula meets Gustavo Petro in Bogotá on Friday, aides said.";
    expect(dated(prose)).toEqual([]);
  });

  it("a contact told as done is no plan, even under a heading of plans that never ends", () => {
    // A heading-like line above a plain report: the report's past contacts stand.
    const report = "Looking ahead\n\nLula said on Wednesday that Brazil wanted stable ties with Colombia.\n\nHe met Gustavo Petro in Bogotá on Monday, and the two leaders agreed to reopen the border.";
    expect(dated(report)).toEqual(["2024-03-04 in-person gustavo-petro+luiz-inacio-lula-da-silva"]);
    const held = "COMING UP\nLula held talks with Gustavo Petro in Bogotá on Monday.";
    expect(dated(held)).toEqual(["2024-03-04 in-person gustavo-petro+luiz-inacio-lula-da-silva"]);
    // Told in the present or as a plan, it is still one.
    const plan = "COMING UP\nLula holds talks with Gustavo Petro in Bogotá on Monday.\n\nLula has a call with Javier Milei on Friday.";
    expect(dated(plan)).toEqual([]);
  });
});

describe("items headed by a dateline or by a day and a title", () => {
  it("dates each dispatch's 'today' by its own dateline, not by the page's day", () => {
    const body =
      "Latest dispatches\n\nPretoria, 07 March 2024, SAPA\nPresident Cyril Ramaphosa received a phone call today from President Bola Tinubu of Nigeria on regional trade.\n\nPretoria, 04 March 2024, SAPA\nPresident Cyril Ramaphosa met Prime Minister Abiy Ahmed of Ethiopia today at the Union Buildings in Pretoria.";
    expect(dated(body)).toEqual(["2024-03-07 phone bola-tinubu+cyril-ramaphosa", "2024-03-04 in-person abiy-ahmed+cyril-ramaphosa"]);
  });

  it("dates a newsletter item's undated contact by the day before its title", () => {
    const body =
      "Items below are arranged by date, from the start of the fortnight.\n\n► MON 4 MAR — LULA IN BUENOS AIRES\nLula held talks with Javier Milei at the Casa Rosada on trade and the border.\n\n► WED 6 MAR — BOGOTÁ\nGustavo Petro received Lula at the Casa de Nariño for talks on the Amazon.";
    expect(dated(body)).toEqual(["2024-03-04 in-person javier-milei+luiz-inacio-lula-da-silva", "2024-03-06 in-person gustavo-petro+luiz-inacio-lula-da-silva"]);
  });

  it("leaves a weekday told from the article's day when dated related-story lines stand between paragraphs", () => {
    const body =
      "Lula met Cyril Ramaphosa in Pretoria on Thursday for talks on trade.\n\n4 March 2024 · Lula and Petro discuss the border\n\nOn Wednesday Lula spoke by phone with Javier Milei about the Mercosur deal.\n\n1 March 2024 · Milei unveils his budget plan\n\nLula also received Gustavo Petro at the Planalto Palace in Brasília on Tuesday.";
    expect(dated(body, "2024-03-15")).toEqual([
      "2024-03-14 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva",
      "2024-03-13 phone javier-milei+luiz-inacio-lula-da-silva",
      "2024-03-12 in-person gustavo-petro+luiz-inacio-lula-da-silva",
    ]);
  });

  it("dates a press office's item by the day and section line right above it", () => {
    const body =
      "Readouts from the president's office, newest first.\n\nMarch 6, 2024 · Statements and Releases\nPresident Lula held a telephone call today with President Gustavo Petro on the border.\n\nMarch 4, 2024 · Statements and Releases\nPresident Lula received President Javier Milei today at the Planalto Palace.";
    expect(dated(body, "2024-03-15")).toEqual(["2024-03-06 phone gustavo-petro+luiz-inacio-lula-da-silva", "2024-03-04 in-person javier-milei+luiz-inacio-lula-da-silva"]);
  });

  it("gives a later step's weekday in a day's section to that step: the contact keeps the section's day", () => {
    const body =
      "A day-by-day account of the president's tour.\n\nMonday, 4 March\nLula landed in Buenos Aires in the morning and visited a factory.\n\nWednesday, 6 March\nLula met Gustavo Petro at the Casa de Nariño in Bogotá, his last stop before flying home on Thursday.";
    expect(dated(body)).toEqual(["2024-03-06 in-person gustavo-petro+luiz-inacio-lula-da-silva"]);
    expect(dated(body.replace("flying home on Thursday", "he flew there on Saturday"))).toEqual(["2024-03-06 in-person gustavo-petro+luiz-inacio-lula-da-silva"]);
    // Told from the article's day, the same weekday can only be one already past.
    expect(dated("Lula met Gustavo Petro at the Casa de Nariño, his last stop before flying home on Thursday.")).toEqual(["2024-03-07 in-person gustavo-petro+luiz-inacio-lula-da-silva"]);
  });

  it("reads a weekday told as past in a day's section as the last such day up to the section's", () => {
    const body =
      "A day-by-day account of the president's tour.\n\nMonday, 4 March\nLula landed in Buenos Aires in the morning and visited a factory.\n\nFriday, 8 March\nLula held talks with Gustavo Petro at the Casa de Nariño in Bogotá; the two had already spoken by phone on Monday about the border.";
    expect(dated(body, "2024-03-15")).toContain("2024-03-04 phone gustavo-petro+luiz-inacio-lula-da-silva");
    expect(dated(body, "2024-03-15").join(" ")).not.toContain("2024-03-11");
  });
});

describe("entries of a page of dated notes", () => {
  const notes = (first: string, second: string) =>
    `Notes of the president's office on the week's diplomacy and contacts with other leaders.\n\n${first}\nThe President receives the President of Argentina\nLula received Javier Milei at the Planalto Palace today for talks on trade.\n\n${second}\nThe President speaks with the President of Colombia\nLula had a telephone conversation today with Gustavo Petro about the border.`;

  it("tells an entry's 'today' from the day over its title, not from the page's date", () => {
    expect(dated(notes("Friday, 8 March 2024", "Monday, 4 March 2024"))).toEqual([
      "2024-03-08 in-person javier-milei+luiz-inacio-lula-da-silva",
      "2024-03-04 phone gustavo-petro+luiz-inacio-lula-da-silva",
    ]);
  });

  it("reads the day of a note written in the site's language", () => {
    expect(dated(notes("Venerdì, 8 Marzo 2024", "Lunedì, 4 Marzo 2024"))).toEqual([
      "2024-03-08 in-person javier-milei+luiz-inacio-lula-da-silva",
      "2024-03-04 phone gustavo-petro+luiz-inacio-lula-da-silva",
    ]);
  });

  it("keeps the page's date when a single day line stands over the headline and the lead: a byline, not notes", () => {
    const single = "Monday, 4 March 2024\nThe President speaks with the President of Colombia\nLula had a telephone conversation today with Gustavo Petro about the border.";
    expect(dated(single)).toEqual(["2024-03-08 phone gustavo-petro+luiz-inacio-lula-da-silva"]);
  });

  it("gives no section day to a contact told as the most recent or previous one", () => {
    const body = notes("Friday, 8 March 2024", "Monday, 4 March 2024").replace(
      "Lula had a telephone conversation today with Gustavo Petro about the border.",
      "Lula's most recent meeting with Gustavo Petro took place in Bogotá, on the border.",
    );
    expect(dated(body)).toEqual(["2024-03-08 in-person javier-milei+luiz-inacio-lula-da-silva"]);
  });
});
