import { describe, expect, it, onTestFinished, vi } from "vitest";
import { ArticleError, FURNITURE_DATES, furnitureDate, isFlash, isProse, isShortSentence, maskHtml, parseArticle, parseFrontMatter } from "./article";

const body = (a: ReturnType<typeof parseArticle>) => a.paragraphs.map((p) => a.text.slice(p.start, p.end));

describe("article", () => {
  it("reads front matter and keeps offsets into the file as read", () => {
    const text = "---\ntitle: Talks in Minsk\npublisher: Agency\npublished: 2019-06-20\n---\nThe two presidents met in Minsk on Thursday to discuss integration and gas prices.\n";
    const a = parseArticle("a.txt", text);
    expect(a).toMatchObject({ title: "Talks in Minsk", publisher: "Agency", published: "2019-06-20", publishedSource: "metadata" });
    expect(body(a)).toEqual(["The two presidents met in Minsk on Thursday to discuss integration and gas prices."]);
  });

  it("keeps a contact named as an entry's heading in the body, but not a list of them or a link", () => {
    const text = "The President's week of contacts, compiled by the press office for the record.\n\n12 June, Monday\nTelephone conversation with Prime Minister of India Narendra Modi\n\nThe two leaders reviewed the preparations for the summit.\n";
    expect(body(parseArticle("a.txt", text))).toEqual(["The President's week of contacts, compiled by the press office for the record.", "Telephone conversation with Prime Minister of India Narendra Modi", "The two leaders reviewed the preparations for the summit."]);
    const lists = "The President's week of contacts, compiled by the press office for the record.\n\nMeeting with Federal Chancellor Olaf Scholz\nTelephone conversation with President Joe Biden\n\n<li><a href=\"/x\">Meeting with Prime Minister Narendra Modi</a></li>\n";
    expect(body(parseArticle("b.html", lists))).toEqual(["The President's week of contacts, compiled by the press office for the record."]);
  });

  it("rejects malformed front matter with a reason", () => {
    expect(() => parseFrontMatter("---\ntitle: x\n")).toThrow(/never closes/);
    expect(() => parseFrontMatter("---\npublished: last week\n---\n")).toThrow(/YYYY-MM-DD/);
    expect(() => parseFrontMatter("---\njust a line\n---\n")).toThrow(ArticleError);
    expect(() => parseArticle("e.txt", "  \n ")).toThrow(/empty/);
  });

  it("drops share bars, related-post lists and news tickers after the body", () => {
    const text = [
      "World / Europe",
      "Two leaders meet",
      "The two leaders met in Paris on Monday and discussed a long list of regional questions.",
      "They agreed to meet again before the end of the year, officials told reporters afterwards.",
      "SHARE THIS ARTICLE",
      "Recent Posts",
      "Another story about something else entirely that happened in another country today.",
    ].join("\n\n");
    const a = parseArticle("f.txt", text);
    expect(body(a)).toHaveLength(2);
    expect(a.title).toBe("Two leaders meet");

    const ticker = ["Leaders meet again in Rome", "The two presidents met in Rome on Monday and discussed the situation in the region at length.", "Unrelated headline one", "12:00 29.03.2024", "Unrelated headline two", "11:48 29.03.2024", "Unrelated headline three", "11:37 29.03.2024"].join("\n");
    expect(body(parseArticle("t.txt", ticker))).toEqual(["The two presidents met in Rome on Monday and discussed the situation in the region at length."]);
  });

  it("dates an article from a timestamp in its header, not from a ticker below it", () => {
    const text = "Headline about a meeting\n\nWorld 14:36 14.09.2021\n\nThe president received his counterpart in the capital on Monday for talks on trade and security.\n\nNews line\n\nOther story\n12:00 29.03.2024\nOther story\n11:00 29.03.2024\nOther story\n10:00 29.03.2024\n";
    expect(parseArticle("x.txt", text)).toMatchObject({ published: "2021-09-14", publishedSource: "text" });
  });

  it("takes a photo caption's date only when a weekday in the body agrees with it", () => {
    const caption = "Two leaders shake hands in the capital on July 25, 2024. (Photo by Agency)";
    const agree = `Headline here today\n\n${caption}\n\nThe leaders met in the capital on Thursday and held long talks about trade and energy.\n`;
    const disagree = agree.replace("on Thursday", "on Monday");
    expect(parseArticle("c.txt", agree)).toMatchObject({ published: "2024-07-25", publishedSource: "text" });
    expect(parseArticle("c.txt", disagree).published).toBeNull();
  });

  it("reduces HTML to text without moving any offset, and never keeps script", () => {
    const html = '<html><script>alert("x")</script><body><p>The presidents met in Minsk on Monday &amp; talked for three hours about trade.</p></body></html>';
    const masked = maskHtml(html);
    expect(masked).toHaveLength(html.length);
    expect(masked).not.toContain("alert");
    const a = parseArticle("h.html", html);
    const [p] = a.paragraphs;
    expect(html.slice(p.start, p.end)).toBe("The presidents met in Minsk on Monday &amp; talked for three hours about trade.");
  });

  it("dates an article from a labelled line, a wire dateline with a year, or a footer", () => {
    const lead = "The two presidents held talks in the capital on Monday and discussed trade, energy and security at length.";
    expect(parseArticle("p.txt", `Leaders meet in the capital\n\nPublished On 4 Sep 2023\n\n${lead}\n`).published).toBe("2023-09-04");
    expect(parseArticle("d.txt", `Leaders meet in the capital\n\nANKARA, Sept. 4, 2023 (AP) — ${lead}\n`)).toMatchObject({ published: "2023-09-04", publishedSource: "text" });
    expect(parseArticle("f.txt", `Leaders meet in the capital\n\n${lead}\n\nLast updated: 05.09.2023 10:12\n`).published).toBe("2023-09-05");
    // A digest dated by the week it covers was written at the week's end, not its start.
    expect(parseArticle("w.txt", `The Week at the Presidency: 7–13 April 2025\n\n${lead}\n`).published).toBe("2025-04-13");
    expect(parseArticle("r.txt", `Leaders meet in the capital\n\nWeekly summary, 28 April – 4 May 2021\n\n${lead}\n`).published).toBe("2021-05-04");
    // A byline of two reporters, its parts set apart by HTML entities.
    expect(parseArticle("b.html", `<h1>Leaders meet in the capital</h1>\n<p class="byline">By Ana Ruiz and Tom Berg &middot; March 3, 2022 &middot; 6:42 AM UTC</p>\n<p>${lead}</p>\n`).published).toBe("2022-03-03");
    // A list of other stories, each with its date, dates none of them the page: no date rather than another story's.
    const trending = "Trending\nLeaders meet in Rome · 2 March 2021\nMarkets fall · 1 March 2021\n\nLeaders meet in the capital\n\n";
    expect(parseArticle("l.txt", `${trending}${lead}\n`).published).toBeNull();
    expect(parseArticle("m.txt", `${trending}By Ana Ruiz · 4 March 2021\n\n${lead}\n`).published).toBe("2021-03-04");
    // A dateline without a year dates nothing: the year would be a guess.
    expect(parseArticle("n.txt", `Leaders meet in the capital\n\nMOSCOW, September 4. /TASS/. ${lead}\n`).published).toBeNull();
  });

  it("takes the title under a site's name or a menu for the headline", () => {
    const body = "The two presidents held talks in the capital and discussed trade and energy at length.\n";
    const a = parseArticle("s.txt", `Official site of the President of the Republic of Chile\nEsp | Eng   Press › News\n\nPresident Boric held talks with the President of Kenya\n\n${body}`);
    expect(a.title).toBe("President Boric held talks with the President of Kenya");
    // A headline naming a contact wins over a section title above it.
    const b = parseArticle("t.txt", `Latest news from the presidency\n\nReadout of the President's call with the President of Kenya\n\n${body}`);
    expect(b.title).toBe("Readout of the President's call with the President of Kenya");
    // A menu that happens to name a contact is no headline.
    const c = parseArticle("m.txt", `Events   News   Trips   Telephone conversations   Meetings\n\nTelephone conversation with the President of Kenya\n\n${body}`);
    expect(c.title).toBe("Telephone conversation with the President of Kenya");
    // With no line naming a contact, the first headline-like line stays the headline.
    expect(parseArticle("u.txt", `Leaders gather in the capital today\n\nA second line of the header\n\n${body}`).title).toBe("Leaders gather in the capital today");
  });

  it("does not take a date line for the headline", () => {
    const a = parseArticle("k.txt", "September 14, 2023 16:40\n\nTelephone conversation with the President of Egypt\n\nThe two presidents had a telephone conversation and discussed the situation in the region in detail.\n");
    expect(a).toMatchObject({ title: "Telephone conversation with the President of Egypt", published: "2023-09-14" });
  });

  it("gives a year-less wire dateline the one year that fits its weekday between the article's latest date and the day its file was saved", () => {
    const lead = "NAIROBI, Jan 3 (Wire) - The Kenyan president told his Nigerian counterpart in a phone call on Wednesday that Nairobi stood ready to host talks.";
    const background = "The two leaders last met in Abuja in September 2023, when they discussed grain exports at length.";
    const story = `Call between presidents\n\n${lead}\n\n${background}\n`;
    expect(parseArticle("w.txt", story, {}, "2026-11-24")).toMatchObject({ published: "2024-01-03", publishedSource: "text" });
    // Saved in 2030: Jan 3 fell on a Wednesday in 2029 too, and the first of two would be a guess.
    expect(parseArticle("w.txt", story, {}, "2030-02-01").published).toBeNull();
    // Without a dated past to start from, Jan 3 fell on a Wednesday in 2018 and 2024 alike: no guess.
    expect(parseArticle("w.txt", `Call between presidents\n\n${lead}\n`, {}, "2026-11-24").published).toBeNull();
  });

  it("reads a year-less dateline the same whatever day it is read: with no saved day, no year", () => {
    const story = "Call between presidents\n\nNAIROBI, Jan 3 (Wire) - The Kenyan president told his Nigerian counterpart in a phone call on Wednesday that Nairobi stood ready to host talks.\n\nThe two leaders last met in Abuja in September 2023, when they discussed grain exports at length.\n";
    for (const now of ["2024-02-01T12:00:00Z", "2031-02-01T12:00:00Z"]) {
      vi.setSystemTime(new Date(now));
      onTestFinished(() => {
        vi.useRealTimers();
      });
      expect(parseArticle("w.txt", story).published).toBeNull();
      expect(parseArticle("w.txt", story, {}, "2026-11-24").published).toBe("2024-01-03");
    }
  });

  it("ends a year-less dateline's years at the date of the copy the page gives", () => {
    const lead = "LIMA, July 21 - The presidents of Peru and Chile agreed on Tuesday to keep talking about the border water dispute.";
    const background = "Their ministers last met on the matter on 5 July 2020, without a result.";
    // July 21 fell on a Tuesday in 2020 and 2026: a copy printed in 2020 leaves the first.
    const page = (copy: string) => parseArticle("p.txt", `Printed edition\n${copy}\n\nPresidents agree to keep talking\n\n${lead}\n\n${background}\n`, {}, "2026-11-24").published;
    expect(page("Printed from lima-herald.example on 23/07/2020 08:14")).toBe("2020-07-21");
    // A line that only names a day, with no word of a copy, is no bound.
    expect(page("Section: Americas")).toBeNull();
  });

  it("guesses no year for a dateline when two years since the article's latest date fit its weekday", () => {
    // Nov 12 fell on a Tuesday in 2019 and in 2024: the first of them would be a guess.
    const lead = "BEIJING, Nov. 12 (Agency) - The foreign ministers of the two countries met in the capital on Tuesday to prepare a visit.";
    const background = "Their governments last held such talks in Hamburg in July 2017, before trade tensions grew.";
    expect(parseArticle("w.txt", `Ministers meet\n\n${lead}\n\n${background}\n`, {}, "2026-11-24").published).toBeNull();
  });

  it("dates a readout from the date its lead gives its own 'today', not from another date of the lead", () => {
    const today = "Media statement\n\nPresident Cyril Ramaphosa today, Tuesday 22 August 2023, hosted President Lula da Silva of Brazil for talks at the Union Buildings in Pretoria.\n";
    expect(parseArticle("r.txt", today)).toMatchObject({ published: "2023-08-22", publishedSource: "text" });
    const bracketed = "Media statement\n\nThe Prime Minister today (5 March 2024) received the President of Kenya at Hyderabad House for wide-ranging talks.\n";
    expect(parseArticle("r.txt", bracketed).published).toBe("2024-03-05");
    const recalled = "Media statement\n\nPresident Cyril Ramaphosa today recalled his talks with President Lula da Silva of Brazil on 22 August 2023 in Pretoria.\n";
    expect(parseArticle("r.txt", recalled).published).toBeNull();
  });

  it("takes a dateline's year from past dates only, whatever else the paragraph says", () => {
    const text = "Call between presidents\n\nMOSCOW, August 5. /TASS/. The Russian and Iranian presidents discussed the region in a telephone conversation on Monday, the press service said.\n\nThe conversation was initiated by the Iranian side. It was their first contact since the new president took office on July 28, 2024.\n";
    expect(parseArticle("t.txt", text, {}, "2026-11-24").published).toBe("2024-08-05");
  });
});

describe("publication dates in page furniture", () => {
  const lead = "The two presidents met in the capital on Friday for talks on trade, energy and security, officials said.";
  const second = "They agreed to meet again later in the year, according to a statement released after the talks.";
  const dated = (...top: string[]) => parseArticle("p.txt", ["Leaders meet in the capital", ...top, lead, second].join("\n\n"));
  const patternOf = (line: string) => FURNITURE_DATES.find((p) => p.read(line))?.name ?? null;

  it("names one pattern for each kind of furniture", () => {
    expect(patternOf("Published: 04.03.2023 14:05")).toBe("published label");
    expect(patternOf("Posted on March 4, 2023")).toBe("published label");
    expect(patternOf("By Jane Doe | March 4, 2023")).toBe("byline");
    expect(patternOf("Jane Doe, Reuters · 4 min read · Mar 4, 2023 10:12 AM ET")).toBe("byline");
    expect(patternOf("Updated March 5, 2023")).toBe("updated label");
    expect(patternOf("2023-03-04T14:05:00Z")).toBe("iso timestamp");
    expect(patternOf("10.07.2025 [19:06]")).toBe("timestamp line");
    expect(patternOf("Source: Xinhua | 2023-11-16 08:12:31 | Editor: desk")).toBe("byline");
    expect(patternOf("Live updates · Last updated 22 Oct 2024, 22:10 MSK")).toBe("updated label");
    expect(patternOf("Live coverage: Monday 18 August 2025 – all times BST")).toBe("timestamp line");
    expect(patternOf("December 30, 2022 13:00, The Kremlin, Moscow")).toBe("dated strip");
  });

  it("reads each pattern's date", () => {
    expect(furnitureDate(["Published: 04.03.2023 14:05"])).toEqual({ value: "2023-03-04", pattern: "published label" });
    expect(furnitureDate(["Jane Doe, Reuters · 4 min read · Mar 4, 2023 10:12 AM ET"])?.value).toBe("2023-03-04");
    expect(furnitureDate(["2023-03-04T14:05:00+01:00"])?.value).toBe("2023-03-04");
    // The publication beats the update, whichever line comes first.
    expect(furnitureDate(["Updated March 5, 2023", "Published March 4, 2023"])?.value).toBe("2023-03-04");
  });

  it("reads a shared document's 'Last edited' line, with or without the editor's name after it", () => {
    expect(furnitureDate(["Owner: desk · Editors: 3 · Last edit: 12 Nov 2024, 08:40"])).toEqual({ value: "2024-11-12", pattern: "updated label" });
    expect(furnitureDate(["Shared with: desk   ·   Last edited 3 May 2024 by Ana Ruiz"])?.value).toBe("2024-05-03");
    // A sentence about an edit, and a name that is more than a name, are not the page's date.
    expect(furnitureDate(["Edited versions of the treaty were signed in Lima on 3 May 2024 by both leaders"])).toBeNull();
    expect(furnitureDate(["Last edited 3 May 2024 by the committee that met Lula and Modi in Goa"])).toBeNull();
  });

  it("does not take a date from a sentence, a headline-like line or a name strip without a date", () => {
    expect(furnitureDate(["Putin met Erdogan in Sochi on March 4, 2023 | Reuters"])).toBeNull();
    expect(furnitureDate(["Updated travel rules take effect on March 4, 2023 for all visitors"])).toBeNull();
    expect(furnitureDate(["By Jane Doe | Reuters"])).toBeNull();
    expect(furnitureDate(["2023-02-30T10:00:00Z"])).toBeNull();
    expect(furnitureDate(["Elections | Due in March 2025"])).toBeNull();
    expect(furnitureDate(["March 4, 2023 was the day the leaders met in Sochi."])).toBeNull();
    expect(furnitureDate(["On March 4, 2023, the two leaders met in Sochi for talks on gas and grain"])).toBeNull();
  });

  it("dates a bare page from a timestamp line under the lead, a byline or an 'Updated' line", () => {
    const underLead = parseArticle("u.txt", ["Leaders meet in the capital", "Politics | Economy | Society | Culture | Sport | World | Multimedia | Video | Photo | Opinion | Interviews | Regions | Business | Science | Health | Travel | Archive | Contacts | About", "10.07.2025 [19:06]", lead, second].join("\n\n"));
    expect(underLead).toMatchObject({ published: "2025-07-10", publishedSource: "text" });
    expect(dated("By Jane Doe | March 4, 2023").published).toBe("2023-03-04");
    expect(dated("Jane Doe, Reuters · 4 min read · Mar 4, 2023 10:12 AM ET").published).toBe("2023-03-04");
    expect(dated("Updated 5 March 2023").published).toBe("2023-03-05");
  });

  it("takes the page's meta tags over any line of text", () => {
    const html = `<html><head><meta property="article:published_time" content="2023-03-04T14:05:00Z"></head><body><h1>Leaders meet in the capital</h1><p>Updated 9 March 2023</p><p>${lead}</p><p>${second}</p></body></html>`;
    expect(parseArticle("m.html", html).published).toBe("2023-03-04");
    const jsonLd = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-11-02T08:00:00+00:00"}</script></head><body><p>${lead}</p><p>${second}</p></body></html>`;
    expect(parseArticle("j.html", jsonLd).published).toBe("2021-11-02");
  });

  it("does not date the page by a box about other stories or other days", () => {
    // "On this day" and its items, above or below the story: the box's date is of another year's news.
    expect(dated("On this day", "12 March 2018", "Border treaty signed in Vienna").published).toBeNull();
    expect(dated("This day in history: 12 March 2018 — border treaty signed").published).toBeNull();
    const below = parseArticle("b.txt", ["Leaders meet in the capital", lead, second, "From the archive", "Ministers sign a trade pact · 3 May 2019"].join("\n\n"));
    expect(below.published).toBeNull();
    expect(dated("Also read: Chancellor visits Rome — 2 March 2021").published).toBeNull();
    expect(dated("Gallery: the two presidents through the years · 16 May 2018").published).toBeNull();
  });

  it("does not date the page by the day a reader printed, saved or accessed a copy of it", () => {
    expect(dated("Printed on 19/03/2023 10:12").published).toBeNull();
    expect(dated("Accessed 19 March 2023").published).toBeNull();
    expect(dated("Printed from https://news.example.org/world/2023/03/19/leaders-meet on 2023-03-19").published).toBeNull();
    // The page's own line still dates it, whatever the copy's line says.
    expect(dated("By Jane Doe | 4 March 2023", "Retrieved: 19 March 2023").published).toBe("2023-03-04");
    expect(dated("Saved 19 Mar 2023 10:12", "Published 4 March 2023").published).toBe("2023-03-04");
  });

  it("still reads the page's own date beside such a box, and a site menu's 'Photo Gallery' hides nothing", () => {
    expect(dated("By Jane Doe | 4 March 2023", "On this day", "12 March 2018", "Border treaty signed in Vienna").published).toBe("2023-03-04");
    const menu = parseArticle("m.txt", ["Home", "News", "Photo Gallery", "Videos", "Leaders meet in the capital", "4 March 2023, 14:05", lead, second].join("\n"));
    expect(menu.published).toBe("2023-03-04");
  });

  it("leaves a page undated when its only dates are in the story's own sentences", () => {
    const a = parseArticle("n.txt", ["Leaders meet in the capital", "The presidents last met on March 4, 2023 in Geneva, where they discussed arms control at length.", second].join("\n\n"));
    expect(a.published).toBeNull();
  });
});

describe("short lines that read as sentences", () => {
  it.each([
    "Lula met Sanchez in Lisbon on Friday.",
    "Tokayev and Mirziyoyev spoke by phone.",
    "The two leaders held talks.",
    "“Meloni called Albanese on Monday.”",
    "Talks are expected to resume.",
    "Starmer hosted Merz at Chequers.",
    "al-Sudani met Erdogan in Ankara.",
    "• Erdogan met al-Sudani.",
  ])("keeps %j as a paragraph", (line) => {
    expect(isShortSentence(line)).toBe(true);
  });

  it.each([
    ["a headline without a full stop", "Lula meets Sanchez in Lisbon"],
    ["a menu", "Home. World. Politics. Sport."],
    ["a bulleted menu", "• Home • World • Politics."],
    ["a share bar", "Share this on Facebook."],
    ["a label", "Source: presidential press service."],
    ["a caption", "Photo: the two leaders in Lisbon."],
    ["a timestamp", "Updated on Friday at 10:45."],
    ["navigation", "News / World / Lula met Sanchez."],
    ["a sign-off", "Comments are closed."],
    ["a verbless phrase", "A day of diplomacy in Lisbon."],
    ["too short", "Sources said."],
  ])("leaves %s out: %j", (_, line) => {
    expect(isShortSentence(line)).toBe(false);
  });

  it.each([
    "FLASH — Lula, Petro speak by phone, discuss border — Planalto",
    "BREAKING: Modi meets Albanese in Sydney",
    "SNAP - Tokayev and Mirziyoyev hold talks in Astana",
    "JUST IN: Meloni received Sanchez at Palazzo Chigi",
  ])("reads a wire flash with no full stop as prose: %j", (line) => {
    expect(isFlash(line)).toBe(true);
    expect(isProse(line)).toBe(true);
  });

  it.each([
    ["a marker alone", "BREAKING NEWS:"],
    ["a marker over a topic, no verb", "ALERT: Storm warnings for the coast"],
    ["a newsletter box", "BREAKING: Sign up for our newsletter"],
    ["a headline with no marker", "Modi meets Albanese in Sydney"],
    ["a marker word inside the line", "Lula meets Sanchez: breaking the ice"],
  ])("leaves %s to the other rules: %j", (_, line) => {
    expect(isFlash(line)).toBe(false);
  });

  it("counts a flash's words itself only when not given them, and the same way", () => {
    for (const line of ["BREAKING: Lula calls Modi", "URGENT: Lula, Modi speak", "FLASH: Lula meets Modi in Goa", "Lula meets Modi in Goa"]) {
      const words = line.split(/\s+/).length;
      expect(isFlash(line)).toBe(isFlash(line, words));
    }
    expect(isFlash("BREAKING: Lula phones Modi", 2)).toBe(false);
  });

  it.each([
    "President of Brazil Lula: Mr President, dear friend,",
    "Narendra Modi (retranslated): Dear President Ramaphosa, my dear friend,",
    "Chancellor Scholz: Ladies and gentlemen,",
  ])("keeps a transcript's label over an address alone, which opens a speaker's turn: %j", (line) => {
    expect(isProse(line)).toBe(true);
  });

  it.each([
    ["a page's topics", "Topics: Foreign policy, Trade,"],
    ["a label over a name list", "Persons: Modi Narendra, Lula,"],
    ["an address that ends a sentence", "Related: Dear readers, read on."],
  ])("leaves %s to the other rules: %j", (_, line) => {
    expect(isProse(line)).toBe(false);
  });

  it("keeps a speaker's heading line (an office and a name alone) and no other short capitalised line", () => {
    expect(isProse("Prime Minister Kishida Fumio")).toBe(true);
    expect(isProse("President Lula")).toBe(true);
    expect(isProse("Opening Remarks")).toBe(false);
    expect(isProse("President Lula Arrives In Lima For Talks With The Prime Minister Of Peru Today")).toBe(false);
  });

  it("takes a long navigation strip for furniture, so the story under the share bar below it is still read", () => {
    expect(isProse("Kenya | Africa | Middle East | Europe | Americas | Asia-Pacific | Business / Tech | Culture | Sport")).toBe(false);
    const text = ["Nairobi Daily", "Kenya | Africa | Middle East | Europe | Americas | Asia-Pacific | Business / Tech | Culture | Sport", "Ruto receives Lula in Nairobi", "[Tweet] [Share] [Email] [Print]", "Kenyan President William Ruto received Brazilian President Luiz Inácio Lula da Silva at State House in Nairobi on Thursday for talks on trade and climate finance."].join("\n\n");
    const a = parseArticle("strip.txt", text);
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual([text.split("\n\n")[4]]);
    // A table row tells a date in a cell, a wrapped sentence ends like one: both stay prose.
    expect(isProse("2023 | 4 March | Lula | Boric | talks in Lima | state visit | trade | agreements signed")).toBe(true);
    expect(isProse("Lula and Boric met in Lima / Brasília / Ottawa / Nairobi / Goa over the years, the ministry said.")).toBe(true);
  });

  it("takes a cookie banner above the story for furniture, so the story under the share bar below it is still read", () => {
    const story = "The Prime Minister spoke to Prime Minister Fumio Kishida of Japan this afternoon about trade and regional security.";
    const text = ["Cookies on this site", "We use some essential cookies to make this website work, and we would like to set additional cookies to understand how you use it.", "PM call with Prime Minister Kishida", "Share this page", story].join("\n\n");
    const a = parseArticle("cookies.txt", text);
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual([story]);
  });

  it("reads the contact a flash tells in a page of snaps, where an unmarked headline stays furniture", () => {
    const text = ["Snaps", "FLASH — Lula, Petro speak by phone, discuss border — Planalto", "Lula meets Sanchez in Lisbon", "Share this article"].join("\n\n");
    const a = parseArticle("snaps.txt", text);
    const bodies = a.paragraphs.map((p) => a.text.slice(p.start, p.end));
    expect(bodies).toContain("FLASH — Lula, Petro speak by phone, discuss border — Planalto");
    expect(bodies).not.toContain("Lula meets Sanchez in Lisbon");
  });

  it("leaves a ticker's flash about other news out of the body and the title of a page about something else", () => {
    const text = [
      "Ports to get new cranes",
      "BREAKING: Ruto meets Boric in Nairobi",
      "The transport minister opened a new container terminal in Mombasa on Thursday and spoke to dock workers about wages.",
      "JUST IN: Meloni holds talks with Sanchez on migration",
      "The minister will visit the port of Lamu on Friday to see the dredging works.",
    ].join("\n\n");
    const a = parseArticle("ports.txt", text);
    const bodies = body(a);
    expect(bodies).not.toContain("BREAKING: Ruto meets Boric in Nairobi");
    expect(bodies).not.toContain("JUST IN: Meloni holds talks with Sanchez on migration");
    expect(bodies).toContain("The transport minister opened a new container terminal in Mombasa on Thursday and spoke to dock workers about wages.");
    expect(a.title).toBe("Ports to get new cranes");
  });

  it("reads a flash as the page's own news where it stands as the title or the headline names the same people", () => {
    const story = "The two presidents signed a trade accord and answered questions from the press on Friday.";
    const titled = parseArticle("flash-title.txt", ["BREAKING: Ruto meets Boric in Nairobi", story].join("\n\n"));
    expect(body(titled)).toContain("BREAKING: Ruto meets Boric in Nairobi");
    const headed = parseArticle("flash-headed.txt", ["Ruto and Boric sign a trade accord", "BREAKING: Ruto meets Boric in Nairobi", story].join("\n\n"));
    expect(body(headed)).toContain("BREAKING: Ruto meets Boric in Nairobi");
    expect(headed.title).toBe("Ruto and Boric sign a trade accord");
  });

  it("reads a one-sentence paragraph of a wire brief as body, not furniture", () => {
    const text = [
      "Leaders talk trade",
      "Lula met Sanchez in Lisbon on Friday.",
      "Officials said more talks on tariffs and investment would follow later in the year.",
      "Share this article",
    ].join("\n\n");
    const a = parseArticle("brief.txt", text);
    expect(a.title).toBe("Leaders talk trade");
    expect(body(a)).toEqual(["Lula met Sanchez in Lisbon on Friday.", "Officials said more talks on tariffs and investment would follow later in the year."]);
  });
});

describe("text that lost its full stops on the way", () => {
  it("reads a short stopless sentence in one block with stopless prose as prose", () => {
    const text = [
      "Press service of the President (mobile view)",
      "",
      "Lula had a telephone conversation with President of Kenya William Ruto",
      "The two presidents exchanged greetings for the new year and wished both peoples peace, growth and prosperity in the months ahead",
      "",
      "Lula also spoke by phone with Prime Minister Modi",
      "During the conversation the leaders went over the trade agreements reached last year and the plans for new joint projects",
    ].join("\n");
    expect(body(parseArticle("app.txt", text))).toEqual([text.split("\n")[2], text.split("\n")[3], text.split("\n")[5], text.split("\n")[6]]);
  });

  it("leaves a stopless line alone when its block has its stops, or it stands apart, or it is a stamp", () => {
    const stopped = ["Lula meets Ruto in Nairobi", "The two presidents met in Nairobi on Monday and talked about trade, climate finance and the coming summit in the region."].join("\n");
    expect(body(parseArticle("stopped.txt", stopped))).toEqual([stopped.split("\n")[1]]);
    const apart = ["Lula meets Ruto in Nairobi", "", "The two presidents met in Nairobi on Monday and talked about trade, climate finance and the coming summit in the region"].join("\n");
    expect(body(parseArticle("apart.txt", apart))).toEqual([apart.split("\n")[2]]);
    const stamp = ["Lula holds talks with Ruto 2 min read 08:46 PM", "The two presidents met in Nairobi on Monday and talked about trade, climate finance and the coming summit in the region"].join("\n");
    expect(body(parseArticle("stamp.txt", stamp))).toEqual([stamp.split("\n")[1]]);
    const menu = ["Share this story on Facebook", "The two presidents met in Nairobi on Monday and talked about trade, climate finance and the coming summit in the region"].join("\n");
    expect(body(parseArticle("menu.txt", menu))).toEqual([menu.split("\n")[1]]);
  });

  it("leaves a related list, a teaser or a caption under a stopless line as furniture", () => {
    const story = "Lula spoke by telephone with Petro on Monday about the border. The two agreed to meet later this year.";
    const credits = [story, "", "(Reporting by Ana Diaz in Lima; Editing by Tom Ruiz)", "Modi meets Albanese in Sydney on Monday to discuss trade", "Lula received Petro at the palace on Friday"].join("\n");
    expect(body(parseArticle("credits.txt", credits))).not.toContain("Modi meets Albanese in Sydney on Monday to discuss trade");
    expect(body(parseArticle("credits.txt", credits))).not.toContain("Lula received Petro at the palace on Friday");
    const teaser = [story, "", "Don't miss", "Kishida and Biden pledged closer defence ties as the two allies faced a changing region and rising tensions at sea", "Modi met Albanese in Sydney to discuss trade"].join("\n");
    expect(body(parseArticle("teaser.txt", teaser))).not.toContain("Modi met Albanese in Sydney to discuss trade");
    const quoted = [story, 'Lula told reporters in Lima that the call was "a new chapter" for both countries and their "shared future"', "Modi and Albanese met in Sydney to sign a trade pact"].join("\n");
    expect(body(parseArticle("quoted.txt", quoted))).not.toContain("Modi and Albanese met in Sydney to sign a trade pact");
    const lines = ["Lula had a telephone conversation with President of Colombia Gustavo Petro", "The two presidents discussed the border and agreed to keep in close contact by phone and letter over the weeks and months ahead", "Lula and Milei shake hands at the palace on Friday", "Lula also spoke by phone with Prime Minister Modi"];
    const caption = ["Press service (mobile view)", "", ...lines].join("\n");
    // The caption tells it in the present; the line under it has no stopless sentence beside it: no chain through a marked line.
    expect(body(parseArticle("caption.txt", caption))).toEqual([lines[0], lines[1]]);
  });
});

describe("photo captions closed by their credit", () => {
  const story = "The two presidents spoke by telephone on Tuesday about trade and energy, their offices said in a statement afterwards.";
  const pageWith = (line: string) => parseArticle("c.txt", `Presidents talk trade by phone\n\n${line}\n\n${story}\n`);

  it.each([
    "Chancellor Olaf Scholz greets Prime Minister Fumio Kishida at the chancellery in Berlin, Wednesday, May 7, 2025. (AP Photo/Jane Doe)",
    "Prime Minister Narendra Modi shakes hands with President Lula during their talks in Brasilia, July 8, 2025. REUTERS/Jane Doe/File Photo",
    "President Lula and President Petro during their meeting in Bogota in April 2024, in a handout picture. Press Office/Handout via REUTERS",
    "Prime Minister Fumio Kishida and President Yoon Suk Yeol shake hands before their talks in Seoul on May 7, 2023. Photo: AFP",
    "President Joe Biden walks with President Xi Jinping through the gardens of the estate after their talks, Nov. 15, 2023. (Jane Doe/Pool)",
    "Chancellor Olaf Scholz and President Xi Jinping walk together through the gardens of the guesthouse in Beijing in April 2024. Getty Images",
  ])("keeps a caption out of the story: %j", (line) => {
    const a = pageWith(line);
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual([story]);
    expect(a.captions.map((p) => a.text.slice(p.start, p.end))).toEqual([line]);
  });

  it("keeps a sentence that names an agency or ends in a bracket with a slash as story", () => {
    const named = "The two presidents met in the capital on Tuesday, Reuters reported, citing officials close to the talks on energy.";
    const bracket = "They agreed to expand trade in the next budget year (2025/26).";
    const a = parseArticle("c.txt", `Presidents meet\n\n${named}\n\n${bracket}\n`);
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual([named, bracket]);
  });
});

describe("publication dates an HTML page states for machines", () => {
  const html = (head: string, body = "") =>
    parseArticle("m.html", `<!DOCTYPE html><html><head><title>Presidents talk trade</title>${head}</head><body>${body}<h1>Presidents talk trade by phone</h1><p>The two presidents spoke by telephone on Tuesday about trade and energy, their offices said in a statement afterwards.</p></body></html>`);

  it.each([
    `<meta content="2024-03-12T14:05:00+00:00" property="article:published_time">`,
    `<meta name="citation_publication_date" content="2024/03/12">`,
    `<meta name="parsely-pub-date" content="2024-03-12T14:05:00Z">`,
    `<meta name="pubdate" content="20240312">`,
    `<script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2024-03-12T14:05:00Z"}</script>`,
  ])("reads %s", (head) => {
    expect(html(head)).toMatchObject({ published: "2024-03-12", publishedSource: "text" });
  });

  it("reads a <time> marked as the date published, and not one that is not", () => {
    expect(html("", `<time datetime="2024-03-12T14:05:00Z" itemprop="datePublished"></time>`).published).toBe("2024-03-12");
    expect(html("", `<time datetime="2024-03-12T14:05:00Z"></time>`).published).toBeNull();
  });

  it("takes no modified or updated time for the publication date", () => {
    expect(html(`<meta property="article:modified_time" content="2024-03-19T09:00:00Z"><meta property="og:updated_time" content="2024-03-19T09:00:00Z">`).published).toBeNull();
  });
});

describe("a lead opening with a dated dateline", () => {
  const lead = (opening: string) => parseArticle("d.txt", `Leaders hold talks\n\n${opening}\n\nThey agreed to meet again later this year at a summit in the region.\n`).published;

  it.each([
    "Baku, March 12, 2024, AZERTAC. The president received the visiting prime minister today for talks on energy.",
    "Islamabad, March 12, 2024: The prime minister held a telephone conversation today with the Saudi crown prince.",
    "Kyiv, 12 March 2024. The president held a phone call today with the British prime minister on defence.",
    "12 March 2024, Astana. The president held a telephone conversation today with the Uzbek president.",
    "(ANSA) - ROME, 12 MAR 2024 - The premier met the Polish prime minister today at Palazzo Chigi for talks.",
    "ANKARA (AA) - March 12, 2024 - The president met the Iraqi prime minister today in Ankara for talks.",
    "Riyadh, Ramadan 2, 1445, March 12, 2024, SPA -- The crown prince received the visiting Pakistani prime minister today.",
    "Doha, Sha'ban 30, 1445, March 12, 2024, QNA - The amir held a telephone call today with the Turkish president.",
  ])("dates the page: %j", (opening) => {
    expect(lead(opening)).toBe("2024-03-12");
  });

  it.each([
    // A Hijri day alone dates nothing: its Gregorian day is not read from it.
    "Riyadh, Ramadan 2, 1445, SPA -- The crown prince received the visiting Pakistani prime minister today.",
    // A time phrase of the story after the Hijri day is still the story's.
    "Riyadh, Ramadan 2, 1445, on March 12, 2024, the crown prince received the visiting Pakistani prime minister.",
  ])("reads no page date from a Hijri day without a dateline's Gregorian one: %j", (opening) => {
    expect(lead(opening)).toBeNull();
  });

  it.each([
    "Last Tuesday, March 12, 2024, the two presidents met in the capital for talks on trade and energy.",
    "On March 12, 2024, the two presidents met in the capital for talks on trade and energy.",
    "March 12, 2024, was the day the two presidents first met in the capital for talks on trade.",
  ])("reads a time phrase of the story as no page date: %j", (opening) => {
    expect(lead(opening)).toBeNull();
  });
});

describe("a newsletter's or a brief's issue month in its furniture", () => {
  const story = "On 6 August the Prime Minister spoke by telephone with the President of Kenya about the drought in the region.";
  const page = (furniture: string) => parseArticle("n.txt", `EMBASSY NEWSLETTER\n${furniture}\n\nDiplomatic notes\n\n${story}\n`);

  it.each(["Vol. 4, No. 8 · August 2019", "Jane Doe and Ali Khan | August 2019", "Policy Brief No. 12 | August 2019"])("dates the page by the month's last day: %j", (furniture) => {
    expect(page(furniture).published).toBe("2019-08-31");
  });

  it("reads no date from a month and year alone on a line (a section's heading as often) or inside a sentence", () => {
    expect(page("August 2019").published).toBeNull();
    expect(page("Our work in August 2019 was busy.").published).toBeNull();
    expect(page("Vol. 4, No. 8 · Summer 2019").published).toBeNull();
  });

  it("does not take a link strip to other stories, nor a strip below the story, as the page's issue", () => {
    const below = parseArticle("l.txt", `EMBASSY NEWS\nPrime Minister and Ruto discuss the drought\n\n${story}\n\nMore from the archive | March 2019\n`);
    expect(below.published).toBeNull();
    expect(page("More from the archive | March 2019").published).toBeNull();
  });

  it("dates a page of a month still running by that month's last day, whatever day it is read", () => {
    // Read on 10 August 2019: a page dated by the clock would change from one day's run to the next.
    vi.useFakeTimers({ now: new Date("2019-08-10T12:00:00Z") });
    try {
      expect(page("Vol. 4, No. 8 · August 2019").published).toBe("2019-08-31");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the day in a page's own address", () => {
  const story = "The two presidents spoke by telephone on Tuesday about trade and energy, their offices said in a statement afterwards.";

  it("reads the day of a canonical link or an Open Graph URL when no meta tag dates the page", () => {
    const html = (head: string) => parseArticle("u.html", `<html><head>${head}</head><body><h1>Presidents talk trade by phone</h1><p>${story}</p></body></html>`).published;
    expect(html(`<link rel="canonical" href="https://news.example.com/world/2024/mar/12/presidents-talk-trade">`)).toBe("2024-03-12");
    expect(html(`<meta property="og:url" content="https://news.example.com/world/presidents-talk-trade-2024-03-12/">`)).toBe("2024-03-12");
    expect(html(`<link rel="canonical" href="https://news.example.com/archive/2024/03/">`)).toBeNull();
  });

  it("reads an address saved on a line of its own above a copied page, not one inside the story", () => {
    expect(parseArticle("u.txt", `Presidents talk trade by phone\n\nSource: https://news.example.com/20240312/abc/c.html\n\n${story}\n`).published).toBe("2024-03-12");
    const cited = `${story} The full statement is at https://news.example.com/2024/03/10/statement.html for readers.`;
    expect(parseArticle("u.txt", `Presidents talk trade by phone\n\n${cited}\n`).published).toBeNull();
  });
});

describe("entries of a chronology or a table read as sentences", () => {
  const bodyOf = (text: string) => body(parseArticle("e.txt", text));

  it("reads a line that opens with a date and a mark, then a contact with no verb or full stop", () => {
    const entries = ["14 May 2022 — telephone call with President Lula", "- 3 June 2023: talks with Lula in Goa", "2. 9 April 2024 | Modi and Lula meet in Nairobi"];
    const text = `Lula and Modi: a record\n\nKey dates\n\n${entries.join("\n")}\n`;
    expect(bodyOf(text)).toEqual(entries);
  });

  it("reads an HTML table's row whose first cell is a date and another names a contact", () => {
    const row = `<tr><td>12 March</td><td>Ottawa</td><td>Official visit of President Lula; talks with Prime Minister Trudeau</td></tr>`;
    const a = parseArticle("e.html", `<html><body><h1>High-level exchanges</h1><p>The main visits of recent years are listed below, year by year.</p><table><tr><th>Date</th><th>Place</th><th>Exchange</th></tr>\n${row}\n</table></body></html>`);
    expect(body(a).at(-1)).toContain("Official visit of President Lula");
    // A copied table: its cells set apart by tabs.
    expect(bodyOf(`High-level exchanges\n\n5 June\tBrasília\tPhone conversation between Modi and Lula\n`)).toEqual(["5 June\tBrasília\tPhone conversation between Modi and Lula"]);
  });

  it("leaves a dated line with no contact word, a date that does not open the line, and a link to another page", () => {
    const text = "A headline\n\n14 May 2022 — new rail line opens in Goa\nLula in Goa for talks — 14 May 2022\n14 May 2022 talks in Goa\n";
    expect(bodyOf(text)).toEqual([]);
    const linked = parseArticle("e.html", `<html><body><h1>A headline</h1><ul>\n<li><a href="/news/lula-modi">14 May 2022 — Lula and Modi hold talks</a></li>\n</ul></body></html>`);
    expect(body(linked)).toEqual([]);
  });
});
