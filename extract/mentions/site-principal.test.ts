import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions } from ".";
import { mastheadOffice, pressOfficeOf, sitePrincipal } from "./site-principal";

const catalogue = loadCatalogue();
const index = new LeaderIndex(catalogue);
const offices = catalogue.pressOffices ?? [];

/** The contacts of a readout under the given front matter, as "date type a+b". */
function contacts(front: Record<string, string>, headline: string, body: string): string[] {
  const meta = Object.entries(front).map(([k, v]) => `${k}: ${v}`).join("\n");
  const a = parseArticle("r.txt", `---\n${meta}\n---\n${headline}\n\n${body}\n`);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value} ${m.type} ${[...m.participants].sort().join("+")}`);
}

describe("press office of a page", () => {
  it("knows a government's own site by its host, a subdomain of it, or a host and path", () => {
    expect(pressOfficeOf(offices, "https://www.elysee.fr/en/emmanuel-macron/2023/06/16/call", null)).toMatchObject({ title: "President", country: "FR" });
    expect(pressOfficeOf(offices, "https://www.gov.br/planalto/en/latest-news/item", null)).toMatchObject({ country: "BR" });
    // Another ministry under the same government domain, or a look-alike host, is not the office.
    expect(pressOfficeOf(offices, "https://www.gov.br/mre/en/news/item", null)).toBeNull();
    expect(pressOfficeOf(offices, "https://notelysee.fr/news", null)).toBeNull();
  });

  it("knows it by the publisher's name, as whole words, and never a wire's or a paper's", () => {
    expect(pressOfficeOf(offices, null, "Élysée Palace – press office (unofficial translation)")).toMatchObject({ country: "FR" });
    expect(pressOfficeOf(offices, null, "The White House")).toMatchObject({ country: "US" });
    expect(pressOfficeOf(offices, null, "Associated Press")).toBeNull();
    expect(pressOfficeOf(offices, null, "Whitehouse Gazette")).toBeNull();
  });

  it("its principal is whoever held the office on the article's date", () => {
    expect(sitePrincipal(catalogue, "https://www.whitehouse.gov/briefing-room/x", null, "2023-05-20")).toBe("joe-biden");
    expect(sitePrincipal(catalogue, "https://www.whitehouse.gov/briefing-room/x", null, "2019-05-20")).toBe("donald-trump");
    expect(sitePrincipal(catalogue, "https://www.whitehouse.gov/briefing-room/x", null, null)).toBeNull();
  });
});

describe("a bare office on its own office's site", () => {
  const body = "The President spoke today with Prime Minister Narendra Modi of India about trade and the coming summit.";
  const headline = "Readout of the President's Call with Prime Minister Modi";

  it("is the site's principal at the date: the call is the principal's", () => {
    expect(contacts({ published: "2023-05-20", url: "https://www.whitehouse.gov/briefing-room/statements-releases/2023/05/20/readout" }, headline, body)).toEqual(["2023-05-20 phone joe-biden+narendra-modi"]);
    expect(contacts({ published: "2019-05-20", publisher: "The White House" }, headline, body)).toEqual(["2019-05-20 phone donald-trump+narendra-modi"]);
  });

  it("on a wire's or a paper's page is nobody's: no contact is read", () => {
    expect(contacts({ published: "2023-05-20", publisher: "Associated Press", url: "https://apnews.example/article/x" }, headline, body)).toEqual([]);
    expect(contacts({ published: "2023-05-20" }, headline, body)).toEqual([]);
  });

  it("an office the site's principal did not hold is not the principal", () => {
    // On the Élysée's site "the Prime Minister" is France's own head of government, never the president.
    expect(contacts({ published: "2023-05-20", publisher: "Élysée" }, "Call with Prime Minister Modi", "The Prime Minister spoke today with Prime Minister Narendra Modi of India about trade.")).toEqual([]);
  });
});

describe("a page's masthead, when it has no metadata", () => {
  it("names the site by its title's suffix, a logo line or a 'From:' line", () => {
    expect(mastheadOffice(offices, "<title>Call with Prime Minister Modi • The White House</title>", "Call with Prime Minister Modi • The White House")).toMatchObject({ country: "US" });
    expect(mastheadOffice(offices, "GOV.UK\nHome > Government > Prime Minister's Office, 10 Downing Street\n", "PM call with President Lula")).toMatchObject({ country: "GB" });
    expect(mastheadOffice(offices, "Élysée Palace\nNews / Statements\n", "Call with the Prime Minister of India")).toMatchObject({ country: "FR" });
    expect(mastheadOffice(offices, "Collection\nFrom: Prime Minister's Office, 10 Downing Street and The Rt Hon Jane Doe MP\n", "PM meetings at the summit")).toMatchObject({ country: "GB" });
    // An office's own name may hold an "and": only a "From:" line is split at it.
    expect(mastheadOffice(offices, "Prime Minister of Japan and His Cabinet\nHome\n", "Courtesy call on the Prime Minister")).toMatchObject({ country: "JP" });
    expect(mastheadOffice(offices, "Press and Information Office of the Federal Government\nHome\n", "Telephone call with the President of Kenya")).toMatchObject({ country: "DE" });
  });

  it("is not a headline or a sentence that begins with an office's name", () => {
    expect(mastheadOffice(offices, "World News | Politics\nThe White House says the President will call Modi\n", "The White House says the President will call Modi")).toBeNull();
    expect(mastheadOffice(offices, "Daily Bulletin\nThe White House announced on Tuesday that a call with the Indian leader would follow soon\n", "A call to come")).toBeNull();
  });

  it("makes a bare page's 'The President' the site's principal", () => {
    const page = (masthead: string) => {
      const a = parseArticle("p.txt", `${masthead}\n\nMay 20, 2023\n\nReadout of the President's Call with Prime Minister Modi\n\nThe President spoke today with Prime Minister Narendra Modi of India about trade and the coming summit.\n`);
      return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => [...m.participants].sort().join("+"));
    };
    expect(page("The White House\nBriefing Room")).toEqual(["joe-biden+narendra-modi"]);
    expect(page("Daily Wire Digest\nWorld")).toEqual([]);
  });
});

describe("a contact named as an entry's heading (heading-principal)", () => {
  // A press office's week: each entry headed by its contact, the subject left to the page.
  const week = [
    "A summary of the President's telephone contacts over the week, compiled by the press office.",
    "",
    "12 June, Monday",
    "Telephone conversation with Prime Minister of India Narendra Modi",
    "",
    "The two leaders reviewed the preparations for the summit and agreed to stay in contact.",
    "",
    "14 June, Wednesday",
    "Meeting with Federal Chancellor Olaf Scholz",
    "",
    "The talks at the Élysée Palace covered energy and the situation in Ukraine.",
  ].join("\n");

  it("on the office's own page is its principal's contact with the leader it names, dated by its section", () => {
    expect(contacts({ published: "2023-06-16", publisher: "Élysée" }, "The President's week", week)).toEqual(["2023-06-12 phone emmanuel-macron+narendra-modi", "2023-06-14 in-person emmanuel-macron+olaf-scholz"]);
  });

  it("on a paper's or an aggregator's page is nobody's: the subject left out may be anyone's", () => {
    expect(contacts({ published: "2023-06-16", publisher: "Daily Digest" }, "The week in diplomacy", week)).toEqual([]);
  });

  it("a heading whose office names the principal makes one contact, and a list of links to other pages' contacts is no entry", () => {
    expect(contacts({ published: "2023-06-16", publisher: "Élysée" }, "The President's week", "A note from the press office on the week's contacts.\n\nThe President's telephone conversation with Prime Minister Narendra Modi, 12 June 2023\n\nThe two leaders discussed trade and the coming summit.")).toEqual(["2023-06-12 phone emmanuel-macron+narendra-modi"]);
    const related = "A note from the press office on the week's contacts, sent to subscribers.\n\nRelated:\n<li><a href=\"/a\">Telephone conversation with Prime Minister Narendra Modi</a> 12 June 2023</li>\nMeeting with Federal Chancellor Olaf Scholz\nTelephone conversation with President Joe Biden\n";
    expect(contacts({ published: "2023-06-16", publisher: "Élysée" }, "The President's week", related)).toEqual([]);
  });
});
