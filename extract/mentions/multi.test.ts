/**
 * Several contacts in one sentence: the splits and joined frames (each-called, joined-verb with
 * joined-verb-subject, later-with's second meeting noun, fronted-gathering) must pair only the
 * verb's own object in the contact's own clause. Every input here once made a wrong event (review
 * 15-a); the wording is ordinary wire and readout copy, so a rule that could pair the wrong people
 * must not fire on it.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions } from ".";

const index = new LeaderIndex(loadCatalogue());
function who(body: string): string[] {
  const a = parseArticle("p.txt", `---\npublished: 2024-03-15\n---\nLeaders hold talks\n\n${body}\n`);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value} ${m.type} ${[...m.participants].sort().join("+")}`);
}
const LULA_MODI_CALL = "2024-03-11 phone luiz-inacio-lula-da-silva+narendra-modi";
const LULA_MODI_MET = "2024-03-11 in-person luiz-inacio-lula-da-silva+narendra-modi";
const LULA_SCHOLZ_MET = "2024-03-11 in-person luiz-inacio-lula-da-silva+olaf-scholz";
const naming = (events: string[], id: string) => events.filter((e) => e.includes(id));

describe("each-called: the one called is the verb's own object in its clause", () => {
  it("a leader in the next clause is nobody's counterpart, and the two subjects' own call stays", () => {
    expect(who("Lula and Modi both spoke by phone on Monday, and Scholz welcomed the call.")).toEqual([LULA_MODI_CALL]);
  });

  it("a leader the call was about is not called", () => {
    expect(naming(who("Lula and Modi both spoke by phone about Scholz on Monday."), "olaf-scholz")).toEqual([]);
  });

  it("an aide to a leader is not the leader", () => {
    expect(naming(who("Lula and Modi both called an aide to Scholz on Monday."), "olaf-scholz")).toEqual([]);
  });

  it("a call told as joint is one call, and two subjects not joined right before 'both' are no pair of callers", () => {
    // A call of three told as such (JOINT): not a call of each.
    expect(who("Lula and Modi both called Scholz jointly on Monday.")).not.toContain("2024-03-11 phone narendra-modi+olaf-scholz");
    // A leader named before a comma is not one of the subjects joined before "both".
    expect(who("While Lula slept, Modi and aides both called Scholz on Monday.")).not.toContain("2024-03-11 phone luiz-inacio-lula-da-silva+olaf-scholz");
  });

  it("still splits the call when the leader is right after the verb", () => {
    expect(who("Lula and Modi both called Scholz on Monday.").sort()).toEqual([
      "2024-03-11 phone luiz-inacio-lula-da-silva+olaf-scholz",
      "2024-03-11 phone narendra-modi+olaf-scholz",
    ]);
  });
});

describe("joined-verb: the second word's counterpart is the leader right after its 'with' or 'to'", () => {
  it("an aide to a leader, officials loyal to one, or a topic is no counterpart", () => {
    expect(who("On Monday Lula met Modi in Lima, and later held talks by phone with an aide to Scholz.")).toEqual([LULA_MODI_MET]);
    expect(who("On Monday Lula met Modi in Lima, and then had a call with officials loyal to Scholz.")).toEqual([LULA_MODI_MET]);
    expect(who("On Monday Lula met Modi in Lima, and later held talks about Scholz.")).toEqual([LULA_MODI_MET]);
  });

  it("talks held before ('had previously held') are an earlier contact, not the day's", () => {
    expect(who("On Monday Lula met Modi in Lima, and had previously held talks with Scholz.")).toEqual([LULA_MODI_MET]);
  });

  it("still reads the second contact with its own medium when the leader is its object", () => {
    expect(who("On Monday Lula met Modi in Lima, and later held talks by phone with Scholz.").sort()).toEqual([
      LULA_MODI_MET,
      "2024-03-11 phone luiz-inacio-lula-da-silva+olaf-scholz",
    ]);
  });
});

describe("joined-whole: a joined frame is one contact of its own pair, never split", () => {
  it("'separate' told of the first word gives the second word none of the first one's counterparts", () => {
    const got = who("On the sidelines of the summit on Monday, Lula held separate meetings with Modi and Scholz, and later spoke by phone with Tinubu.");
    expect(got.filter((e) => e.includes(" phone "))).not.toContain("2024-03-11 phone luiz-inacio-lula-da-silva+narendra-modi");
    expect(got.filter((e) => e.includes(" phone "))).not.toContain("2024-03-11 phone luiz-inacio-lula-da-silva+olaf-scholz");
  });
});

describe("joined-verb: the first word's own date after it is shared, a date of the second word's is not", () => {
  it("reads the wire order, the date after the first word ('met A on Monday, and later held talks by phone with B')", () => {
    expect(who("Lula met Modi on Monday, and later held talks by phone with Scholz.").sort()).toEqual([
      LULA_MODI_MET,
      "2024-03-11 phone luiz-inacio-lula-da-silva+olaf-scholz",
    ]);
  });

  it("a second word with a date of its own after it in its clause takes nothing of the first's day", () => {
    expect(naming(who("Lula held a video call with Modi on Monday, and met Scholz in Goa on Friday."), "olaf-scholz").filter((e) => e.startsWith("2024-03-11"))).toEqual([]);
  });
});

describe("fronted-gathering: the main clause's contact is not taken from an aside or another verb's object", () => {
  it("a contact told in an aside on the subject keeps neither the setting's date nor the main clause's place", () => {
    const got = who("At the summit in Goa on Monday, Lula, who had met Modi in Brasília, held talks with Scholz.");
    expect(naming(got, "narendra-modi")).toEqual([]);
    expect(got).toContain(LULA_SCHOLZ_MET);
  });

  it("a call the subject last had, told in an aside, is not the summit day's", () => {
    const got = who("On the sidelines of the summit on Monday, Lula, who last spoke to Modi by phone, met Scholz.");
    expect(naming(got, "narendra-modi")).toEqual([]);
    expect(got).toContain(LULA_SCHOLZ_MET);
  });

  it("a call that another verb's object was thanked for is no call of the day", () => {
    expect(who("During the summit on Monday, Lula thanked Modi for a phone call and met Scholz.").filter((e) => e.includes(" phone "))).toEqual([]);
  });

  it("still gives the setting's date to meetings held with each leader named after the main word", () => {
    expect(who("On the sidelines of the summit on Monday, Lula held meetings with Modi and Scholz.").sort()).toEqual([LULA_MODI_MET, LULA_SCHOLZ_MET]);
  });

  it("a recalled or judged contact noun does not take the setting's date", () => {
    expect(who("At the G20 summit on Monday, Lula described his phone call with Modi as cordial.").filter((e) => e.includes(" phone "))).toEqual([]);
  });
});

describe("later-with: a second meeting noun's counterpart is the leader right after its 'with'", () => {
  it("a meeting with an aide to a leader is no meeting with the leader", () => {
    expect(who("On Tuesday Meloni had a bilateral meeting with Lula, whom she thanked for his help, and a meeting with an aide to Modi.")).toEqual([
      "2024-03-12 in-person giorgia-meloni+luiz-inacio-lula-da-silva",
    ]);
  });

  it("still reads a second meeting with the leader named right after 'with'", () => {
    expect(who("On Tuesday Meloni had a bilateral meeting with Lula, whom she thanked for his help, and a meeting with Modi.").sort()).toEqual([
      "2024-03-12 in-person giorgia-meloni+luiz-inacio-lula-da-silva",
      "2024-03-12 in-person giorgia-meloni+narendra-modi",
    ]);
  });
});

describe("talks told during a call are the call (review 15-a, 5)", () => {
  it("a topic's place, a request or a language after the counterpart makes no meeting", () => {
    expect(who("Lula spoke by telephone with Modi on Monday. During the call, Lula held talks with Modi on the situation in Sudan.")).toEqual([LULA_MODI_CALL]);
    expect(who("Lula and Modi spoke by phone on Monday. Lula held talks with Modi at Modi's request, the presidency said.")).toEqual([LULA_MODI_CALL]);
    expect(who("Lula and Modi spoke by phone on Monday. Lula held talks with Modi in English, the presidency said.")).toEqual([LULA_MODI_CALL]);
  });
});

describe("a calling verb's object is its own (review 15-a, 7)", () => {
  it("a comma attribution after 'called X <adjective>' is no call", () => {
    expect(who("Lula called the treaty overdue, Modi replied on Monday.")).toEqual([]);
    expect(who("Lula called the deal historic, Modi said on Monday.")).toEqual([]);
  });
});
