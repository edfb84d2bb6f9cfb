/** The bundled corpus end to end: every contact its five articles report, and nothing else. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR, loadCatalogue } from "./catalogue";
import { loadPaths } from "./load";
import { extract, LeadSearch, periodOfLead } from "./pipeline";
import { GATHERING_IN_TEXT, GATHERING_OF_ANOTHER_TIME } from "./mentions/vocabulary";

const loaded = loadPaths([join(DATA_DIR, "articles")]);
const result = extract(loaded.inputs, loadCatalogue());
const byDate = (date: string) => result.events.find((e) => e.date === date);
const fileOf = (name: string) => loaded.inputs.find((i) => i.file.endsWith(name))!.file;

describe("the bundled corpus", () => {
  it("finds exactly the ten contacts the articles report", () => {
    expect(result.events.map((e) => `${e.date} ${e.type} ${e.place ?? "-"}`)).toEqual([
      "2015-10 in-person Russia",
      "2017-11 in-person Russia",
      "2017-12 in-person Syria",
      "2018-05 in-person Russia",
      "2020-01 in-person Syria",
      "2020-11 video -",
      "2021-09-13 in-person Moscow, Russia",
      "2023-02 phone -",
      "2023-03-14 in-person Moscow, Russia",
      "2024-07-25 in-person Moscow, Russia",
    ]);
    for (const e of result.events) expect(e.participants).toEqual(["Vladimir Putin", "Bashar al-Assad"]);
  });

  it("keeps every report of each contact as evidence", () => {
    const articlesPer = result.events.map((e) => new Set(e.sources.map((s) => s.file)).size);
    // 2015-10 … 2024-07-25: how many articles report each contact.
    expect(articlesPer).toEqual([1, 1, 1, 1, 2, 2, 2, 1, 4, 3]);
  });

  it("quotes every source exactly: the offsets slice the file's text to the quote", () => {
    for (const e of result.events) {
      for (const s of e.sources) {
        const text = readFileSync(s.file, "utf8");
        expect(text.slice(s.start, s.end)).toBe(s.quote);
      }
    }
  });

  it("merges one meeting told by three articles into one event with all their evidence", () => {
    const july = byDate("2024-07-25")!;
    expect(new Set(july.sources.map((s) => s.file))).toEqual(new Set([fileOf("000_e002192a0c9c12d9.txt"), fileOf("001_d955ab857a1fac6a.txt"), fileOf("002_1269a00581f7c61b.txt")]));
    expect(july.host).toBe("Vladimir Putin");
    expect(july.slug).toBe("2024-07-25-putin-assad-moscow");
  });

  it("lets the most precise date win: 'mid-March last year' joins the day of the March 2023 visit", () => {
    const march = byDate("2023-03-14")!;
    expect(march.precision).toBe("day");
    expect(march.sources.map((s) => s.dateText)).toEqual(expect.arrayContaining(["mid-March last year", "March of the previous year", "on Tuesday"]));
  });

  it("hears the same video call from two outlets, however each one words it", () => {
    const video = byDate("2020-11")!;
    expect(video.type).toBe("video");
    expect(new Set(video.sources.map((s) => s.file))).toEqual(new Set([fileOf("003_6b771d4e774a85f9.txt"), fileOf("004_c64a4f538d15649b.txt")]));
  });

  it("dates articles from metadata, their own text, or another article reporting the same contact", () => {
    const pub = Object.fromEntries(result.articles.map((a) => [a.file.split("/").pop(), [a.published, a.publishedSource]]));
    expect(pub["000_e002192a0c9c12d9.txt"]).toEqual(["2024-07-25", "text"]); // a dated caption agreeing with "on Thursday"
    expect(pub["001_d955ab857a1fac6a.txt"]).toEqual(["2024-07-25", "inferred"]);
    expect(pub["002_1269a00581f7c61b.txt"]).toEqual(["2024-07-25", "inferred"]);
    expect(pub["003_6b771d4e774a85f9.txt"]).toEqual(["2021-09-14", "text"]); // "14:36 14.09.2021", not the ticker's 2024 stamps
    expect(pub["004_c64a4f538d15649b.txt"]).toEqual(["2023-03-14", "metadata"]);
  });

  it("keeps birthdays, elections, truces and news-ticker items out", () => {
    const dates = result.events.map((e) => e.date);
    expect(dates).not.toContain("2021-09-11"); // a birthday
    expect(dates).not.toContain("2021-05-26"); // an election
    expect(dates.some((d) => d.startsWith("2016-12"))).toBe(false); // a truce
    expect(dates.some((d) => d.startsWith("2024-03"))).toBe(false); // the ticker under article 003
  });
});

describe("an article's news peg", () => {
  it("dates an undated opening by the publication day when the dated contacts are background", () => {
    const text = [
      "Indian leader in Kyiv",
      "Published On 23 Aug 2024",
      "Indian Prime Minister Narendra Modi has held talks with Ukrainian President Volodymyr Zelenskyy in Kyiv, on the first such visit.",
      "The two leaders had last met in Italy in June, on the sidelines of a summit of industrial nations.",
    ].join("\n\n");
    const { events } = extract([{ file: "kyiv.txt", text }], loadCatalogue());
    expect(events.map((e) => [e.date, e.place])).toEqual([["2024-06", "Italy"], ["2024-08-23", "Kyiv, Ukraine"]]);
  });
});

describe("an undated lead told in a past period", () => {
  it("takes the period's year, not the article's day", () => {
    expect(periodOfLead("Scholz met Trudeau in Ottawa earlier this year, officials recalled.", "2024-06-12")).toEqual({ value: "2024", precision: "year" });
    expect(periodOfLead("Lula hosted Boric in Brasília last year for talks on trade.", "2024-06-12")).toEqual({ value: "2023", precision: "year" });
    expect(periodOfLead("Tinubu received Ramaphosa this spring in Abuja.", "2024-06-12")).toEqual({ value: "2024", precision: "year" });
    expect(periodOfLead("Modi and Widodo have met twice in recent months.", "2024-06-12")).toEqual({ value: "2024", precision: "year" });
  });

  it("leaves the article's day to a lead whose period is an aside's, a 'since', a plan, or one of two", () => {
    expect(periodOfLead("Scholz met Trudeau in Ottawa, their first talks since the summit last year.", "2024-06-12")).toBeNull();
    expect(periodOfLead("Lula, who visited Goa last year, met Modi in Brasília.", "2024-06-12")).toBeNull();
    expect(periodOfLead("Petro met Boric in Lima and will visit Nairobi this spring, the ministry said.", "2024-06-12")).toBeNull();
    expect(periodOfLead("Milei met Lula earlier this year and last year.", "2024-06-12")).toBeNull();
    // Early in a year, "recent months" may be last year's.
    expect(periodOfLead("Modi and Widodo have met twice in recent months.", "2024-02-12")).toBeNull();
    // No period at all.
    expect(periodOfLead("Lula met Modi in Brasília, officials said.", "2024-06-12")).toBeNull();
  });
});

describe("an article's news peg, told twice", () => {
  it("joins the undated opening to the dated contact that repeats it, 'since last year' or not", () => {
    const text = [
      "---\npublished: 2023-09-06\n---\nLeaders meet on the coast",
      "Emmanuel Macron held talks with Olaf Scholz in Paris, officials said.",
      "The meeting on Monday in Paris was their first since last year, and lasted three hours.",
    ].join("\n\n");
    const { events } = extract([{ file: "p.txt", text }], loadCatalogue());
    expect(events.map((e) => [e.date, e.sources.length])).toEqual([["2023-09-04", 2]]);
  });
});

describe("background told as one example of a span", () => {
  it("gives no publication day to a contact after its paragraph opens on ties with many partners", () => {
    const text = "---\npublished: 2024-03-12\n---\nPresident opens a trade fair\n\nCyril Ramaphosa is on Tuesday opening a trade fair in Pretoria.\n\nRamaphosa has been deepening ties with several countries' leaders. He met Indian Prime Minister Narendra Modi, where they discussed trade and energy.\n";
    expect(extract([{ file: "x.txt", text }], loadCatalogue()).events).toEqual([]);
    // Without the span of many partners, the lead's undated meeting is still the day's news.
    const news = text.replace("Ramaphosa has been deepening ties with several countries' leaders. ", "");
    expect(extract([{ file: "x.txt", text: news }], loadCatalogue()).events.map((e) => e.date)).toEqual(["2024-03-12"]);
  });
});

describe("background told with 'also'", () => {
  it("is not dated by the news day when it tells of experience ('has also hosted')", () => {
    const text = "---\npublished: 2023-11-11\n---\nLeaders meet in Riyadh\n\nAbdel Fattah el-Sisi met Ebrahim Raisi in Riyadh on Saturday.\n\nSisi has also hosted Recep Tayyip Erdogan in Cairo, officials noted.\n";
    const { events } = extract([{ file: "x.txt", text }], loadCatalogue());
    expect(events.map((e) => e.participants.join(" + "))).toEqual(["Ebrahim Raisi + Abdel Fattah el-Sisi"]);
  });

  it("still dates an opening's calls told apart ('has held separate calls') by the publication day", () => {
    const text = "---\npublished: 2024-08-20\n---\nPresident speaks to two leaders\n\nAn aide says Luiz Inácio Lula da Silva has held separate phone calls with Narendra Modi and Cyril Ramaphosa, discussing trade.\n";
    const { events } = extract([{ file: "x.txt", text }], loadCatalogue());
    expect(events.map((e) => `${e.date} ${e.type} ${e.participants.length}`)).toEqual(["2024-08-20 phone 2", "2024-08-20 phone 2"]);
    // Told with "also", the same opening is experience and takes no day.
    const also = text.replace("has held separate", "has also held");
    expect(extract([{ file: "x.txt", text: also }], loadCatalogue()).events).toEqual([]);
    // Nor over a span of time, nor on a summit's sidelines told as what a leader "who has" done.
    const years = text.replace("discussing trade", "over the years");
    expect(extract([{ file: "x.txt", text: years }], loadCatalogue()).events).toEqual([]);
    const sidelines = "---\npublished: 2024-08-20\n---\nPresident on trade\n\nLuiz Inácio Lula da Silva, who has met Narendra Modi on the sidelines of several summits, said trade with India must grow.\n";
    expect(extract([{ file: "x.txt", text: sidelines }], loadCatalogue()).events).toEqual([]);
  });
});

describe("an undated article", () => {
  it("is dated by another article that reports the same contact on the same year-less day", () => {
    const dated = { file: "dated.txt", text: "Talks in Moscow\n\nVladimir Putin received Bashar al-Assad in Moscow on September 13, 2021, for talks on the settlement.\n" };
    const undated = { file: "undated.txt", text: "Assad in Moscow\n\nBashar al-Assad held talks with Vladimir Putin in Moscow on September 13, the Kremlin said on its website.\n" };
    const { articles, events } = extract([dated, undated], loadCatalogue());
    expect(articles.find((a) => a.file === "undated.txt")).toMatchObject({ published: "2021-09-13", publishedSource: "inferred" });
    expect(events).toHaveLength(1);
    expect(events[0].sources.map((s) => s.file).sort()).toEqual(["dated.txt", "undated.txt"]);
  });

  it("dates its own contact by a day whose year it only implies, but anchors no other article by it", () => {
    const briefing = { file: "briefing.txt", text: "Modi's week in Ottawa\n\nFrom August 21 to 24, 2023, Narendra Modi paid a state visit to Canada and held talks with Justin Trudeau in Ottawa.\n\nOn August 22, Trudeau hosted Modi on Parliament Hill in Ottawa for talks on trade.\n" };
    const weekday = { file: "weekday.txt", text: "Leaders meet\n\nJustin Trudeau hosted Narendra Modi in Ottawa on Tuesday for talks on trade.\n" };
    const { articles, events } = extract([briefing, weekday], loadCatalogue());
    expect(events.map((e) => e.date)).toContain("2023-08-22");
    // 22 August 2023 was a Tuesday: an outright date would have anchored the other page to it.
    expect(articles.find((a) => a.file === "weekday.txt")?.published).toBeNull();
    const outright = { ...briefing, text: briefing.text.replace("On August 22,", "On August 22, 2023,") };
    expect(extract([outright, weekday], loadCatalogue()).articles.find((a) => a.file === "weekday.txt")?.published).toBe("2023-08-22");
  });

  it("is not dated by a weekday alone when either side names no place", () => {
    const dated = { file: "dated.txt", text: "Talks in Tehran\n\nRecep Tayyip Erdogan and Vladimir Putin held talks in Tehran on July 19, 2022.\n" };
    const undated = { file: "undated.txt", text: "Leaders meet\n\nRecep Tayyip Erdogan met Vladimir Putin on Tuesday, after months of hostility between the two countries.\n" };
    const { articles } = extract([dated, undated], loadCatalogue());
    expect(articles.find((a) => a.file === "undated.txt")?.published).toBeNull();
  });

  it("keeps the opening's call apart from 'the previous talks' a few days before", () => {
    const text = "Telephone conversation with the President of France\n\nMarch 3, 2022 14:00\n\nVladimir Putin had a telephone conversation with President of France Emmanuel Macron.\n\nThe conversation continued the exchange of views that began during the previous talks on February 28.\n";
    const { events } = extract([{ file: "k.txt", text }], loadCatalogue());
    expect(events.map((e) => [e.date, e.type])).toEqual([["2022-02-28", "phone"], ["2022-03-03", "phone"]]);
  });

  it("dates another contact told 'also … at the same gathering' by the news day", () => {
    const text = "---\npublished: 2023-11-11\n---\nLeaders meet in Riyadh\n\nAbdel Fattah el-Sisi met Ebrahim Raisi on the sidelines of the summit in Riyadh on Saturday.\n\nSisi also held talks with Turkish President Recep Tayyip Erdogan at the same gathering, the presidency said.\n";
    const { events } = extract([{ file: "r.txt", text }], loadCatalogue());
    expect(events.map((e) => [e.date, e.participants.join(" + ")])).toEqual([
      ["2023-11-11", "Ebrahim Raisi + Abdel Fattah el-Sisi"],
      ["2023-11-11", "Recep Tayyip Erdoğan + Abdel Fattah el-Sisi"],
    ]);
  });
});

describe("another contact of a pair already dated", () => {
  it("'The two leaders also met in Ottawa' is not the day's meeting told again: it lends it neither its place nor the day", () => {
    const text = "---\npublished: 2023-11-16\n---\nLula and Ramaphosa meet\n\nLuiz Inácio Lula da Silva met Cyril Ramaphosa at a villa in Pretoria on Wednesday. The two leaders also met in Ottawa at the G7 summit.\n";
    const { events } = extract([{ file: "also.txt", text }], loadCatalogue());
    expect(events.map((e) => [e.date, e.type])).toEqual([["2023-11-15", "in-person"]]);
    expect(events[0].place ?? "").not.toContain("Ottawa");
    expect(events[0].sources.map((q) => q.quote)).toEqual(["Luiz Inácio Lula da Silva met Cyril Ramaphosa at a villa in Pretoria on Wednesday."]);
  });
});

describe("another contact of the news day, told apart from it", () => {
  const page = (second: string) =>
    `---\npublished: 2024-06-14\n---\nLeaders gather at the lakeside summit\n\nJavier Milei met Gustavo Petro on the sidelines of the summit on Friday.\n\nOfficials described the atmosphere of the gathering as calm and businesslike throughout.\n\n${second}\n`;

  it("dates 'held a separate meeting' by the news day", () => {
    const { events } = extract([{ file: "sep.txt", text: page("Luiz Inácio Lula da Silva and Andrés Manuel López Obrador held a separate meeting at the lakeside resort, their aides said.") }], loadCatalogue());
    expect(events.map((e) => [e.date, [...e.participants].sort().join(" + ")])).toEqual([
      ["2024-06-14", "Gustavo Petro + Javier Milei"],
      ["2024-06-14", "Andrés Manuel López Obrador + Luiz Inácio Lula da Silva"],
    ]);
  });

  it("dates a contact told beside the gathering ('ahead of the plenary session', 'on the margins of the summit') by the news day, not one told 'after the summit'", () => {
    const pair = (second: string) => extract([{ file: "beside.txt", text: page(second) }], loadCatalogue()).events.map((e) => [e.date, [...e.participants].sort().join(" + ")]);
    expect(pair("Ahead of the plenary session, Luiz Inácio Lula da Silva held a meeting with Andrés Manuel López Obrador, their aides said.")).toEqual([
      ["2024-06-14", "Gustavo Petro + Javier Milei"],
      ["2024-06-14", "Andrés Manuel López Obrador + Luiz Inácio Lula da Silva"],
    ]);
    expect(pair("Luiz Inácio Lula da Silva held a meeting with Andrés Manuel López Obrador on the margins of the summit, their aides said.")).toHaveLength(2);
    expect(pair("After the summit, Luiz Inácio Lula da Silva held a meeting with Andrés Manuel López Obrador in his capital, their aides said.")).toEqual([["2024-06-14", "Gustavo Petro + Javier Milei"]]);
  });

  it("leaves an undated contact told without such a word out", () => {
    const { events } = extract([{ file: "plain.txt", text: page("Luiz Inácio Lula da Silva and Andrés Manuel López Obrador held a meeting at the lakeside resort, their aides said.") }], loadCatalogue());
    expect(events.map((e) => e.date)).toEqual(["2024-06-14"]);
  });
});

describe("the next step of the story's day", () => {
  const day = (second: string) =>
    `---\npublished: 2025-04-28\n---\nThe President's working day\n\nKassym-Jomart Tokayev opened a forum of young entrepreneurs in Astana in the morning.\n\nThe forum gathered some two thousand delegates from across the region for two days.\n\n${second}\n`;
  const found = (second: string) => extract([{ file: "day.txt", text: day(second) }], loadCatalogue()).events.map((e) => [e.date, e.type, [...e.participants].sort().join(" + ")]);

  it("dates 'Then, …', 'In the evening, …' and 'X also held talks …' by the day of the news", () => {
    expect(found("Then, Kassym-Jomart Tokayev held talks via video link with Shavkat Mirziyoyev.")).toEqual([["2025-04-28", "video", "Kassym-Jomart Tokayev + Shavkat Mirziyoyev"]]);
    expect(found("In the evening, Kassym-Jomart Tokayev met Shavkat Mirziyoyev at the Akorda.")).toEqual([["2025-04-28", "in-person", "Kassym-Jomart Tokayev + Shavkat Mirziyoyev"]]);
    expect(found("Kassym-Jomart Tokayev also spoke by telephone with Shavkat Mirziyoyev.")).toEqual([["2025-04-28", "phone", "Kassym-Jomart Tokayev + Shavkat Mirziyoyev"]]);
  });

  it("takes the day of a dated contact nearest the news, when the story has one", () => {
    const text = "---\npublished: 2024-06-15\n---\nLeaders gather at the lakeside summit\n\nJavier Milei met Gustavo Petro on the sidelines of the summit on Friday.\n\nOfficials described the atmosphere of the gathering as calm and businesslike throughout.\n\nThen, Luiz Inácio Lula da Silva held talks with Andrés Manuel López Obrador at the lakeside resort.\n";
    expect(extract([{ file: "s.txt", text }], loadCatalogue()).events.map((e) => e.date)).toEqual(["2024-06-14", "2024-06-14"]);
  });

  it("leaves 'Later the same day, …' undated when the contact told just before it has no day, in a wrap of a trip of many days", () => {
    const wrap = (first: string) =>
      `---\npublished: 2024-03-20\n---\nTinubu back from a week of summits\n\nBola Tinubu returned to Abuja after a week-long trip to Lima and Brasília.\n\nThe journey took him to two capitals in eight days.\n\n${first}\n\nLater the same day, Bola Tinubu met Luiz Inácio Lula da Silva at the Planalto.\n`;
    const events = (first: string) => extract([{ file: "wrap.txt", text: wrap(first) }], loadCatalogue()).events.map((e) => [e.date, [...e.participants].sort().join(" + ")]);
    // The contact before it named no day: the day of the step is unknown, not the publication day.
    expect(events("Bola Tinubu held talks with Narendra Modi in Lima during the trip.")).toEqual([]);
    // The contact before it told its day: the step keeps its day, as before.
    expect(events("Bola Tinubu held talks with Narendra Modi in Lima on March 14.")).toContainEqual(["2024-03-14", "Bola Tinubu + Narendra Modi"]);
  });

  it("dates 'The same day, …' by the news day after a sentence that tells no contact", () => {
    expect(found("The same day, Kassym-Jomart Tokayev spoke by telephone with Shavkat Mirziyoyev.")).toEqual([["2025-04-28", "phone", "Kassym-Jomart Tokayev + Shavkat Mirziyoyev"]]);
  });

  it("leaves out experience ('had also spoken', 'had also met') and a contact told with no word of the day", () => {
    expect(found("Kassym-Jomart Tokayev had also spoken with Shavkat Mirziyoyev about water sharing.")).toEqual([]);
    expect(found("Kassym-Jomart Tokayev had also met Shavkat Mirziyoyev at the border.")).toEqual([]);
    expect(found("Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev, officials said.")).toEqual([]);
  });
});

describe("one visit told day by day", () => {
  it("dates a late-evening arrival and the next day's talks as one visit, by its talks", () => {
    const text =
      "---\npublished: 2024-03-11\n---\nRamaphosa in Brasília\n\nCyril Ramaphosa arrived in Brasília late on Saturday for a visit to Luiz Inácio Lula da Silva.\n\nLuiz Inácio Lula da Silva held talks with Cyril Ramaphosa in Brasília on Sunday.\n";
    const { events } = extract([{ file: "v.txt", text }], loadCatalogue());
    expect(events.map((e) => e.date)).toEqual(["2024-03-10"]);
  });

  it("keeps an arrival by day as a contact of its own", () => {
    const text =
      "---\npublished: 2024-03-11\n---\nRamaphosa in Brasília\n\nCyril Ramaphosa arrived in Brasília on Saturday and was received by Luiz Inácio Lula da Silva for an informal dinner.\n\nLuiz Inácio Lula da Silva held talks with Cyril Ramaphosa in Brasília on Sunday.\n";
    const { events } = extract([{ file: "d.txt", text }], loadCatalogue());
    expect(events.map((e) => e.date)).toEqual(["2024-03-09", "2024-03-10"]);
  });
});

describe("a contact beside the gathering a story with no dated contact tells", () => {
  const page = (title: string, third: string) =>
    `---\npublished: 2023-08-09\n---\n${title}\n\nThe heads of state adopted a joint declaration on the forest and its rivers.\n\nDelegations praised the hosts for the organisation of the two days.\n\n${third}\n`;
  const pairs = (title: string, third: string) => extract([{ file: "gathering.txt", text: page(title, third) }], loadCatalogue()).events.map((e) => [e.date, [...e.participants].sort().join(" + ")]);

  it("dates it by the publication day: the gathering is the news", () => {
    expect(pairs("Amazon states meet in Lima for their first summit", "On the margins of the summit, Luiz Inácio Lula da Silva held a separate meeting with Gustavo Petro.")).toEqual([["2023-08-09", "Gustavo Petro + Luiz Inácio Lula da Silva"]]);
    expect(pairs("Amazon states meet in Lima for their first summit", "Within the framework of the summit, Luiz Inácio Lula da Silva held a separate meeting with Gustavo Petro.")).toEqual([["2023-08-09", "Gustavo Petro + Luiz Inácio Lula da Silva"]]);
  });

  it("leaves it out when the story tells no gathering, or the contact names a year (another gathering, told in passing)", () => {
    expect(pairs("Amazon states adopt a declaration in Lima", "On the margins of the talks, Luiz Inácio Lula da Silva held a separate meeting with Gustavo Petro.")).toEqual([]);
    expect(pairs("Amazon states meet in Lima for their first summit", "Luiz Inácio Lula da Silva first met Gustavo Petro on the sidelines of the summit in 2019.")).toEqual([]);
    // A wrap of a trip of many gatherings, and a contact beside a gathering named by its name alone.
    expect(pairs("Lula back from Lima and Nairobi: five summits in a week", "On the margins of the summit, Luiz Inácio Lula da Silva held a separate meeting with Gustavo Petro.")).toEqual([]);
    expect(pairs("Amazon states meet in Lima for their first summit", "On the sidelines of APEC, Luiz Inácio Lula da Silva held a separate meeting with Gustavo Petro.")).toEqual([]);
  });

  it("leaves it out when the story tells its gathering as of another time, or the contact beside another body's gathering or as past", () => {
    const beside = "On the margins of the summit, Luiz Inácio Lula da Silva held a separate meeting with Gustavo Petro.";
    // A follow-up of last week's gathering, and a preview of next week's: not the publication day.
    expect(pairs("What last week's summit in Lima achieved", beside)).toEqual([]);
    expect(pairs("Amazon leaders head to Lima for next week's summit", beside)).toEqual([]);
    // Another body's summit, and a contact the sentence tells as an earlier one.
    expect(pairs("Amazon states meet in Lima for their first summit", "Luiz Inácio Lula da Silva held a separate meeting with Gustavo Petro on the margins of the summit of the Andean Community, officials said.")).toEqual([]);
    expect(pairs("Amazon states meet in Lima for their first summit", "Luiz Inácio Lula da Silva last held a separate meeting with Gustavo Petro on the margins of the summit, officials recalled.")).toEqual([]);
  });
});

describe("a feed item's headline and lead, searched without joining them", () => {
  // The answer must be the joined text's, `${title} ${text.slice(0, end)}`, for every end: a feed's
  // leads all open at its start. Made-up feeds from words that make, cut or nearly make a match.
  const WORDS = ["summit", "summits", "conference", "Forum", "forums", "last", "next", "week", "weekend", "weeks", "year", "yesterday", "is", "are", "expected", "talks", "Lula", "met", "in", "Goa", "sum", "mit", "_", "2024"];
  const GAPS = [" ", " ", " ", "\n", "\n\n", ". ", ", ", "  \n ", "-", ""];
  let seed = 7;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const phrase = (words: number) => Array.from({ length: words }, () => WORDS[next(WORDS.length)] + GAPS[next(GAPS.length)]).join("");

  it("answers as the joined text does, for each pattern, headline and end", () => {
    let differ = 0;
    let checked = 0;
    for (let feed = 0; feed < 150; feed++) {
      const text = (next(4) === 0 ? "\n   " : "") + phrase(5 + next(60));
      const leads = new LeadSearch(text);
      for (let t = 0; t < 4; t++) {
        const title = t === 0 ? "" : phrase(1 + next(4)).trimEnd() + (next(2) ? " last" : "");
        for (let end = 0; end <= text.length; end++) {
          for (const pattern of [GATHERING_IN_TEXT, GATHERING_OF_ANOTHER_TIME]) {
            checked++;
            if (leads.matches(pattern, title, end) !== pattern.test(`${title} ${text.slice(0, end)}`)) differ++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50_000);
    expect(differ).toBe(0);
  });

  it("finds a gathering told only in the headline, and one running on from it into the text", () => {
    const leads = new LeadSearch("week, Lula met Modi in Goa.\n\nThey spoke of trade.");
    expect(leads.matches(GATHERING_IN_TEXT, "Summit opens", 10)).toBe(true);
    expect(leads.matches(GATHERING_IN_TEXT, "Talks open", 40)).toBe(false);
    expect(leads.matches(GATHERING_OF_ANOTHER_TIME, "Leaders met last", 10)).toBe(true);
    expect(leads.matches(GATHERING_OF_ANOTHER_TIME, "Leaders met", 40)).toBe(false);
  });
});
