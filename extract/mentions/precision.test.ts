/**
 * The precision gate alone: a contact read by a weak rule makes no event, the same contact read
 * by a strong one does, and --explain says which reading the gate refused.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions, Trace } from ".";
import { precisionGate } from "./precision";

const index = new LeaderIndex(loadCatalogue());
function read(body: string, published = "2023-09-20") {
  const a = parseArticle("g.txt", `---\npublished: ${published}\n---\nA headline for the test\n\n${body}\n`);
  const trace = new Trace();
  const found = findMentions(a, index, articleContext(a, index, a.published), trace);
  const contacts = [...found.dated, ...found.floating].map((m) => `${m.date?.value ?? "undated"} ${m.type} ${[...m.participants].sort().join("+")}`);
  const gate = trace.entries.filter((e) => e.rule === "precision-gate").map((e) => e.detail);
  return { contacts, gate };
}

describe("precision gate", () => {
  it("refuses two leaders paired only because they stand nearest the contact's words", () => {
    const r = read("Pedro Sánchez spoke by phone on Monday with aides and ministers of several capitals, among them one close to Xi Jinping, as Joe Biden waited.");
    expect(r.contacts).toEqual([]);
    expect(r.gate).toEqual(["who read by nearest-two: the two named nearest the contact's words, a guess"]);
  });

  it("keeps the same call when the clause binds the two to it", () => {
    expect(read("Pedro Sánchez spoke by phone on Monday with Xi Jinping, as Joe Biden waited.")).toEqual({ contacts: ["2023-09-18 phone pedro-sanchez+xi-jinping"], gate: [] });
  });

  it("refuses a visit whose host country's named leader displaces the leader the clause says was met", () => {
    const r = read("Emmanuel Macron, on a visit to Spain on Tuesday, met Xi Jinping while Pedro Sánchez was speaking in parliament.");
    expect(r.contacts).toEqual([]);
    expect(r.gate[0]).toMatch(/^who read by visit-to-named-leader/);
  });

  it("keeps a visit whose clause names the host it met", () => {
    expect(read("Emmanuel Macron, on a visit to Spain on Tuesday, met Pedro Sánchez and praised Xi Jinping.").contacts).toEqual(["2023-09-19 in-person emmanuel-macron+pedro-sanchez"]);
  });

  it("refuses a contact dated only by the day it was reported", () => {
    const r = read("Xi Jinping held talks in Madrid with Pedro Sánchez, the foreign ministry said on Monday.");
    expect(r.contacts).toEqual([]);
    expect(r.gate[0]).toMatch(/^date read by report-date/);
  });

  it("keeps a report's day in an article with no date of its own: only another article's report of the contact can date it", () => {
    expect(precisionGate.veto({ read: { who: ["two-named"], medium: "cue-word", date: "report-date" }, anchored: true })).toBeNull();
    expect(precisionGate.veto({ read: { who: ["two-named"], medium: "cue-word", date: "report-date" }, anchored: false })).toMatch(/^date read by report-date/);
  });

  it("keeps a contact whose clause gives its own day", () => {
    expect(read("Xi Jinping held talks in Madrid with Pedro Sánchez on Monday, the foreign ministry said.").contacts).toEqual(["2023-09-18 in-person pedro-sanchez+xi-jinping"]);
  });

  it("refuses a date's stretch whose subject only a pronoun gives, and keeps the first date's call", () => {
    const r = read("Pedro Sánchez opened the forum in Madrid on Monday. He spoke with Narendra Modi by telephone on Sept. 7 and with Xi Jinping on Sept. 11.");
    expect(r.contacts).toEqual(["2023-09-07 phone narendra-modi+pedro-sanchez"]);
    expect(r.gate[0]).toMatch(/^who read by date-stretch/);
  });

  it("keeps a date's stretch whose subject the sentence names", () => {
    expect(read("Pedro Sánchez met Narendra Modi on Sept. 7 and Xi Jinping on Sept. 11.").contacts).toEqual(["2023-09-07 in-person narendra-modi+pedro-sanchez", "2023-09-11 in-person pedro-sanchez+xi-jinping"]);
  });

  it("refuses two leaders joined before an in-person word when the sentence names a third", () => {
    const r = read("Pedro Sánchez also met Emmanuel Macron and Olaf Scholz on the margins of the summit on Saturday.");
    expect(r.contacts).toEqual([]);
    expect(r.gate[0]).toMatch(/^who read by joined-subject/);
  });

  it("keeps a call joined that way, with the leader after 'with', and two joined when only they are named", () => {
    expect(read("Emmanuel Macron and Olaf Scholz held a video call with Xi Jinping on Tuesday.").contacts).toEqual(["2023-09-19 video emmanuel-macron+olaf-scholz+xi-jinping"]);
    expect(read("Joe Biden and Xi Jinping met in Bali on Monday to discuss tensions over Taiwan.").contacts).toEqual(["2023-09-18 in-person joe-biden+xi-jinping"]);
  });

  it("lets a reading it does not name pass", () => {
    expect(precisionGate.veto({ read: { who: ["subject-object"], medium: "cue-medium", date: "nearest-cue-before" }, anchored: false })).toBeNull();
  });

  it("refuses the story's medium for a contact of long before it, and keeps it within the story's month", () => {
    const story = "Pedro Sánchez spoke by phone on Monday with Narendra Modi, his office said.";
    const long = read(`${story} The two leaders recalled the talks they had held in March last year.`);
    expect(long.contacts).toEqual(["2023-09-18 phone narendra-modi+pedro-sanchez"]);
    expect(long.gate).toEqual(["medium read by medium-inherited: the story's medium given to a contact of long before it"]);
    expect(read(`${story} They had last held talks on September 4.`).contacts).toEqual(["2023-09-18 phone narendra-modi+pedro-sanchez", "2023-09-04 phone narendra-modi+pedro-sanchez"]);
  });

  it("keeps a medium the contact's own words give, however long before", () => {
    expect(read("Pedro Sánchez spoke by phone on Monday with Narendra Modi. The two leaders recalled the phone call they had held in March last year.").contacts).toContain("2022-03 phone narendra-modi+pedro-sanchez");
  });
});

