import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions } from ".";
import { cuesIn } from "./cues";
import { welcomedAThing } from "./filters";

const index = new LeaderIndex(loadCatalogue());
/** The contacts read from one paragraph of a story published on a Friday, as "type who date". */
function contacts(body: string) {
  const a = parseArticle("f.txt", `---\npublished: 2023-06-16\n---\nA headline for the test\n\n${body}\n`);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.type} ${m.participants.join("+")} ${m.date?.value}`);
}
/** The predicate input for the contact word `word` of `text`. */
const input = (text: string, word: string) => ({ text, cue: cuesIn(text).find((c) => text.slice(c.start, c.end) === word)!, date: null });

describe("welcomed-a-thing", () => {
  it("a welcoming verb with a thing as its object tells a stance, not a contact", () => {
    expect(welcomedAThing.veto(input("Ruto and Boric on Thursday welcomed the prospect of closer trade", "welcomed"))).toMatch(/welcomes a thing/);
    expect(welcomedAThing.veto(input("Boric welcomes the decision to reopen the border", "welcomes"))).toMatch(/welcomes a thing/);
    expect(contacts("On Thursday Lula welcomed the prospect of a trade deal with South Africa, Ramaphosa said.")).toEqual([]);
  });

  it("a welcoming verb with a named body or forum as its object tells a stance too", () => {
    expect(welcomedAThing.veto(input("They welcomed the Chile-Kenya Security Consultative Committee held this month by the two foreign ministers", "welcomed"))).toMatch(/welcomes a thing/);
    expect(welcomedAThing.veto(input("Boric welcomed the Kenyan President at the airport", "welcomed"))).toBeNull();
    expect(welcomedAThing.veto(input("Boric welcomed the Crown Prince of Jordan", "welcomed"))).toBeNull();
  });

  it("welcoming a person is still a contact", () => {
    expect(welcomedAThing.veto(input("Boric welcomed the visiting president at the airport", "welcomed"))).toBeNull();
    expect(welcomedAThing.veto(input("Boric welcomed the two leaders to Santiago", "welcomed"))).toBeNull();
    expect(welcomedAThing.veto(input("Boric welcomed President Ruto to Santiago", "welcomed"))).toBeNull();
    expect(contacts("Brazilian President Luiz Inacio Lula da Silva welcomed South African President Cyril Ramaphosa at the Planalto palace in Brasilia on Thursday.")).toEqual(["in-person luiz-inacio-lula-da-silva+cyril-ramaphosa 2023-06-15"]);
  });
});

describe("fellow-travellers", () => {
  it("leaders who travel together are fellow travellers, not a meeting", () => {
    expect(contacts("Spanish Prime Minister Pedro Sánchez travelled to Brasília overnight on Thursday together with Italian Prime Minister Giorgia Meloni and German Chancellor Olaf Scholz.")).toEqual([]);
    expect(contacts("Spain's Pedro Sánchez arrived in Brasília on Thursday alongside Italy's Giorgia Meloni.")).toEqual([]);
  });

  it("leaders named together as the subject of an arrival, with nobody after it, are fellow travellers", () => {
    expect(contacts("Sánchez, Meloni and Scholz have all landed in Brasília on Thursday.")).toEqual([]);
    // The leader they went to see is named after the journey: a meeting with him stands.
    expect(contacts("On Thursday Sánchez and Meloni arrived in Brasília to see Luiz Inacio Lula da Silva.").join()).toMatch(/in-person .*luiz-inacio-lula-da-silva.* 2023-06-15/);
  });

  it("a journey to the leader of the country reached stands", () => {
    expect(contacts("Spanish Prime Minister Pedro Sánchez travelled to Brasília on Thursday to see Brazilian President Luiz Inacio Lula da Silva.")).toEqual(["in-person luiz-inacio-lula-da-silva+pedro-sanchez 2023-06-15"]);
  });
});

describe("left-out", () => {
  it("a leader named only as the one left out is no party", () => {
    expect(contacts("At the G20 summit in Osaka on Thursday, Kishida, the host, granted bilateral meetings to most visiting leaders but not to Lula.")).toEqual([]);
    expect(contacts("On Thursday Kishida met every leader at the summit in Osaka except Lula.")).toEqual([]);
  });

  it("a leader named also as a party stays", () => {
    expect(contacts("On Thursday Kishida met Lula in Osaka, but not Modi, who had left.")).toEqual(["in-person luiz-inacio-lula-da-silva+fumio-kishida 2023-06-15"]);
  });
});

describe("habitual", () => {
  it("a count of meetings with no date tells how often, not one contact", () => {
    expect(contacts("Lula noted that he and Ramaphosa met twice in the past year, in Brasilia and in Pretoria.")).toEqual([]);
    expect(contacts("Lula noted that he and Ramaphosa had met on several occasions.")).toEqual([]);
    expect(contacts("Lula noted that he and Ramaphosa met in Pretoria on Thursday.")).toEqual(["in-person luiz-inacio-lula-da-silva+cyril-ramaphosa 2023-06-15"]);
  });
});
