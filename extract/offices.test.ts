import { describe, expect, it } from "vitest";
import { parseArticle } from "./article";
import { loadCatalogue } from "./catalogue";
import { LeaderIndex } from "./leaders";
import { articleContext, findMentions } from "./mentions";
import { BARE_OFFICE, BARE_TITLE, NON_STATE_HEAD_COUNTERPART, OFFICIAL_COUNTERPART, OFFICIAL_OPENING, PERSON_WORD, PROXY_AFTER_POSSESSIVE } from "./mentions/vocabulary";
import { BARE_OFFICE_TITLES, OFFICE_NAMES } from "./offices";

const matches = (re: RegExp, text: string) => new RegExp(re.source, re.flags.replace("g", "")).test(text);

// The rank of the offices (a president before a prime minister for "the X leader") is read on text in leaders.test.ts ("resolves roles").
const index = new LeaderIndex(loadCatalogue());
function who(body: string, published = "2023-06-15"): string[] {
  const a = parseArticle("p.txt", `---\npublished: ${published}\n---\nA headline for the test\n\n${body}\n`);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value} ${m.type} ${[...m.participants].sort().join("+")}`);
}

describe("the office vocabulary: every reader of titles takes its words from one list", () => {
  it("each office's name is read bare in running text and capitalised in a readout", () => {
    for (const name of OFFICE_NAMES) {
      expect(matches(BARE_TITLE, `After lunch the ${name} left.`), name).toBe(true);
      const capitalised = name.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
      expect(matches(BARE_OFFICE, `${capitalised} shared his views.`), name).toBe(true);
    }
    // Words that stand for an office only beside a country are never read alone.
    expect(matches(BARE_TITLE, "the general secretary of the union spoke")).toBe(false);
    expect(matches(BARE_TITLE, "the presidential palace")).toBe(false);
  });

  it("'the Head of State' of a readout is any office that heads a state, never a prime minister or chancellor", () => {
    expect(BARE_OFFICE_TITLES["Head of State"]).toEqual(["President", "King", "Emir", "Sultan"]);
    expect(BARE_OFFICE_TITLES["Head of state"]).toEqual(BARE_OFFICE_TITLES["Head of State"]);
    expect(BARE_OFFICE_TITLES["Amir"]).toEqual(["Emir"]);
    expect(BARE_OFFICE_TITLES["Premier"]).toEqual(["Prime Minister"]);
  });

  it("a welcomed emir or crown prince is a person, a welcomed plan is not", () => {
    expect(PERSON_WORD.test("visiting emir")).toBe(true);
    expect(PERSON_WORD.test("crown prince")).toBe(true);
    expect(PERSON_WORD.test("peace plan")).toBe(false);
  });

  it("a contact with a leader named as any office's leader-elect is no contact between leaders yet", () => {
    expect(who("Joe Biden spoke by phone on Monday with Olaf Scholz, the chancellor.")).toEqual(["2023-06-12 phone joe-biden+olaf-scholz"]);
    expect(who("Joe Biden spoke by phone on Monday with Olaf Scholz, the chancellor-elect.")).toEqual([]);
    expect(who("Joe Biden spoke by phone on Monday with the premier-elect, Olaf Scholz.")).toEqual([]);
  });
});

describe("the officials' vocabulary: offices that are no leader's, listed once", () => {
  it("a counterpart named by an official's office is an official; a prime minister or a party's general secretary is a leader", () => {
    expect(OFFICIAL_COUNTERPART.test(" talks in Hanoi with the visiting foreign minister")).toBe(true);
    expect(OFFICIAL_COUNTERPART.test(" talks in Hanoi with the special envoy")).toBe(true);
    expect(OFFICIAL_COUNTERPART.test(" talks in Hanoi with Prime Minister Ishiba")).toBe(false);
    expect(OFFICIAL_COUNTERPART.test(" talks in Hanoi with General Secretary To Lam")).toBe(false);
  });

  it("a counterpart right after the contact word who heads a church or an international body is no state's leader", () => {
    expect(NON_STATE_HEAD_COUNTERPART.test(" Pope Leo at the Vatican")).toBe(true);
    expect(NON_STATE_HEAD_COUNTERPART.test(" again with the Ecumenical Patriarch")).toBe(true);
    expect(NON_STATE_HEAD_COUNTERPART.test(" the IMF managing director in Lima")).toBe(true);
    expect(NON_STATE_HEAD_COUNTERPART.test(" President Lula in Brasília")).toBe(false);
    expect(NON_STATE_HEAD_COUNTERPART.test(" in Rome on Monday, where the pope later said mass")).toBe(false);
  });

  it("a leader's envoy, secretary or delegation acts for the leader and is not the leader", () => {
    expect(PROXY_AFTER_POSSESSIVE.test("'s foreign secretary met the delegation")).toBe(true);
    expect(PROXY_AFTER_POSSESSIVE.test("’s special envoys arrived")).toBe(true);
    expect(PROXY_AFTER_POSSESSIVE.test("'s visit to Hanoi")).toBe(false);
  });

  it("a sentence opening with an official's office is about that official, not the leader before it", () => {
    expect(OFFICIAL_OPENING.test("Foreign Minister Wong said he welcomed the talks.")).toBe(true);
    expect(OFFICIAL_OPENING.test("The Special Envoy met him later.")).toBe(true);
    expect(OFFICIAL_OPENING.test("Prime Minister Albanese said he welcomed the talks.")).toBe(false);
  });
});
