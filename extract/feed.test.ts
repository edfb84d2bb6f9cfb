import { describe, expect, it } from "vitest";
import { loadCatalogue } from "./catalogue";
import { parseArticle } from "./article";
import { feedDay, feedEdits, feedItems, feedPublished, isFeed, maskFeed } from "./feed";
import { extract } from "./pipeline";
import { readingOf } from "./reading";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>World desk</title>
<link>https://example.org/world</link>
<item>
<title>Calls of the week</title>
<link>https://example.org/world/1</link>
<description><![CDATA[<p>Canada's prime minister Justin Trudeau spoke by phone with Japan's prime minister Fumio Kishida on Tuesday, both offices said.</p>]]></description>
<pubDate>Wed, 13 Mar 2024 08:10:00 GMT</pubDate>
</item>
<item>
<title>Talks in Brasília</title>
<link>https://example.org/world/2</link>
<description>&lt;p&gt;Brazilian President Luiz Inácio Lula da Silva hosted German Chancellor Olaf Scholz in Brasília on Friday for talks on energy.&lt;/p&gt;</description>
<pubDate>Sat, 02 Mar 2024 18:00:00 GMT</pubDate>
</item>
</channel></rss>
`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Press office</title>
  <updated>2024-03-20T10:00:00Z</updated>
  <entry>
    <title>Call with the Japanese prime minister</title>
    <updated>2024-03-19T09:00:00Z</updated>
    <summary type="html">Prime Minister Justin Trudeau held a telephone conversation with Prime Minister Fumio Kishida today.</summary>
  </entry>
  <entry>
    <title>Meeting in Berlin</title>
    <published>2024-02-26T09:00:00Z</published>
    <content type="html">&lt;p&gt;President Lula da Silva met Chancellor Olaf Scholz in Berlin today.&lt;/p&gt;</content>
  </entry>
</feed>
`;

describe("feeds saved as files", () => {
  it("knows an RSS or Atom feed from a web page", () => {
    expect(isFeed(RSS)).toBe(true);
    expect(isFeed(ATOM)).toBe(true);
    expect(isFeed("<html><body><p>An item of news.</p></body></html>")).toBe(false);
  });

  it("reads the markup away, CDATA and escaped HTML too, each edit mapping back to the file", () => {
    const masked = maskFeed(RSS);
    expect(masked).not.toMatch(/CDATA|&lt;|<p>|pubDate|https:/);
    expect(masked).toContain("\nBrazilian President Luiz Inácio Lula da Silva hosted");
    const { toSource } = readingOf(feedEdits(RSS));
    const at = masked.indexOf("Brazilian President");
    expect(RSS.slice(toSource(at), toSource(at + 18) + 1)).toBe("Brazilian President");
  });

  it("reads a name inside a link beside its title, and references as their characters, in CDATA and escaped HTML", () => {
    const link = '<a href="https://example.org/news/people/prime-ministers/japan/profile-of-the-prime-minister" title="profile">Fumio Kishida</a>';
    const escaped = link.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    const feed = (body: string) => `<rss version="2.0"><channel><title>Desk</title>
<item><title>Canada&#8217;s leader calls Tokyo</title><description>${body}</description><pubDate>Wed, 13 Mar 2024 08:10:00 GMT</pubDate></item>
</channel></rss>`;
    const cdata = feed(`<![CDATA[<p>Canada's Prime Minister Justin Trudeau held a telephone conversation with Prime Minister ${link} on Tuesday.</p>]]>`);
    const html = feed(`&lt;p&gt;Canada&#8217;s Prime Minister Justin Trudeau held a telephone conversation with Prime Minister ${escaped} on Tuesday.&lt;/p&gt;`);
    for (const [file, text] of [["cdata.rss", cdata], ["escaped.rss", html]]) {
      const result = extract([{ file, text }], loadCatalogue());
      expect(result.events.map((e) => `${e.date} ${e.type} ${e.participants.join(" + ")}`)).toEqual(["2024-03-12 phone Fumio Kishida + Justin Trudeau"]);
    }
    expect(maskFeed(html)).toContain("Canada’s Prime Minister Justin Trudeau held a telephone conversation with Prime Minister Fumio Kishida on Tuesday.");
    expect(maskFeed("<p>S&#227;o Paulo and Bogot&aacute; &amp; Nairobi</p>")).toBe("\nSão Paulo and Bogotá & Nairobi\n");
    // An unknown reference, and a stray ampersand, are left as written.
    expect(maskFeed("<p>R&D &foo; costs</p>")).toBe("\nR&D &foo; costs\n");
  });

  it("gives each item its own date and title, and the feed the latest of them", () => {
    const items = feedItems(RSS);
    expect(items.map((i) => [i.published, i.title])).toEqual([
      ["2024-03-13", "Calls of the week"],
      ["2024-03-02", "Talks in Brasília"],
    ]);
    expect(feedPublished(RSS, items)).toBe("2024-03-13");
    expect(feedPublished(ATOM, feedItems(ATOM))).toBe("2024-03-20");
  });

  it("reads a feed date as its writer's day, whatever the zone", () => {
    expect(feedDay("Tue, 12 Mar 2024 23:30:00 -0500")).toBe("2024-03-12");
    expect(feedDay("2024-03-12T23:30:00-05:00")).toBe("2024-03-12");
    expect(feedDay("soon")).toBeNull();
  });

  it("dates each item's contact by the item's own date, not by the feed's or the item above", () => {
    for (const [file, text, expected] of [
      ["feed.rss", RSS, ["2024-03-01 in-person Olaf Scholz + Luiz Inácio Lula da Silva", "2024-03-12 phone Fumio Kishida + Justin Trudeau"]],
      ["feed.atom", ATOM, ["2024-02-26 in-person Olaf Scholz + Luiz Inácio Lula da Silva", "2024-03-19 phone Fumio Kishida + Justin Trudeau"]],
    ] as const) {
      const result = extract([{ file, text }], loadCatalogue());
      expect(result.events.map((e) => `${e.date} ${e.type} ${e.participants.join(" + ")}`)).toEqual(expected);
      for (const e of result.events) for (const s of e.sources) expect(text.slice(s.start, s.end)).toBe(s.quote);
    }
  });

  it("dates an item's contact told without a date by that item's own date, not the feed's latest", () => {
    const text = `<rss version="2.0"><channel><title>Desk</title>
<item><title>Lula and Scholz speak</title><description>&lt;p&gt;Brazilian President Luiz Inácio Lula da Silva spoke by phone with German Chancellor Olaf Scholz about energy.&lt;/p&gt;</description><pubDate>Sat, 02 Mar 2024 18:00:00 GMT</pubDate></item>
<item><title>Trudeau in Tokyo</title><description>&lt;p&gt;Prime Minister Justin Trudeau met Prime Minister Fumio Kishida in Tokyo.&lt;/p&gt;</description><pubDate>Tue, 19 Mar 2024 18:00:00 GMT</pubDate></item>
</channel></rss>`;
    const result = extract([{ file: "undated.rss", text }], loadCatalogue());
    expect(result.events.map((e) => `${e.date} ${e.type} ${e.participants.join(" + ")}`)).toEqual([
      "2024-03-02 phone Olaf Scholz + Luiz Inácio Lula da Silva",
      "2024-03-19 in-person Fumio Kishida + Justin Trudeau",
    ]);
  });

  it("reads no item of a feed that never closes it, in one pass", () => {
    expect(feedItems(`<rss><channel>${"<item><title>x</title>".repeat(5000)}`)).toEqual([]);
  });
});

describe("a digest's items between rules", () => {
  const text = [
    "From: Diplomatic Digest <digest@example.org>",
    "Subject: Weekly Digest — leaders' contacts",
    "Date: Friday, 22 March 2024",
    "",
    "View it in your browser.",
    "",
    "_______________________________________________",
    "",
    "CANADA AND JAPAN",
    "Tokyo, 19 March 2024",
    "Prime Minister Justin Trudeau met Prime Minister Fumio Kishida on Tuesday for talks on energy security.",
    "",
    "_______________________________________________",
    "",
    "BRAZIL AND GERMANY",
    "Brasília, 14 March 2024",
    "President Lula da Silva hosted Chancellor Olaf Scholz on Thursday. The two leaders discussed trade and the climate.",
    "",
    "_______________________________________________",
    "You received this because you subscribed. Unsubscribe | Update preferences",
  ].join("\n");

  it("reads each dated item as a story told from its own date, not the issue's", () => {
    const result = extract([{ file: "digest.txt", text }], loadCatalogue());
    expect(result.events.map((e) => `${e.date} ${e.type} ${e.participants.join(" + ")}`)).toEqual([
      "2024-03-14 in-person Olaf Scholz + Luiz Inácio Lula da Silva",
      "2024-03-19 in-person Fumio Kishida + Justin Trudeau",
    ]);
  });

  it("leaves a feature story with scene breaks one story, though one of its sections opens with a date line", () => {
    const feature = [
      "The long road to Nairobi",
      "",
      "Prime Minister Fumio Kishida flew to Nairobi this week for a three-day state visit, the first by a Japanese leader in a decade.",
      "",
      "* * *",
      "",
      "Nairobi, 12 March 2024",
      "The capital was quiet on the morning the convoy drove in. President William Ruto met his guest at State House for talks on trade.",
      "",
      "* * *",
      "",
      "The two leaders walked out to the gardens afterwards, where a band played under a grey sky.",
      "",
      "* * *",
      "",
      "Back in Tokyo, the visit was followed closely by the press, which called it a turning point.",
    ].join("\n");
    expect(parseArticle("feature.txt", feature, { published: "2024-03-15" }).items).toBeUndefined();
    // The digest above: every item between its rules opens with its own date line.
    expect(parseArticle("digest.txt", text).items?.map((i) => i.published)).toEqual(["2024-03-19", "2024-03-14"]);
  });

  it("leaves a page with a single rule (a separator under its header) one story", () => {
    const page = ["Leaders meet", "_____________", "Prime Minister Justin Trudeau met Prime Minister Fumio Kishida on Tuesday."].join("\n");
    const result = extract([{ file: "page.txt", text: page, meta: { published: "2024-03-22" } }], loadCatalogue());
    expect(result.events.map((e) => e.date)).toEqual(["2024-03-19"]);
  });

  it("reads an aggregator's items apart when one is dated only by its age: the others keep their own days", () => {
    const page = (age: string) =>
      [
        "NewsPile — world news from many sources",
        "Home | World | Asia | Africa",
        "----------------------------------------",
        "Leaders of Canada and Japan meet in Tokyo",
        "Source: Wire · 20 Mar 2024",
        "Prime Minister Justin Trudeau met Prime Minister Fumio Kishida in Tokyo on Tuesday for talks on energy.",
        "----------------------------------------",
        "South Africa and India discuss trade by phone",
        `Source: Daily · ${age}`,
        "President Cyril Ramaphosa spoke with Prime Minister Narendra Modi by phone on Friday about the trade corridor.",
        "----------------------------------------",
        "Brazil and Germany sign a climate pact",
        "Source: Agency · 16/01/2024",
        "President Lula da Silva hosted Chancellor Olaf Scholz in Brasília on Tuesday for talks on the climate.",
        "----------------------------------------",
      ].join("\n");
    const read = (age: string) => extract([{ file: "pile.txt", text: page(age), meta: { published: "2024-03-22" } }], loadCatalogue()).events.map((e) => `${e.date} ${e.type} ${e.participants.join(" + ")}`);
    for (const age of ["5 hours ago", "2 days ago", "yesterday"]) {
      expect(read(age)).toEqual([
        "2024-01-16 in-person Olaf Scholz + Luiz Inácio Lula da Silva",
        "2024-03-19 in-person Fumio Kishida + Justin Trudeau",
        "2024-03-22 phone Narendra Modi + Cyril Ramaphosa",
      ]);
    }
    // A line that only ends in "ago" inside a sentence is no age line: the stretch is a section of one story.
    expect(parseArticle("pile.txt", page("the pact was first proposed years ago")).items).toBeUndefined();
  });
});
