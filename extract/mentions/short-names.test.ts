/**
 * Short names: part of a name the article has given in full stands for that leader, and only
 * when nobody else the article names (or anyone named right beside it) could own it.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions } from ".";

const index = new LeaderIndex(loadCatalogue());
function article(body: string, published = "2019-12-24") {
  return parseArticle("s.txt", `---\npublished: ${published}\n---\nA headline for the test\n\n${body}\n`);
}
/** The leaders the article's body refers to, in order, as "text=id". */
function refs(body: string): string[] {
  const a = article(body);
  return articleContext(a, index, a.published).refs.map((r) => `${r.text}=${r.leaderId}`);
}
function contacts(body: string, published = "2019-12-24"): string[] {
  const a = article(body, published);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value} ${m.type} ${[...m.participants].sort().join("+")}`);
}

describe("short names", () => {
  it("reads a part of a name given in full earlier as that leader", () => {
    const body = "President Moon Jae-in and Prime Minister Shinzo Abe met in Chengdu on Tuesday.\n\nMoon and Abe last held formal talks in September last year in New York.";
    expect(contacts(body)).toContain("2018-09 in-person moon-jae-in+shinzo-abe");
  });

  it("reads a part after an honorific", () => {
    expect(refs("Prime Minister Imran Khan flew to Moscow on Wednesday. Mr Khan met Vladimir Putin.")).toContain("Khan=imran-khan");
  });

  it("does not read a part that stands in someone else's name", () => {
    expect(refs("Imran Khan met Vladimir Putin in Moscow. London mayor Sadiq Khan said nothing.")).not.toContain("Khan=imran-khan");
    expect(refs("Kim Jong Un met Vladimir Putin. Kim Yo Jong, his sister, was there too.")).not.toContain("Kim=kim-jong-un");
  });

  it("does not read a part followed by a particle and another name: a longer name of someone else", () => {
    const body = "Sheikh Mohamed bin Zayed received Narendra Modi in Abu Dhabi on Tuesday. On Wednesday Sheikh Mohamed bin Rashid, the ruler of a neighbouring emirate, met Modi as well.";
    expect(refs(body)).not.toContain("Mohamed=mohamed-bin-zayed");
    expect(contacts(body, "2024-02-15")).toEqual(["2024-02-13 in-person mohamed-bin-zayed+narendra-modi"]);
  });

  it("does not read a part before the leader is named in full", () => {
    expect(refs("Moon said the talks went well. Moon Jae-in met Shinzo Abe on Tuesday.")).not.toContainEqual(expect.stringMatching(/^Moon=/));
  });

  it("does not read a part two leaders the article names share", () => {
    const body = "King Salman received Mohammed bin Salman and Vladimir Putin in Riyadh. Salman thanked the guest.";
    expect(refs(body).filter((r) => r.startsWith("Salman="))).toEqual([]);
  });
});
