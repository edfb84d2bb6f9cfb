import { describe, expect, it } from "vitest";
import { findDates } from "../dates";
import type { ContactType } from "../types";
import { FRAME_RULES } from "./config";
import { cuesIn } from "./cues";
import { followingTold, arrivalBeforeContact, butByMedium, heldByMedium, mediumOfTold, datedFrames, notHappened, receivedACall, sameCueNextDay, sameCueTwice, talkWithoutMedium, type Frame, type SentenceFrames } from "./frames";

/** A sentence as datedFrames reads it, at the start of its file, with no trace and no contact told before it. */
function sentenceOf(text: string, ref: string, more: Partial<SentenceFrames> = {}): SentenceFrames {
  return { rules: FRAME_RULES, text, offset: 0, cues: cuesIn(text), dates: findDates(text, 0, ref), leadType: null, firstLeaderAt: text.length, trace: null, told: null, ...more };
}

/** The frames a sentence's dates make: [date phrase, type, predicate word]. */
function frames(text: string, leadType: ContactType | null = null, ref = "2025-03-19") {
  const got = datedFrames(sentenceOf(text, ref, { leadType }));
  return got.frames.map((f) => [f.date?.text, f.type, text.slice(f.cue.start, f.cue.end)]);
}

describe("date owners", () => {
  it("date-modifies-noun: 'their Feb. 28 meeting' is the meeting's date, not the conversation's", () => {
    expect(frames("It was the first conversation between Trump and Zelensky since their Feb. 28 meeting at the White House.")).toEqual([["Feb. 28", "in-person", "meeting"]]);
    expect(frames("Zelensky informed Macron by phone of the results of Wednesday's call.", "phone")).toEqual([["Wednesday", "phone", "call"]]);
  });

  it("date-modifies-noun: a venue's name may stand between the date and the noun, not between the date and a verb", () => {
    expect(frames("Their call was the first conversation since their Feb. 28 Oval Office meeting, which ended badly.", "phone")).toEqual([["Feb. 28", "in-person", "meeting"]]);
    expect(frames("The two have not spoken since the March 3 Casa Rosada meeting.", "phone")).toEqual([["March 3", "in-person", "meeting"]]);
    // A name after the date is the subject of the verb that follows: the date is the verb's all the same, by the nearest cue.
    expect(frames("On March 3 Lula met Milei in Brasília.")).toEqual([["March 3", "in-person", "met"]]);
  });

  it("date-modifies-noun: a leader's title and name in the possessive is no venue, nor is a date after a verb of reporting", () => {
    // The day the leader spoke, "that" left out: not the visit's.
    expect(frames("Kishida told reporters on Monday President Lula's visit to Goa had opened a new chapter.").map((f) => f[2])).not.toContain("visit");
    expect(frames("Kishida told reporters on Monday Lula's visit to Goa had opened a new chapter.").map((f) => f[2])).not.toContain("visit");
    // After a call, the visit discussed on it is not dated by the call's day.
    expect(frames("In a phone call on Monday Prime Minister Tusk's visit to Goa was discussed by Modi and Tusk.")).toEqual([["on Monday", "phone", "In a phone call"]]);
    // A venue after a verb of reporting: the day may be the saying's, so the noun does not take it.
    expect(frames("Kishida said on Monday Goa House talks had gone well.").map((f) => f[2])).not.toContain("talks");
  });

  it("since-when: a 'since' date a 'when' clause goes on to tell is that clause's contact's", () => {
    expect(frames("It was the first summit of the two countries since March 2023, when Ruto hosted Boric in Nairobi.")).toEqual([["March 2023", "in-person", "hosted"]]);
    expect(frames("Relations have been cold since May 2021, when Ruto phoned Boric to complain.")).toEqual([["May 2021", "phone", "phoned"]]);
    // A "when" clause that tells no contact: no contact on that date.
    expect(frames("It was the first summit of the two countries since March 2023, when the trade talks collapsed.")).toEqual([]);
    expect(frames("Boric has been in office since March 2022, when Congress swore him in.")).toEqual([]);
  });

  it("nearest-cue-before and list-member: each date of a list takes its list's contact", () => {
    expect(frames("Putin and Xi met in Moscow in May 2018, November 2017 and October 2015.").map((f) => f[0])).toEqual(["May 2018", "November 2017", "October 2015"]);
  });

  it("nearest-cue-before: a date in a clause of its own after a semicolon is not the contact's before it", () => {
    expect(frames("It is the first meeting between Lula and Milei since Milei took office; Lula had put off the journey in March after an illness.")).toEqual([]);
    // A contact word of its own after the date still takes it.
    expect(frames("They met in Goa in May 2022 and have been in touch since; in the latest instance, on March 1, Lula informed Milei by phone of the vote.")).toEqual([["May 2022", "in-person", "met"], ["March 1", "phone", "by phone"]]);
    // Without the semicolon, the date stays with the contact before it.
    expect(frames("Lula and Milei met in Brasília in March.")).toEqual([["March", "in-person", "met"]]);
    // A clause that goes on telling the same contact keeps its date for it.
    expect(frames("Lula held talks with Milei in Goa; they lasted until late on Monday.")).toEqual([["on Monday", "in-person", "talks"]]);
    expect(frames("Lula held talks with Milei in Goa; the two leaders parted late on Monday.")).toEqual([["on Monday", "in-person", "talks"]]);
    // …unless it goes back to another, earlier event.
    expect(frames("Lula held talks with Milei in Goa; they had last spoken in March.")).toEqual([]);
  });

  it("nearest-cue-before: a date opening the next clause, with a contact word of its own, is that word's", () => {
    const text = "On Thursday, Ruto talked by telephone with Boric, and on Friday he met Lula in Nairobi.";
    expect(frames(text)).toEqual([
      ["On Thursday", "phone", "talked"],
      ["on Friday", "in-person", "met"],
    ]);
    // With no contact word after it, the date stays with the one before.
    expect(frames("Ruto met Boric in Nairobi, and on Friday the two praised the outcome.")).toEqual([["on Friday", "in-person", "met"]]);
  });

  it("cue-after-date: a date after a leader is named does not reach a contact word past ', as well as'", () => {
    const text = "Ruto recalled their brief exchange in Nairobi last November, as well as the telephone talk they held.";
    // Ruto is named at the sentence's start.
    expect(datedFrames(sentenceOf(text, "2025-03-19", { firstLeaderAt: 0 })).frames).toEqual([]);
  });

  it("cue-after-date: a date opening the sentence belongs to the contact after it", () => {
    expect(frames("On March 18, Putin held a telephone conversation with Trump.")).toEqual([["March 18", "phone", "telephone conversation"]]);
  });

  it("vague-period: 'the past year' is no contact's date", () => {
    expect(frames("In the past year Xi received Putin in Beijing in May.").map((f) => f[0])).toEqual(["May"]);
  });

  it("vague-period: a period naming one month dates a contact told in passing; a year does not", () => {
    expect(frames("The two presidents last sat down together at a regional summit last month.", null, "2024-06-12")).toEqual([["last month", "in-person", "summit"]]);
    expect(frames("The premier had phoned her earlier this month to offer help.", null, "2024-06-12").map((f) => f[0])).toEqual(["this month"]);
    expect(frames("The premier had phoned her last week to offer help.", null, "2024-06-12").map((f) => f[0])).toEqual(["last week"]);
    // Early in the month, last week straddles two months: no date.
    expect(frames("The premier had phoned her last week to offer help.", null, "2024-06-04")).toEqual([]);
    expect(frames("They held talks three times this year.", null, "2024-06-12")).toEqual([]);
  });

  it("since-event: a date of the event a 'since' clause names is not the contact's", () => {
    expect(frames("Lula and Xi held their first talks since Lula's return to office in January.").map((f) => f[0])).toEqual([]);
    expect(frames("The two met in Lima, their first meeting since the election in March, on Friday.").map((f) => f[0])).toEqual(["on Friday"]);
    // The clause is itself a contact: the date is that earlier contact's.
    expect(frames("It was their first call since their May 3 meeting in Rome.")).toEqual([["May 3", "in-person", "meeting"]]);
    expect(frames("They have spoken by phone often since 2016 – most recently in June.").map((f) => f[0])).toEqual(["June"]);
  });

  it("since-event: a 'since' clause with an aside or a figure in it, after the contact word, still dates its own event", () => {
    expect(frames("It was their first call since Brazil's offer, a week ago, to send doctors to Lima.", "phone").map((f) => f[0])).toEqual([]);
    expect(frames("Lula has received a stream of calls and visits since the 7.8 earthquake near Goa on Feb. 6.").map((f) => f[0])).toEqual([]);
    // "since then" and "since," frame the sentence: the date after them is the contact's.
    expect(frames("They have spoken by phone several times since then, most recently in June.").map((f) => f[0])).toEqual(["June"]);
    expect(frames("They have spoken by phone several times since, most recently in June.").map((f) => f[0])).toEqual(["June"]);
    // A contact word after "since" makes the date that contact's.
    expect(frames("It was their first call since the two leaders met, briefly, in Lima on May 3.")).toEqual([["May 3", "in-person", "met"]]);
  });

  it("since-event: a date opening its own phrase after the 'since' clause is the contact's (review 17-b)", () => {
    expect(frames("Lula spoke by phone with Narendra Modi for the first time since the border clash, a rare step, on Monday.", "phone").map((f) => f[0])).toEqual(["on Monday"]);
    expect(frames("Lula has held talks with Narendra Modi regularly since taking office, including on Monday in Delhi.").map((f) => f[0])).toEqual(["on Monday"]);
  });

  it("first-since: a summit of two countries since a year may have been other leaders'", () => {
    expect(frames("Lula met Milei in Brasília, the first Brazil–Argentina summit since 2019.").map((f) => f[0])).toEqual([]);
    expect(frames("Lula met Milei for their first face-to-face meeting since 2019.").map((f) => f[0])).toEqual(["since 2019"]);
  });

  it("first-since: a 'since' date in the possessive dates the event it qualifies, not an earlier contact", () => {
    expect(frames("Lula sat down with Milei in Lima on Sunday, their first meeting since July's election.").map((f) => f[0])).toEqual(["on Sunday"]);
    expect(frames("It was their first call since last month's border clash.", "phone").map((f) => f[0])).toEqual([]);
    // A contact word after the possessive is the earlier contact it names.
    expect(frames("Lula met Milei for their first meeting since July's talks in Lima.").map((f) => f[0])).toEqual(["July"]);
  });

  it("date-in-quote and other-event words leave dates out", () => {
    expect(frames('Putin met Xi, who said "we will talk again on Friday".')).toEqual([]);
    expect(frames("At the talks they discussed the elections held on May 26.", "in-person")).toEqual([]);
  });
});

describe("dates of other things", () => {
  it("date-modifies-other: 'ahead of the July 28 presidential election' dates the election", () => {
    expect(frames("Boric met Arce in La Paz on Tuesday and called for calm ahead of Bolivia's August 17 presidential election.", null, "2025-04-09").map((f) => f[0])).toEqual(["on Tuesday"]);
    expect(frames("Boric met Arce in La Paz on August 17 to talk about the election.", null, "2025-09-09").map((f) => f[0])).toEqual(["August 17"]);
  });

  it("dateline-date: a wire dateline's date yields to the contact's own", () => {
    expect(frames("SANTIAGO, Mar 19 (Agency) - Boric held a meeting with Ruto at La Moneda on Tuesday.").map((f) => f[0])).toEqual(["on Tuesday"]);
    // With nothing else to date it, the dateline's date stays the contact's.
    expect(frames("SANTIAGO, Mar 19 (Agency) - Boric held a meeting with Ruto at La Moneda.").map((f) => f[0])).toEqual(["Mar 19"]);
  });

  it("relative-clause: a date in a 'whose/which/who' clause after the contact word is the clause's", () => {
    expect(frames("Ruto held talks with Boric and with Arce of Bolivia, whose country joined the group in January.").map((f) => f[0])).toEqual([]);
    expect(frames("Ruto held talks with Boric, who took his seat on the council in March.").map((f) => f[0])).toEqual([]);
    // The relative pronoun can open an aside of its own: "which, he says, …", "and who, aides add, …".
    expect(frames("Ruto dined with Boric in Lima, a visit which, aides say, took its toll in March.").map((f) => f[0])).toEqual([]);
    expect(frames("Ruto dined with Boric in Lima, a visit which took its toll in March.").map((f) => f[0])).toEqual([]);
    // The clause tells the contact itself.
    expect(frames("Ruto flew to Santiago, where he met Boric on Tuesday.").map((f) => f[0])).toEqual(["on Tuesday"]);
    expect(frames("Ruto held talks with Boric in Santiago on Tuesday.").map((f) => f[0])).toEqual(["on Tuesday"]);
  });
});

describe("predicates", () => {
  it("called-not-phoned: 'was called off on Tuesday' places no call", () => {
    expect(frames("The summit of Ruto and Boric was called off on Tuesday night.", "in-person", "2025-03-19")).toEqual([]);
    expect(frames("Ruto called Boric on Tuesday night.", "phone", "2025-03-19").map((f) => f[0])).toEqual(["on Tuesday"]);
  });

  it("negotiation-track: talks that collapsed or stalled in December are a track, not a meeting", () => {
    expect(frames("The talks between Ruto and Boric collapsed that December.", "in-person", "2025-03-19")).toEqual([]);
    expect(frames("The talks that followed stalled in December 2024.", "in-person", "2025-03-19")).toEqual([]);
    expect(frames("The talks between Ruto and Boric in Nairobi lasted two hours in December.", "in-person", "2025-03-19").map((f) => f[0])).toEqual(["December"]);
    expect(frames("Ruto and Boric held talks in Nairobi in December while the old pact collapsed.", "in-person", "2025-03-19").map((f) => f[0])).toEqual(["December"]);
  });

  it("spoke-of: speaking of someone in June is no conversation in June", () => {
    expect(frames("Ruto has spoken warmly of the letters Boric sent him in June.", "phone", "2025-03-19")).toEqual([]);
    expect(frames("Ruto has spoken with Boric in June.", "phone", "2025-03-19").map((f) => f[0])).toEqual(["June"]);
  });

  it("date-of-the-saying: a date before a reporting verb is the report's, not the contact's after it", () => {
    expect(frames("At his press conference on Monday, Lula said that the conversation had been very friendly.", "phone", "2025-03-19")).toEqual([]);
    expect(frames("On Monday Lula told reporters the meeting had gone well.", "in-person", "2025-03-19")).toEqual([]);
    // A date opening the contact's own clause, the report told after it, stays the contact's.
    expect(frames("On Monday Lula had a conversation with Ramaphosa, officials said.", "phone", "2025-03-19").map((f) => f[0])).toEqual(["On Monday"]);
    // An attribution between commas, or "according to", tells who reported it, not when.
    expect(frames("On Monday, officials said, Ruto met Boric at the presidential palace in Santiago.", null, "2025-03-19")).toEqual([["On Monday", "in-person", "met"]]);
    expect(frames("On Monday, according to officials in Santiago, Ruto met Boric at the presidential palace.", null, "2025-03-19")).toEqual([["On Monday", "in-person", "met"]]);
    // A report told with its own subject and a clause after it keeps the date.
    expect(frames("At his press conference on Monday, Ruto said, smiling, that the call with Boric had been friendly.", "phone", "2025-03-19")).toEqual([]);
  });

  it("spoke-to-audience: speaking to a parliament, students or a rally in a call story is no call", () => {
    expect(frames("On Wednesday, Lula spoke to both houses of Parliament about the trade deal.", "phone", "2025-03-19")).toEqual([]);
    expect(frames("On Wednesday, Lula spoke to students at the University of Pretoria.", "phone", "2025-03-19")).toEqual([]);
    expect(frames("On Wednesday, Lula spoke at a rally in Recife.", "phone", "2025-03-19")).toEqual([]);
    // Speaking to a leader still tells the call.
    expect(frames("On Wednesday, Lula spoke to Ramaphosa about the trade deal.", "phone", "2025-03-19").map((f) => f[0])).toEqual(["On Wednesday"]);
  });
});

/** Every frame a sentence's dates propose, before any frame-set filter judges them together. */
function proposed(text: string, ref = "2025-03-19"): Frame[] {
  return datedFrames(sentenceOf(text, ref, { rules: { ...FRAME_RULES, frameSet: [] } })).frames;
}
const dateAndWord = (text: string, fs: Frame[] | undefined) => fs?.map((f) => [f.date?.text, text.slice(f.cue.start, f.cue.end)]);

describe("vetoes on a read frame", () => {
  it("talk-without-medium: a talking word makes a contact only with a medium", () => {
    expect(frames("Ruto talked with Boric about trade on Monday.")).toEqual([]);
    // The same words under a headline naming a call have that medium.
    expect(frames("Ruto talked with Boric about trade on Monday.", "phone")).toEqual([["on Monday", "phone", "talked"]]);
    const text = "Ruto talked with Boric about trade on Monday.";
    const cue = cuesIn(text).find((c) => text.slice(c.start, c.end) === "talked")!;
    const modality = () => "happened" as const;
    expect(talkWithoutMedium.veto({ word: '"talked"', cue, medium: null, modality })).toMatch(/no medium/);
    expect(talkWithoutMedium.veto({ word: '"talked"', cue, medium: "phone", modality })).toBeNull();
  });

  it("not-happened: a contact still to come is no frame; one that happened is", () => {
    expect(frames("Ruto will meet Boric in Santiago on Monday.")).toEqual([]);
    expect(frames("Ruto met Boric in Santiago on Monday.")).toEqual([["on Monday", "in-person", "met"]]);
    const text = "Ruto met Boric in Santiago on Monday.";
    const cue = cuesIn(text).find((c) => text.slice(c.start, c.end) === "met")!;
    expect(notHappened.veto({ word: '"met"', cue, medium: null, modality: () => "planned" })).toBe('"met" is planned');
    expect(notHappened.veto({ word: '"met"', cue, medium: null, modality: () => "happened" })).toBeNull();
  });
});

describe("frame-set filters", () => {
  it("arrival-before-contact: drops an arrival dated apart from the meeting told after it, and only then", () => {
    const text = "Ruto arrived in Santiago on Sunday evening, and held talks with Boric on Monday.";
    const frames = proposed(text);
    expect(dateAndWord(text, frames)).toEqual([["on Sunday", "arrived in"], ["on Monday", "talks"]]);
    expect(dateAndWord(text, arrivalBeforeContact.apply({ text, frames })?.frames)).toEqual([["on Monday", "talks"]]);
    // An arrival that leads to no contact told after it is the visit itself: nothing dropped.
    const alone = "Ruto arrived in Santiago on Sunday for a state visit.";
    expect(arrivalBeforeContact.apply({ text: alone, frames: proposed(alone) })).toBeNull();
  });

  it("same-cue-twice: two dates of one time reaching one contact word keep only the finer one", () => {
    const text = "In May 2023, on 20 May 2023 to be exact, Ruto paid a visit to Santiago.";
    const frames = proposed(text);
    expect(frames.map((f) => text.slice(f.cue.start, f.cue.end))).toEqual(["visit", "visit"]);
    expect(dateAndWord(text, sameCueTwice.apply({ text, frames })?.frames)).toEqual([["on 20 May 2023", "visit"]]);
    // Two different months of one contact word are two contacts: nothing dropped.
    const twice = "Ruto met Boric in Santiago in May 2023 and in June 2024.";
    expect(proposed(twice)).toHaveLength(2);
    expect(sameCueTwice.apply({ text: twice, frames: proposed(twice) })).toBeNull();
  });

  it("same-cue-next-day: two days a day apart reaching one contact word are one contact, dated by the nearer phrase", () => {
    // A relative date beside the calendar one: the calendar date, next to "met", stands.
    expect(frames("Six weeks ago, on 6 February, Ruto and Boric met for the first time in Santiago.").map((f) => f[0])).toEqual(["on 6 February"]);
    // "today" at the verb, "the last day of his visit" further on: one meeting, today's.
    expect(frames("Ruto today held a meeting with Boric at La Moneda, on the last day of his visit to Chile.").map((f) => f[0])).toEqual(["today"]);
    const text = "Ruto today held a meeting with Boric at La Moneda, on the last day of his visit to Chile.";
    expect(proposed(text)).toHaveLength(2);
    expect(dateAndWord(text, sameCueNextDay.apply({ text, frames: proposed(text) })?.frames)).toEqual([["today", "held a meeting"]]);
    // One stretch of days after the word: the summit both attended, one contact.
    expect(frames("Ruto and Boric attended the summit together this Sunday and Monday.").map((f) => f[0])).toEqual(["this Sunday"]);
  });

  it("same-cue-next-day: one call told by two zones' clocks is one call, dated by the first day told", () => {
    expect(frames("Ruto spoke by phone with Kishida late on Tuesday (early Wednesday Tokyo time), the statehouse said.").map((f) => f[0])).toEqual(["on Tuesday"]);
    expect(frames("Ruto spoke by phone with Kishida late on Tuesday, early Wednesday local time.").map((f) => f[0])).toEqual(["on Tuesday"]);
    // A later day with no zone's clock after it is still a second call.
    expect(frames("Ruto spoke by phone with Kishida on Tuesday and Wednesday about the drought.").map((f) => f[0])).toHaveLength(2);
    // Two days further apart are two contacts, whatever clock the second is told by.
    expect(frames("Ruto spoke by phone with Kishida on 3 March and on 5 March Tokyo time.").map((f) => f[0])).toHaveLength(2);
  });

  it("same-cue-next-day: a contact told again, or with another counterpart each day, stays two contacts", () => {
    expect(frames("Ruto met Boric in Santiago on Monday and again on Tuesday.").map((f) => f[0])).toEqual(["on Monday", "on Tuesday"]);
    const calls = "Ruto held telephone talks with Boric on Monday, with Lula on Tuesday and with Milei on Wednesday.";
    expect(frames(calls).map((f) => f[0])).toEqual(["on Monday", "on Tuesday", "on Wednesday"]);
    expect(sameCueNextDay.apply({ text: calls, frames: proposed(calls) })).toBeNull();
    expect(frames("On the sidelines of the summit, Ruto met Boric on Thursday and Lula on Friday.").map((f) => f[0])).toEqual(["on Thursday", "on Friday"]);
    // Two days further apart are two contacts.
    expect(frames("Ruto and Boric met in Santiago on 3 March and on 5 March.").map((f) => f[0])).toHaveLength(2);
    // A call on each of two days is two calls: only a meeting or a visit lasts from one day into the next.
    expect(frames("Ruto spoke by phone with Boric on Monday and Tuesday to discuss the drought.").map((f) => f[0])).toEqual(["on Monday", "Tuesday"]);
  });
});

describe("journeys", () => {
  it("arrival-before-contact: an arrival dated apart from the contact told after it is the journey, not the contact", () => {
    expect(frames("Ruto arrived in Santiago on Sunday evening, and held talks with Boric on Monday at La Moneda.", null, "2025-03-19").map((f) => [f[0], f[2]])).toEqual([["on Monday", "talks"]]);
    // An arrival alone is still the visit's date.
    expect(frames("Ruto arrived in Santiago on Sunday for a state visit.", null, "2025-03-19").map((f) => f[0])).toEqual(["on Sunday"]);
    // Every journey word is an arrival: "flew into", "landed in" as much as "arrived in".
    expect(frames("Ruto flew into Santiago late on Sunday and was received by Boric at La Moneda on Monday morning.", null, "2025-03-19").map((f) => [f[0], f[2]])).toEqual([["on Monday", "received"]]);
    expect(frames("Ruto landed in Santiago on Sunday for a state visit.", null, "2025-03-19").map((f) => f[0])).toEqual(["on Sunday"]);
  });

  it("planned-date: leaders 'who arrive in Brasília on Tuesday' are still to come", () => {
    expect(frames("Several of the leaders who arrive in Santiago on Tuesday for the summit Boric has convened said so.", null, "2025-03-17")).toEqual([]);
    expect(frames("Several of the leaders who arrived in Santiago on Tuesday for the summit said so.", null, "2025-03-19").map((f) => f[0])).toEqual(["on Tuesday"]);
  });
});

describe("timelines", () => {
  it("timeline-head: a date heading an entry dates its first contact word, past other events", () => {
    expect(frames("July 25, 2019 — Two months after his inauguration, Ruto holds a telephone conversation with Boric.")).toEqual([["July 25, 2019", "phone", "telephone conversation"]]);
    expect(frames("12 March 2024: Ruto meets Boric in Santiago.")).toEqual([["12 March 2024", "in-person", "meets"]]);
    // Not at the head of the entry: the ordinary owners decide.
    expect(frames("Two months after his inauguration on July 25, 2019 — a telephone conversation with Boric.")).toEqual([]);
  });
});

describe("medium rules", () => {
  it("same-call-noun: in a story about a video call, 'the meeting today' is that call; a meeting in a named place is not", () => {
    expect(frames("The meeting today, he said, was a continuation of their exchanges.", "video", "2025-03-19")).toEqual([["today", "video", "meeting"]]);
    expect(frames("The meeting in Nairobi on Monday was their first in person.", "video", "2025-03-19")).toEqual([["on Monday", "in-person", "meeting"]]);
    expect(frames("They recalled the meeting last March.", "video", "2025-03-19").map((f) => f[1])).not.toContain("video");
  });

  it("planned-date reads the whole clause, but not across a 'since' clause", () => {
    expect(frames("Ruto is scheduled to receive Boric, and he is expected to travel to Santiago for the regional leaders' summit in the first week of November.", null, "2025-10-20")).toEqual([]);
    expect(frames("It would have been the first sit-down between Ruto and Boric since their summit in Santiago in July.", null, "2025-10-20").map((f) => f[0])).toEqual(["July"]);
  });

  it("talks-in-place: talks in a named city were in person, in a story about a call", () => {
    expect(frames("The discussion continued the talks in Bishkek on October 13.", "phone")).toEqual([["October 13", "in-person", "talks"]]);
  });

  it("talks-in-place: talks with a counterpart at a named venue were in person, in a story about a call", () => {
    expect(frames("On Tuesday Tinubu held talks with Lula at the Planalto.", "phone")).toEqual([["On Tuesday", "in-person", "talks"]]);
    // The counterpart may carry an apposition between commas.
    expect(frames("On Tuesday Tinubu held talks with Ruto, his host, at the State House.", "phone")).toEqual([["On Tuesday", "in-person", "talks"]]);
    // A month is no place; nor is a place past the contact's clause or not after its counterpart.
    expect(frames("On Tuesday Tinubu held talks with Lula in March.", "phone")).toEqual([["On Tuesday", "phone", "talks"]]);
    expect(frames("On Tuesday Tinubu held talks with Lula, and Boric flew in from Lima.", "phone")).toEqual([["On Tuesday", "phone", "talks"]]);
    expect(frames("On Monday Tinubu said the raid was meant to wreck the ceasefire talks and to spread the war in Lima.", "phone").map((f) => f[1])).not.toContain("in-person");
  });

  it("medium-nearby: a medium word before the contact word counts only in the contact's clause", () => {
    expect(frames("By video link Lula opened the trade forum on Monday; he met Scholz in Goa on Friday.")).toEqual([
      ["on Monday", "video", "By video"],
      ["on Friday", "in-person", "met"],
    ]);
    // In the contact's own clause it is the contact's medium.
    expect(frames("By video link Lula met Scholz on Friday.")).toEqual([["on Friday", "video", "met"]]);
  });

  it("talks-in-place: talks whose place follows their counterpart were in person, in a story about a call", () => {
    expect(frames("On Monday Boric held talks with Petro at the Casa de Nariño.", "phone").map((f) => f[1])).toEqual(["in-person"]);
    expect(frames("On Monday Tinubu holds talks with the host, President Ramaphosa, at the Union Buildings.", "phone").map((f) => f[1])).toEqual(["in-person"]);
  });

  it("talks-in-place: a counterpart who is elsewhere, a place reached later or a month after the counterpart keeps the story's call", () => {
    expect(frames("On Monday Boric held talks with Petro, who was in Lima.", "phone").map((f) => f[1])).toEqual(["phone"]);
    expect(frames("On Monday Boric held talks with Petro before arriving in Lima.", "phone").map((f) => f[1])).toEqual(["phone"]);
    expect(frames("Boric held talks with Petro in May.", "phone").map((f) => f[1])).toEqual(["phone"]);
    // Nor a topic's place, a person's request or a language.
    expect(frames("On Monday Boric held talks with Petro on the situation in Haiti.", "phone").map((f) => f[1])).toEqual(["phone"]);
    expect(frames("On Monday Boric held talks with Petro at Petro's request.", "phone").map((f) => f[1])).toEqual(["phone"]);
    expect(frames("On Monday Boric held talks with Petro in Spanish.", "phone").map((f) => f[1])).toEqual(["phone"]);
  });

  it("held-there: a conversation its people had in a named city was a meeting, in a story about a call", () => {
    expect(frames("Ruto and Boric recalled the conversation they had in Nairobi on June 4.", "phone").map((f) => f[1])).toEqual(["in-person"]);
    expect(frames("Ruto and Boric recalled the talks the two leaders held at the State House on June 4.", "phone").map((f) => f[1])).toEqual(["in-person"]);
  });

  it("held-there: a conversation had in a month, or with no place, keeps the story's call", () => {
    expect(frames("Ruto and Boric recalled the conversation they had in June.", "phone").map((f) => f[1])).toEqual(["phone"]);
    expect(frames("Ruto and Boric recalled the conversation they had on June 4.", "phone").map((f) => f[1])).toEqual(["phone"]);
  });

  it("went-there: a conversation told as held when its speaker went to a named place was in person", () => {
    expect(frames("My last proper conversation with Lula was when I went to Brasília in May.", "phone").map((f) => f[1])).toEqual(["in-person"]);
    expect(frames("When he came to the Ottawa summit in March, Trudeau and Boric talked for an hour.", "video").map((f) => f[1])).toEqual(["in-person"]);
  });

  it("went-there: a trip to no place ('went to bed', 'came to power') or a call with its own medium keeps its medium", () => {
    expect(frames("Trudeau and Boric talked on March 3, when he came to power.", "phone").map((f) => f[1])).toEqual(["phone"]);
    expect(frames("Trudeau and Boric talked by phone on March 3, when I went to Lima.", null).map((f) => f[1])).toEqual(["phone"]);
  });

  it("a talking word takes the medium of the contact before it only in its own clause", () => {
    // Past ", and" the video call is another contact's: "talked" reads as if told alone (here: the story's call).
    expect(frames("Lula held a video call with Modi on Monday, and later talked with Petro on Friday.", "phone").map((f) => [f[0], f[1]])).toEqual([
      ["on Monday", "video"],
      ["on Friday", "phone"],
    ]);
    // With no story medium, it names none and is no contact.
    expect(frames("Lula held a video call with Modi on Monday, and later talked with Petro on Friday.", null).map((f) => [f[0], f[1]])).toEqual([["on Monday", "video"]]);
    // A date whose own clause tells its own contact after it is no list member of the date before.
    expect(frames("Lula held a video call with Modi on Monday, and on Friday he talked with Petro in Bogotá.", null).map((f) => [f[0], f[1]])).not.toContainEqual(["on Friday", "video"]);
    // In the same clause it is the same kind of contact again.
    expect(frames("Lula held video calls with Modi on Monday and with Petro on Friday.", null).map((f) => [f[0], f[1]])).toEqual([
      ["on Monday", "video"],
      ["on Friday", "video"],
    ]);
  });

  it("medium-inherited: bare talks in a story about a call are the call", () => {
    expect(frames("The talks on Tuesday lasted an hour.", "phone")).toEqual([["on Tuesday", "phone", "talks"]]);
  });

  it("talk-without-medium: 'spoke' with no medium anywhere is no contact", () => {
    expect(frames("Putin spoke about the economy on Tuesday.")).toEqual([]);
  });

  it("aside-closed: a date set between commas after a talking noun leaves the noun's clause open to the medium told after it", () => {
    expect(frames("Their previous conversation, on May 2, was a video call about trade.")).toEqual([["May 2", "video", "conversation"]]);
    expect(frames("Their last talks, in March, were held by telephone.")).toEqual([["March", "phone", "talks"]]);
    // A medium in a clause of its own after the aside is another contact's: the talking word stays none.
    expect(frames("Their conversation, on May 2, lasted an hour, and Lula later phoned Modi.").map((f) => f[2])).not.toContain("conversation");
    // No aside: the comma after the date closes the noun's clause as before.
    expect(frames("They talked on May 2, then Lula phoned Modi.").map((f) => f[2])).not.toContain("talked");
  });

  it("topic-of-talk: 'the outcome of the April 27 summit' is named, not told", () => {
    expect(frames("Trump spoke today with Moon to discuss the outcome of the April 27 inter-Korean summit at Panmunjom.", null, "2018-04-28")).toEqual([]);
  });

  it("topic-of-talk: 'informed X by phone of his meeting with Y last Friday' names that meeting, it does not tell it", () => {
    expect(frames("Ruto informed the Prime Minister by phone of his meeting with the President of Chile, Gabriel Boric, held in Santiago last Friday.", null).map((f) => f[2])).not.toContain("meeting");
    expect(frames("Ruto informed the Prime Minister by phone on Monday.", null).map((f) => f[2])).toEqual(["by phone"]);
  });

  it("topic-of-talk: a list entry's 'briefs X on the Y summit' names that summit, in the present tense too", () => {
    expect(frames("On Friday Ruto briefs Ramaphosa on Lima summit", null).map((f) => f[2])).not.toContain("summit");
    expect(frames("On Friday Ruto updates Ramaphosa about the Nairobi talks", null).map((f) => f[2])).not.toContain("talks");
    expect(frames("On Friday Ruto and Ramaphosa hold talks on the summit agenda", null).map((f) => f[2])).toContain("talks");
  });

  it("following-told: a sentence opening on talks already told, as the time of what it tells, does not tell them again", () => {
    const vetoed = (text: string) => cuesIn(text).filter((c) => c.kind === "contact").map((c) => [text.slice(c.start, c.end), followingTold.veto({ text, cue: c, date: null }) !== null]);
    expect(vetoed("Following the talks, the two presidents signed a treaty on fisheries.")).toEqual([["talks", true]]);
    expect(vetoed("After their meeting in Lima, Boric and Petro gave a joint press conference.")).toEqual([["meeting", true]]);
    expect(vetoed("At the end of the summit, the leaders adopted a declaration.")).toEqual([["summit", true]]);
    // The noun tells its own contact when nothing before it makes it the time of the sentence.
    expect(vetoed("The talks between Boric and Petro lasted two hours.")).toEqual([["talks", false]]);
    // Only the opening noun: a contact the sentence goes on to tell is its own.
    expect(vetoed("Following the talks, Boric met Petro again in Lima.").filter(([w]) => w !== "talks")).toEqual([["met", false]]);
    // "After a meeting" is no contact already told.
    expect(vetoed("After a meeting with Petro, Boric flew home.")).toEqual([["meeting", false]]);
  });

  it("vague-period: 'now' dates nothing", () => {
    expect(frames("Prabowo is now in the US for talks.", "in-person")).toEqual([]);
  });

  it("planned-date: 'both due in Brasília on Tuesday' is the date of a plan; 'welcomed Kishida and his plans on Wednesday' is not", () => {
    expect(frames("Boric and Lacalle Pou, both due in Brasilia on Tuesday, are expected to raise it at the summit.", null, "2023-05-29")).toEqual([]);
    expect(frames("Biden welcomed Kishida and his plans on Wednesday.", null, "2024-04-11").map((f) => f[0])).toEqual(["on Wednesday"]);
  });
});


describe("possessive dates", () => {
  it("possessive-date: 'after last month's unrest' dates the unrest, not the call; 'Friday's talks' dates the talks", () => {
    expect(frames("Petro spoke by telephone with Milei after last month's unrest on the border.", null, "2024-06-12")).toEqual([]);
    expect(frames("Friday's talks between Petro and Milei lasted two hours.", null, "2024-06-12")).toEqual([["Friday", "in-person", "talks"]]);
    // A contact word later in the clause may be what the phrase names.
    expect(frames("Monday's gathering at the palace was their third encounter.", null, "2024-06-12").map((f) => f[0])).toEqual(["Monday"]);
  });

  it("received-a-call: 'received a call' gives 'received' the call's medium, a visitor received keeps none", () => {
    const medium = (text: string) => {
      const cues = cuesIn(text);
      const cue = cues.find((c) => text.slice(c.start, c.end) === "received")!;
      return receivedACall.apply({ text, cue, from: 0, to: text.length, inherited: null, cues });
    };
    expect(medium("Lula received a call from Narendra Modi.")).toBe("phone");
    expect(medium("Lula received a brief video call from Narendra Modi.")).toBe("video");
    // A day set off by commas between the verb and its call.
    expect(medium("Lula received, the day before yesterday, a telephone call from Narendra Modi.")).toBe("phone");
    expect(medium("Lula received, at the palace, Narendra Modi and a call from Scholz.")).toBeNull();
    expect(medium("Lula received Narendra Modi at the palace.")).toBeNull();
    // The call's day between "received" and the call after "on".
    expect(medium("Lula received on Monday a call from Narendra Modi.")).toBe("phone");
    expect(medium("Lula received, in the morning, Narendra Modi, who had a call with him last week.")).toBeNull();
    expect(medium("Lula received on Monday Narendra Modi, a call that lasted an hour having preceded it.")).toBeNull();
    // The call told first, "received" after it in a relative clause.
    expect(medium("Tinubu briefed his guest on a call he received on Thursday from Lula.")).toBe("phone");
    expect(medium("Tinubu spoke of the video call that Lula had received from Modi.")).toBe("video");
    // A guest received after some other call is still received in person.
    expect(medium("After the call, Lula received Narendra Modi at the palace.")).toBeNull();
    // Wire copy and headlines drop the comma: the guest is still received after the call, in person.
    expect(medium("After the call Lula received Narendra Modi at the palace.")).toBeNull();
    expect(medium("Shortly after the video call President Lula received Narendra Modi in Brasília.")).toBeNull();
    expect(medium("Following a phone call he received Narendra Modi at the palace.")).toBeNull();
    // The call with its own article, received by a named leader, is still the call received.
    expect(medium("The courtesy call Prime Minister Lula received from Modi lasted an hour.")).toBe("phone");
  });
});

describe("one date per contact word", () => {
  it("date-of-its-own: a contact word with a date after it does not also take the date before it, another verb's", () => {
    expect(frames("Tinubu flew into Nairobi late on Monday and was received by Ruto at State House on Tuesday morning.")).toEqual([["on Tuesday", "in-person", "received"]]);
    expect(frames("Lula returned on Thursday from Tokyo, where he met Kishida at the Kantei on Tuesday.")).toEqual([["on Tuesday", "in-person", "met"]]);
    // The contact told again keeps both of its days.
    expect(frames("On Monday Lula met Kishida in Tokyo, and again on Wednesday.").map((f) => f[0])).toEqual(["On Monday", "on Wednesday"]);
  });

  it("date-of-its-own: a weekday and its date in brackets are one date, the numbers' day", () => {
    // Told on a Friday, "on Friday" alone would be the news day.
    expect(frames("In Lima he had a bilateral meeting with Albanese on Friday (14/3).", null, "2025-03-21")).toEqual([["14/3", "in-person", "meeting"]]);
  });
});

describe("but-by-medium", () => {
  const medium = (text: string, word: string) => {
    const cues = cuesIn(text);
    return butByMedium.apply({ text, cue: cues.find((c) => text.slice(c.start, c.end) === word)!, from: 0, to: text.length, inherited: null, cues });
  };
  it("a contact noun whose sentence corrects how it was held takes that medium", () => {
    expect(medium("On Wednesday, Lula, Ramaphosa and Modi held their fourth summit – not in Pretoria, as had been planned before the floods, but by videoconference, each at his desk.", "summit")).toBe("video");
    expect(medium("The talks went ahead, though not in Brasília but by telephone.", "talks")).toBe("phone");
  });
  it("a summit held where it was planned keeps no medium of its own", () => {
    expect(medium("On Wednesday, Lula, Ramaphosa and Modi held their fourth summit in Pretoria, but by then the floods had closed the roads.", "summit")).toBeNull();
  });
});

describe("held-by-medium", () => {
  const medium = (text: string, word: string) => {
    const cues = cuesIn(text);
    return heldByMedium.apply({ text, cue: cues.find((c) => text.slice(c.start, c.end) === word)!, from: 0, to: text.length, inherited: null, cues });
  };
  it("a contact noun whose own 'was held' says how, past a list of its people, takes that medium", () => {
    expect(medium("On May 4, a meeting of the Presidents of Kenya and Chile was held in the format of videoconference.", "meeting")).toBe("video");
    expect(medium("The talks between the Prime Ministers of Spain and Portugal took place by telephone on Friday.", "talks")).toBe("phone");
    expect(frames("On May 4, a meeting of the Presidents of Kenya and Chile was held in the format of videoconference.")).toEqual([["May 4", "video", "meeting"]]);
  });
  it("a 'was held' that places the contact, or belongs to another contact word, says nothing of its medium", () => {
    expect(medium("On May 4, a meeting of the Presidents of Kenya and Chile was held in Nairobi.", "meeting")).toBeNull();
    expect(medium("The meeting, which followed a call in March, was held by the lake.", "meeting")).toBeNull();
    expect(frames("On May 4, a meeting of the Presidents of Kenya and Chile was held in Nairobi.")).toEqual([["May 4", "in-person", "meeting"]]);
  });
  it("a 'was held' after a relative clause about another round, or 'held as video footage played', gives the meeting no medium", () => {
    expect(medium("On Friday, the talks between President Ruto and President Boric, whose last round had been held by video, took place at State House in Nairobi.", "talks")).toBeNull();
    expect(medium("On Friday, the meeting of President Ruto and President Boric was held as video footage of the storm played on screens in Nairobi.", "meeting")).toBeNull();
    expect(frames("On Friday, the meeting of President Ruto and President Boric was held as video footage of the storm played on screens in Nairobi.")).toEqual([["On Friday", "in-person", "meeting"]]);
  });
  it("a medium that ends its phrase still counts: 'by video link on Friday', 'by phone call'", () => {
    expect(medium("The meeting of the Presidents of Kenya and Chile was held by video link on Friday.", "meeting")).toBe("video");
    expect(medium("The talks between the Prime Ministers of Spain and Portugal were held by phone call.", "talks")).toBe("phone");
  });
});

describe("medium-of-told", () => {
  const medium = (text: string, word: string, told: { type: ContactType; date: string | null; text?: string } | null, ref?: string) => {
    const cues = cuesIn(text);
    const date = ref ? (findDates(text, 0, ref)[0] ?? null) : null;
    return mediumOfTold.apply({ text, cue: cues.find((c) => text.slice(c.start, c.end) === word)!, from: 0, to: text.length, inherited: null, cues, date, told });
  };
  it("a gathering told again with its attendees is held as the contact told just before it", () => {
    expect(medium("The summit was attended by Modi, Scholz and Tinubu.", "summit", { type: "video", date: "2024-05-02" })).toBe("video");
    expect(medium("The meeting was also attended by Lula and Petro.", "meeting", { type: "video", date: null })).toBe("video");
    expect(medium("The call was attended by Kishida and Albanese.", "call", { type: "phone", date: "2024-05-02" })).toBe("phone");
  });
  it("not after a meeting in person, nor with no contact told, nor for a summit after a phone call", () => {
    expect(medium("The summit was attended by Modi, Scholz and Tinubu.", "summit", { type: "in-person", date: null })).toBeNull();
    expect(medium("The summit was attended by Modi, Scholz and Tinubu.", "summit", null)).toBeNull();
    expect(medium("The summit was attended by Modi, Scholz and Tinubu.", "summit", { type: "phone", date: null })).toBeNull();
  });
  it("not without a list of attendees, nor for a gathering on another day", () => {
    expect(medium("The summit in Nairobi opened with a speech by Ruto.", "summit", { type: "video", date: null })).toBeNull();
    expect(medium("On Thursday the summit was attended by Modi, Scholz and Tinubu.", "summit", { type: "video", date: "2024-05-06" }, "2024-05-10")).toBeNull();
  });
  it("only for the gathering the contact's sentence named, not a later summit after a bilateral video call", () => {
    const call = "On Monday Widodo held a videoconference with Modi about rice exports.";
    expect(medium("The summit was attended by Widodo, Albanese, Kishida and Modi.", "summit", { type: "video", date: null, text: call })).toBeNull();
    const summit = "Widodo took part in the regional summit by video link on Monday.";
    expect(medium("The summit was attended by Widodo, Albanese, Kishida and Modi.", "summit", { type: "video", date: null, text: summit })).toBe("video");
  });
});

describe("cue-after-date: a contact told from a date on", () => {
  it("does not take the date of the stretch it came in ('in June 2020, and since then they had met only in passing')", () => {
    expect(frames("Ties froze after the border clash in June 2020, and since then Lula and Milei had met only in passing.")).toEqual([]);
    expect(frames("Ties froze after the border clash in June 2020, and in the years that followed Lula and Milei met only in passing.")).toEqual([]);
  });
  it("still dates a contact the date opens", () => {
    expect(frames("In June 2020, Lula and Milei met in Brasília.")).toEqual([["June 2020", "in-person", "met"]]);
  });
});

describe("no joined frame (joined-verb removed, review 16-m)", () => {
  it("a second contact word after 'and' with no date of its own takes no day of the first one's", () => {
    expect(frames("On Monday Lula met Modi in Lima, and later held talks by phone with Scholz.")).toEqual([["On Monday", "in-person", "met"]]);
    expect(frames("On Monday Lula met Modi in Lima, and had a meeting with Scholz last year.").filter((f) => f[0] === "On Monday")).toEqual([["On Monday", "in-person", "met"]]);
  });
});
