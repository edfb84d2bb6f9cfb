import { describe, expect, it } from "vitest";
import { FRAME_RULES } from "./config";
import { cuesIn } from "./cues";
import { quieted, correctedReport, discussedPlanSetting, settingOfUnheld, relativeUnheld, appositionModality, bareInfinitive, carriedMessage, clauseModal, disputedClaim, futureTime, heldSince, irrealisPredicate, mayModal, notHeldBefore, planHead, plannedAfter, question, refusalHead, retracted, speechAct, subjectPlanned, temporalPresent } from "./modality";
import { firstOf } from "./rules";

/** The modality of the first contact word of `text`, by the configured rules. */
function modality(text: string) {
  const cue = cuesIn(text).find((c) => c.kind === "contact")!;
  return firstOf(FRAME_RULES.modality, { text, cue, cues: cuesIn(text) }, null, "fill") ?? "happened";
}
/** The rule input for the contact word `word` of `text` (by default its first contact word). */
const input = (text: string, word?: string) => ({ text, cue: cuesIn(text).find((c) => c.kind === "contact" && (!word || text.slice(c.start, c.end) === word))! });

describe("modality rules", () => {
  it("plan-head: a contact something 'was supposed to' carry or bring is a plan", () => {
    expect(planHead.apply(input("The new hotline was supposed to carry the first telephone conversation between the two leaders."))).toBe("planned");
    expect(planHead.apply(input("The new hotline carried the first telephone conversation between the two leaders."))).toBeNull();
  });

  it("retracted: a pair said not to have talked, or never to each other, had no contact", () => {
    expect(retracted.apply(input("Tinubu shook hands with Ramaphosa at the door; the two did not speak beyond the greeting."))).toBe("denied");
    expect(retracted.apply(input("Boric and Petro spent Monday on the telephone with Lula's aides, though never to each other."))).toBe("denied");
    expect(retracted.apply(input("Scholz greeted Sánchez in the hall, but both leaders didn't talk."))).toBe("denied");
    // What they did not talk about, a meeting with someone else, or their next meeting leave the contact told.
    expect(retracted.apply(input("Tinubu met Ramaphosa in Abuja on Monday; the two did not speak about the border."))).toBeNull();
    expect(retracted.apply(input("Tinubu met Ramaphosa in Abuja in May, and the two did not meet again until October."))).toBeNull();
    expect(retracted.apply(input("Boric and Petro spoke by phone on Monday but never met in person."))).toBeNull();
  });

  it("retracted: a contact the sentence takes back or tells only as a claim did not happen", () => {
    expect(retracted.apply(input("The palace first said the two kings spoke by phone, but it later corrected itself: they had only exchanged messages."))).toBe("denied");
    expect(retracted.apply(input("Posts shared widely online say that Lula secretly called Milei last week."))).toBe("denied");
    // The words quoted as said: a greeting, told as "only exchanged" in quotation marks.
    expect(retracted.apply(input('At the dinner in Lima the two were filmed shaking hands; aides said they had only "exchanged greetings".'))).toBe("denied");
    expect(retracted.apply(input('At the dinner in Lima the two shook hands and "exchanged views" on trade.'))).toBeNull();
    expect(modality("The ministry corrected the record: Erdogan did speak with Putin, on Monday.")).toBe("denied");
    expect(retracted.apply(input("Lula spoke by phone with Milei on Friday, the presidency said."))).toBeNull();
    expect(retracted.apply(input("Lula went to Lima for the summit and said he would stay on to see Boric, but no meeting took place."))).toBe("denied");
    // A meeting that did not take place with someone else leaves the sentence's own contact alone.
    expect(retracted.apply(input("Lula met Boric in Lima on Monday; no meeting took place with the opposition leader."))).toBeNull();
    expect(retracted.apply(input("Lula met Boric in Lima after a first meeting planned for May was held over."))).toBeNull();
    expect(retracted.apply(input("Ramaphosa met Lula in Pretoria, where the record of the talks was corrected by aides."))).toBeNull();
  });

  it("corrected-report: a contact told as what a piece said before its correction is taken back", () => {
    expect(correctedReport.apply(input("An earlier version of this story said Lula met Petro in Lima on Monday."))).toBe("denied");
    expect(correctedReport.apply(input("A report on the summit (World, 12 May) said that Boric had spoken to Milei by telephone the previous day.", "by telephone"))).toBe("denied");
    expect(correctedReport.apply(input("The article incorrectly stated that Modi and Albanese held talks in Goa."))).toBe("denied");
    // The correction's own contact, after a semicolon, did happen; so does one a news report relays.
    expect(correctedReport.apply(input("An earlier version of this story gave the wrong day; Lula met Petro in Lima on Tuesday.", "met"))).toBeNull();
    expect(correctedReport.apply(input("A report by the state agency said Lula met Petro in Lima on Monday."))).toBeNull();
    expect(correctedReport.apply(input("Lula met Petro in Lima on Monday, the presidency said."))).toBeNull();
    // A bracket that is no section and date is an aside of the news report, and ", but" starts the contact's own clause.
    expect(correctedReport.apply(input("A report by the state agency (in Spanish) said Boric met Milei in Lima on Monday."))).toBeNull();
    expect(correctedReport.apply(input("Some papers wrongly reported that the trip had been called off, but Boric met Milei in Lima on Monday.", "met"))).toBeNull();
    expect(correctedReport.apply(input("A report on the summit (World, May 12) said that Boric met Milei in Lima.", "met"))).toBe("denied");
    // A column's citation of the piece, a quoted headline and its day, before or after the contact word.
    expect(correctedReport.apply(input('We said Boric and Milei spoke by telephone on Monday ("Lima talks stall", 14 May).', "by telephone"))).toBe("denied");
    expect(correctedReport.apply(input('A profile of the envoy ("Quiet man of the Andes", 3 June) located the meeting of Boric and Petro in Quito.', "meeting"))).toBe("denied");
    expect(correctedReport.apply(input('In a piece on the tour ("Boric heads north in search of trade", 9 June), we said Boric met Petro on Friday.', "met"))).toBe("denied");
    expect(correctedReport.apply(input('A caption ("Goa hosts Lula talks", 2 June) gave the wrong city.', "talks"))).toBe("denied");
    // A headline in brackets without a piece's telling before the contact, or a bracket that cites no piece, is news.
    expect(correctedReport.apply(input('Boric met Petro in Quito on Friday ("a good day", he said).', "met"))).toBeNull();
    expect(correctedReport.apply(input('Boric met Petro in Quito on Friday, as first reported in our story ("Andean thaw", 9 June).', "met"))).toBeNull();
    expect(correctedReport.apply(input("Aides said Boric met Petro in Quito (the capital, 2,800 metres up) on Friday.", "met"))).toBeNull();
  });

  it("corrected-report: a corrections column's quoted headline, its news item and the paper's own 'we said'", () => {
    expect(correctedReport.apply(input('• An analysis of the forum ("Lima hosts a split region", 12 May) located the meeting of Boric and Milei in Quito.', "meeting"))).toBe("denied");
    expect(correctedReport.apply(input("A news item on the president's stop in Lima said Boric met Milei on Sunday.", "met"))).toBe("denied");
    expect(correctedReport.apply(input("• We said Boric and Milei spoke by telephone on Monday about the dam.", "by telephone"))).toBe("denied");
    expect(correctedReport.apply(input("The earlier version also said Boric met Milei on Monday; the meeting was on Tuesday.", "met"))).toBe("denied");
    expect(correctedReport.apply(input("The earlier version also said Boric met Milei on Monday; the meeting was on Tuesday.", "meeting"))).toBeNull();
    expect(correctedReport.apply(input('In a report on the forum ("Lima hosts a split region", 12 May), we said Boric met Milei on Friday.', "met"))).toBe("denied");
    // The piece's own topic, between its description and its bracket, is no contact told.
    expect(correctedReport.apply(input('In a report on the president\'s visit to Lima ("Boric bets on Lima", 12 May), we said Boric met Milei on Friday.', "visit"))).toBe("denied");
    // A quoted "we said", and a bracket with neither a section nor a quoted headline, relay news.
    expect(correctedReport.apply(input('"We said we would meet again," Boric told reporters after he met Milei on Friday.', "met"))).toBeNull();
    // A "we said" that no bullet of a column opens tells news: a leader's turn in a transcript, a doorstop.
    expect(correctedReport.apply(input("BORIC: We said we would meet, and I met Milei in Lima on Saturday.", "met"))).toBeNull();
    expect(correctedReport.apply(input("We said on 3 May that Boric would see Milei, and he met him in Lima on Saturday.", "met"))).toBeNull();
    expect(correctedReport.apply(input("Boric said we met Milei in Lima on Friday.", "met"))).toBeNull();
    expect(correctedReport.apply(input("A report on the visit (seen by this paper) said Boric met Milei in Lima.", "met"))).toBeNull();
    expect(correctedReport.apply(input("Boric's visit to Lima (his first, 12 May) ended with a dinner.", "visit"))).toBeNull();
  });

  it("discussed-plan-setting: a plan that a past verb of talk took up, during a contact, does not make the contact a plan", () => {
    expect(modality("Lula and Petro reviewed efforts to deepen trade ties during a phone call on Friday.")).toBe("happened");
    expect(modality("Tinubu and Ramaphosa discussed plans to build a railway during their meeting in Nairobi.")).toBe("happened");
    expect(discussedPlanSetting.apply(input("Lula and Petro reviewed efforts to deepen trade ties during a phone call on Friday.", "during a phone call"))).toBe("happened");
  });

  it("discussed-plan-setting: what two leaders agreed on during a contact does not make the contact a plan", () => {
    expect(modality("Widodo and Albanese agreed to widen their fisheries pact during their meeting in Lima on Monday.")).toBe("happened");
    expect(discussedPlanSetting.apply(input("Widodo and Albanese agreed to widen their fisheries pact during their meeting in Lima on Monday.", "meeting"))).toBe("happened");
    // Far from the contact word, past the window of the plan words: the setting rule leaves it held.
    const long = "Boric and Petro jointly condemned the attacks on the border posts and agreed to deepen their security, energy and mining industry cooperation during their summit in Lima on Friday.";
    const cues = cuesIn(long);
    expect(settingOfUnheld([]).apply({ text: long, cue: cues.find((c) => long.slice(c.start, c.end) === "summit")!, cues })).toBeNull();
    expect(modality(long)).toBe("happened");
  });

  it("discussed-plan-setting: an agreement to meet, or one whose setting is still to come, stays a plan", () => {
    expect(modality("Widodo and Albanese agreed to meet during the summit in Lima.")).not.toBe("happened");
    expect(modality("Widodo and Albanese agreed to sign the pact during a visit to Lima next month.")).not.toBe("happened");
    expect(modality("Widodo and Albanese agreed to sign the pact; during their meeting they will also discuss fish.")).not.toBe("happened");
    expect(modality("Boric and Petro agreed to hold talks during the summit in Lima.")).not.toBe("happened");
    // A setting put ahead, a journey, or one still to open is when the outcome will be done.
    expect(modality("Widodo and Albanese agreed to sign the pact during the upcoming summit in Lima.")).not.toBe("happened");
    expect(modality("Widodo and Albanese agreed to sign the pact during a state visit to Lima in March.")).not.toBe("happened");
    expect(modality("Widodo and Albanese agreed to finalise the pact during the summit in Lima, which opens in November.")).not.toBe("happened");
  });

  it("discussed-plan-setting: a plan told as the leaders' own, or a contact not introduced by 'during', stays a plan", () => {
    expect(modality("Lula plans to raise the dam with Petro during a phone call next week.")).not.toBe("happened");
    expect(modality("Lula and Petro discussed efforts to hold a meeting in Lima.")).not.toBe("happened");
    expect(discussedPlanSetting.apply(input("Lula and Petro made efforts to deepen ties during a phone call on Friday.", "during a phone call"))).toBeNull();
    // The contact "during" introduces is still to come: the plan is a plan.
    expect(discussedPlanSetting.apply(input("The two ministers discussed plans to sign trade deals during a visit by Lula to Lima next month.", "visit"))).toBeNull();
  });

  it("held-since: the visit after 'has not met … since' happened", () => {
    expect(heldSince.apply(input("Scholz has not met Putin since a visit to Moscow", "visit"))).toBe("happened");
    expect(heldSince.apply(input("Scholz has not met Putin in Moscow", "met"))).toBeNull();
  });

  it("a negative idiom ('no secret that', 'not the first time that') does not deny the contact after it", () => {
    expect(modality("It is no secret that Scholz spoke to Biden by telephone on Tuesday.")).toBe("happened");
    expect(modality("It is not the first time that Lula receives Petro in Brasilia.")).toBe("happened");
    expect(modality("It is no secret that Scholz did not speak to Biden by telephone.")).toBe("denied");
    expect(modality("Scholz has no plan to speak to Biden by telephone.")).not.toBe("happened");
  });

  it("a negative idiom contracted ('isn't the first time', 'wasn't a surprise', 'wasn't until') still tells the contact as fact", () => {
    expect(modality("It isn't the first time that Ruto has hosted Boric at State House in Nairobi.")).toBe("happened");
    expect(modality("It wasn't a surprise that Ruto spoke by phone with Boric on Monday.")).toBe("happened");
    expect(modality("It wasn't until Monday that Ruto met Boric at State House in Nairobi.")).toBe("happened");
    expect(modality("It was not until Monday that Ruto met Boric at State House in Nairobi.")).toBe("happened");
  });

  it("a contracted negation outside the idioms still denies or withholds the contact", () => {
    expect(modality("Ruto won't visit Boric in Santiago this year.")).not.toBe("happened");
    expect(modality("Ruto hasn't met Boric since the summit.")).not.toBe("happened");
    expect(modality("It isn't clear whether Ruto met Boric in Santiago.")).not.toBe("happened");
    expect(modality("It wasn't a surprise that Ruto didn't speak to Boric by phone.")).toBe("denied");
  });

  it("a negation or plan before ', but' governs its own clause, not the contact after it", () => {
    expect(modality("Ruto said he had not expected much, but the talks with Lula were a start.")).toBe("happened");
    expect(modality("Ruto said the mood was good, but the talks with Lula will not take place.")).not.toBe("happened");
    expect(modality("Ruto has not met Lula this year.")).toBe("denied");
  });

  it("bare-infinitive: the infinitive of a ranked person tells what they did", () => {
    expect(modality("Modi, the fourth foreign leader to visit Biden this year, praised the host.")).toBe("happened");
    expect(modality("Lula became one of the few heads of state of the region to visit Kyiv.")).toBe("happened");
    expect(modality("Lula will be the first leader of the region to visit Kyiv.")).not.toBe("happened");
    expect(modality("Modi hopes to be the first foreign leader to visit Biden this year.")).not.toBe("happened");
    expect(modality("Modi chose the first week of June to visit Biden.")).toBe("planned");
  });

  it("not-held-before: planned, hypothetical or denied by the words before", () => {
    expect(notHeldBefore.apply(input("Putin will meet Xi in Beijing"))).toBe("planned");
    expect(notHeldBefore.apply(input("Erdogan said he might visit Damascus"))).toBe("hypothetical");
    expect(notHeldBefore.apply(input("Meloni has never spoken by phone to Putin"))).toBe("denied");
    expect(notHeldBefore.apply(input("Putin met Xi in Beijing"))).toBeNull();
  });

  it("not-held-before: the spoken forms of a plan or a denial ('he'll meet', 'won't visit', 'hasn't spoken') are read as the written ones", () => {
    expect(modality("The White House confirmed today that he'll meet Ruto at the palace on Friday evening.")).toBe("planned");
    expect(modality("Lula said he won’t visit Caracas this year.")).toBe("denied");
    expect(modality("Boric hasn't spoken to Milei by phone.")).toBe("denied");
    expect(modality("Ruto couldn't meet Boric in Santiago.")).toBe("hypothetical");
    // An apostrophe of a name or a possessive plans nothing.
    expect(modality("O'Neill said Ruto met Boric in Santiago on Friday.")).toBe("happened");
    expect(modality("Ruto's aides said he met Boric in Santiago on Friday.")).toBe("happened");
  });

  it("not-held-before: a contact someone 'looked forward to' in the past tense is still only looked forward to", () => {
    expect(modality("Lula said he looked forward to seeing Ramaphosa at the G20 summit in Johannesburg in November.")).toBe("planned");
    expect(modality("Ruto looked forward to meeting Boric in Santiago.")).toBe("planned");
    // Looking back on a meeting tells it.
    expect(modality("Ruto looked back on meeting Boric in Santiago.")).toBe("happened");
  });

  it("may-modal: 'may' in lower case only", () => {
    expect(mayModal.apply(input("the two may meet in Kazan"))).toBe("hypothetical");
    expect(mayModal.apply(input("In May they met in Kazan"))).toBeNull();
  });

  it("planned-after: 'talks … are planned for Friday'", () => {
    expect(plannedAfter.apply(input("talks with Putin are planned for Friday"))).toBe("planned");
    expect(plannedAfter.apply(input("talks with Putin lasted three hours"))).toBeNull();
  });

  it("planned-after: a timeline's present tense, 'the summit never takes place', 'the talks do not happen', is no contact", () => {
    expect(plannedAfter.apply(input("The summit never takes place and the foreign ministers do not meet."))).toBe("planned");
    expect(plannedAfter.apply(input("The meeting does not take place after all."))).toBe("planned");
    expect(plannedAfter.apply(input("The summit takes place in Nairobi and the two leaders never meet again."))).toBeNull();
    // A generic present after the contact, in a relative clause or an idiom of how it happens, is no timeline's.
    expect(plannedAfter.apply(input("Modi met Tusk in Goa on Monday for talks that do not happen often enough, officials said.", "met"))).toBeNull();
    expect(plannedAfter.apply(input("Modi met Tusk in Goa on Monday for talks that do not happen often enough, officials said.", "talks"))).toBeNull();
    expect(plannedAfter.apply(input("Modi's meeting with Tusk in Goa on Monday does not take place in a vacuum.", "meeting"))).toBeNull();
    expect(plannedAfter.apply(input("The talks with Tusk in Goa do not happen."))).toBe("planned");
  });

  it("future-time: 'tomorrow', 'next week', 'due to begin' in the contact's own clause", () => {
    expect(futureTime.apply(input("a bilateral meeting on the sidelines tomorrow"))).toBe("planned");
    expect(futureTime.apply(input("talks are due to begin later this month in Caracas"))).toBe("planned");
    expect(futureTime.apply(input("they met on Monday and agreed to talk again next week"))).toBeNull();
  });

  it("future-time: a present progressive with a day is an arrangement still to come", () => {
    expect(futureTime.apply(input("I am meeting Chancellor Scholz on Monday"))).toBe("planned");
    expect(futureTime.apply(input("Lula is meeting Petro on Friday in Lima"))).toBe("planned");
    expect(futureTime.apply(input("the two leaders are speaking by phone on Thursday"))).toBe("planned");
    // Not in a past frame, not in the past or simple present tense, and not without a day.
    expect(futureTime.apply(input("Lula was meeting Petro on Friday when the news broke"))).toBeNull();
    expect(futureTime.apply(input("Lula met Petro on Monday in Lima"))).toBeNull();
    expect(futureTime.apply(input("Lula meets Petro in Lima"))).toBeNull();
    expect(futureTime.apply(input("Lula is meeting Petro in Lima"))).toBeNull();
  });

  it("reads a contact that happened as happened", () => {
    expect(modality("Putin met Xi in Beijing on Tuesday")).toBe("happened");
    expect(modality("Lukashenko arrived in Moscow on Thursday")).toBe("happened");
  });

  it("bare-infinitive: 'a good time to meet' is an aim; 'flew to Beijing to meet' happened", () => {
    expect(bareInfinitive.apply(input("Trump told reporters it was a very good time to meet Putin", "meet"))).toBe("planned");
    expect(bareInfinitive.apply(input("Putin flew to Beijing to meet Xi", "meet"))).toBeNull();
  });

  it("apposition-modality: ', a meeting …' takes the modality of its clause", () => {
    expect(appositionModality.apply(input("Trump is still scheduled to have dinner with Xi on Saturday, a meeting closely watched", "meeting"))).toBe("planned");
    expect(appositionModality.apply(input("Trump had dinner with Xi on Saturday, a meeting closely watched", "meeting"))).toBeNull();
  });

  it("planned-after reaches past an aside on the counterpart: 'talks with X, who chairs the group, are pencilled in for Monday'", () => {
    expect(plannedAfter.apply(input("Ruto's talks with Chilean President Gabriel Boric, who chairs the bloc this year, are also pencilled in for Monday", "talks"))).toBe("planned");
    expect(plannedAfter.apply(input("Ruto's talks with Boric are pencilled in for Monday", "talks"))).toBe("planned");
    expect(plannedAfter.apply(input("Ruto's talks with Chilean President Gabriel Boric, who chairs the bloc this year, lasted two hours on Monday", "talks"))).toBeNull();
  });

  it("a fronted phrase of setting or an aside on a person, closed by a comma, governs nothing after it", () => {
    const of = (text: string, word: string) => firstOf(FRAME_RULES.modality, { ...input(text, word), cues: cuesIn(text) }, null, "fill") ?? "happened";
    expect(of("Ahead of next week's summit in Nairobi, Ruto spoke by phone with Boric on Tuesday", "spoke by phone")).toBe("happened");
    expect(of("Ahead of next week's summit in Nairobi, Ruto spoke by phone with Boric on Tuesday", "summit")).toBe("planned");
    expect(of("Ruto and Boric, who will both attend next month's summit, met in Nairobi on Tuesday", "met")).toBe("happened");
    expect(of("Ahead of next week's summit in Nairobi, Ruto will meet Boric", "meet")).toBe("planned");
    expect(of("At no point during the summit, did Ruto meet Boric", "meet")).not.toBe("happened");
  });

  it("a gathering named as the setting of a planned contact, or with a relative clause of plan after a comma, is planned", () => {
    expect(modality("At Tuesday's summit, which Boric will host, Ruto and Lula are expected to hold talks")).toBe("planned");
    expect(plannedAfter.apply(input("the summit, which Boric will host next month", "summit"))).toBe("planned");
    expect(plannedAfter.apply(input("the summit, which Boric hosted last month", "summit"))).toBeNull();
  });

  it("irrealis-predicate: a meeting that 'was not ruled out' is only possible", () => {
    expect(irrealisPredicate.apply(input("A meeting between Ruto and Boric on Tuesday was not ruled out, officials said", "meeting"))).toBe("planned");
    expect(irrealisPredicate.apply(input("A meeting between Ruto and Boric on Tuesday lasted an hour, officials said", "meeting"))).toBeNull();
  });

  it("plan-head: 'asked on Tuesday for a call', 'X's request on Tuesday for a call' are requests, not calls", () => {
    expect(planHead.apply(input("Ruto's request on Tuesday for a phone call with Boric went unanswered", "phone call"))).toBe("planned");
    expect(planHead.apply(input("Ruto asked on Tuesday for a phone call with Boric", "phone call"))).toBe("planned");
    expect(planHead.apply(input("Ruto told Boric on Tuesday about the phone call", "phone call"))).toBeNull();
  });

  it("temporal-present: a contact in a temporal clause in the simple present is still to come", () => {
    expect(temporalPresent.apply(input("The call lasted an hour and took place three days before Boric flies to Nairobi for a summit that Ruto is hosting", "summit"))).toBe("planned");
    expect(temporalPresent.apply(input("Trade talks will resume once Ruto meets Boric in Santiago", "meets"))).toBe("planned");
    expect(temporalPresent.apply(input("Ruto met Boric in Santiago a day before he flies home", "met"))).toBeNull();
    // The clause ends at its comma: the main clause after it is told in its own tense.
    expect(temporalPresent.apply(input("Before he meets Prime Minister Fumio Kishida in Tokyo on Friday, President Joe Biden held talks", "talks"))).toBeNull();
    expect(temporalPresent.apply(input("The summit opens on Friday, a day after Prime Minister Fumio Kishida hosts talks", "talks"))).toBe("planned");
    expect(temporalPresent.apply(input("Three days before Boric flew to Nairobi for the summit that Ruto hosted, they spoke", "summit"))).toBeNull();
    expect(temporalPresent.apply(input("They went on to the coast, one day after the two heads of state held talks in Nairobi", "talks"))).toBeNull();
    expect(temporalPresent.apply(input("It is their second meeting in two months, after Boric's visit to Nairobi in March", "visit"))).toBeNull();
  });

  it("refusal-head: leaders who 'avoided any meeting' held none", () => {
    expect(refusalHead.apply(input("On Thursday Boric and Ruto again avoided any bilateral meeting in Lima", "meeting"))).toBe("denied");
    expect(modality("On Thursday Boric and Ruto again avoided any bilateral meeting in Lima")).toBe("denied");
    expect(modality("On Thursday Boric and Ruto avoided the press after their meeting in Lima")).toBe("happened");
  });

  it("planned-after reaches a long subject: 'talks with President Biden at the White House are expected'", () => {
    expect(plannedAfter.apply(input("Tuesday's talks with President Joe Biden at the White House are expected to focus on trade"))).toBe("planned");
  });

  it("planned-after: a relative clause of plan or cancellation right after the noun, and a plan 'being prepared'", () => {
    expect(plannedAfter.apply(input("after the Lisbon summit that was to bring together the three presidents was called off", "summit"))).toBe("planned");
    expect(plannedAfter.apply(input("a meeting which will settle the border question", "meeting"))).toBe("planned");
    expect(plannedAfter.apply(input("a visit to Hanoi is also being prepared for the spring", "visit"))).toBe("planned");
    expect(plannedAfter.apply(input("the summit that opened in Lisbon on Monday", "summit"))).toBeNull();
    expect(plannedAfter.apply(input("a visit to Hanoi that ended with a joint statement", "visit"))).toBeNull();
  });

  it("subject-planned: a contact noun heading its sentence takes its first finite verb's modality", () => {
    expect(subjectPlanned.apply(input("A four-way summit bringing together the Emir, President Boric, Prime Minister Albanese and King Felipe is also expected to be held in Madrid", "summit"))).toBe("planned");
    expect(subjectPlanned.apply(input("The meeting between the two presidents, their first in a year, will take place in Quito", "meeting"))).toBe("planned");
    expect(subjectPlanned.apply(input("The meeting between the two presidents, their first in a year, was held in Quito", "meeting"))).toBeNull();
    expect(subjectPlanned.apply(input("The talks between Ruto and Boric, which lasted two hours, were friendly", "talks"))).toBeNull();
    // Not heading the sentence: the finite verb belongs to someone else.
    expect(subjectPlanned.apply(input("Ruto referred to the meeting of the two presidents in Nairobi and said it would help", "meeting"))).toBeNull();
  });

  it("carried-message: a verb carrying a letter or message is no visit", () => {
    expect(carriedMessage.apply(input("King Harald received on Monday a written message from President Boric", "received"))).toBe("message");
    expect(carriedMessage.apply(input("Messages of condolence were received also from the presidents of Chile and Kenya", "received"))).toBe("message");
    expect(modality("The Emir received yesterday a verbal message from President Ruto")).toBe("message");
    expect(carriedMessage.apply(input("King Harald received President Boric at the palace on Monday", "received"))).toBeNull();
    expect(carriedMessage.apply(input("Ruto was received by the Emir, who thanked him for the letter", "received"))).toBeNull();
  });

  it("not-held-before: arranging, attempting or boycotting a contact is not holding it", () => {
    expect(notHeldBefore.apply(input("Ruto says he has begun arranging a meeting between Boric and Albanese", "meeting"))).toBe("planned");
    expect(notHeldBefore.apply(input("in an attempt to set up a telephone call between Ruto and Boric", "telephone call"))).toBe("planned");
    expect(notHeldBefore.apply(input("Boric boycotted the summit that Ruto hosted in Nairobi", "summit"))).toBe("denied");
    expect(notHeldBefore.apply(input("Boric must have bilateral meetings with several of his guests", "meetings"))).toBe("planned");
    expect(notHeldBefore.apply(input("Boric attended the summit that Ruto hosted in Nairobi", "summit"))).toBeNull();
  });

  it("clause-modal: a modal of plan anywhere in the contact word's clause", () => {
    expect(clauseModal.apply(input("President Ruto must have bilateral meetings with some of the visiting heads of state on the margins of the summit", "summit"))).toBe("planned");
    expect(clauseModal.apply(input("President Ruto will hold talks with several of the visiting heads of state in the evening", "talks"))).toBe("planned");
    // A comma ends the clause: the plan is someone else's.
    expect(clauseModal.apply(input("Ruto, who will travel on to Santiago, held talks with Boric", "talks"))).toBeNull();
    expect(clauseModal.apply(input("President Ruto had bilateral meetings with some of the visiting heads of state", "meetings"))).toBeNull();
  });

  it("clause-modal: a time between the modal and its verb, and a verbless phrase after a comma, keep the plan", () => {
    expect(clauseModal.apply(input("President Tinubu will on Sunday host Prime Minister Albanese for talks in Abuja", "talks"))).toBe("planned");
    expect(clauseModal.apply(input("Lula will later this week visit Nairobi for talks with Ruto", "talks"))).toBe("planned");
    expect(clauseModal.apply(input("President Tinubu will host Prime Minister Albanese on Sunday, on an official visit", "visit"))).toBe("planned");
    expect(clauseModal.apply(input("President Tinubu will on Sunday host Prime Minister Albanese, on a state visit", "visit"))).toBe("planned");
    // Told as done, or a plan in another clause, the phrase after the comma is no plan.
    expect(clauseModal.apply(input("President Tinubu hosted Prime Minister Albanese on Sunday, on an official visit", "visit"))).toBeNull();
    expect(clauseModal.apply(input("Tinubu, who will on Monday fly to Lima, received Albanese on Sunday, on an official visit", "visit"))).toBeNull();
    expect(clauseModal.apply(input("Ruto will on Sunday host a trade fair; Lula held talks with him on an official visit", "visit"))).toBeNull();
  });

  it("clause-modal: a plan told in the past ('was to have landed', 'were due to hold talks') is not told as kept", () => {
    expect(clauseModal.apply(input("President Lula was to have landed in Nairobi on Thursday for a three-day visit to Kenya", "visit"))).toBe("planned");
    expect(clauseModal.apply(input("Modi and Scholz were due to hold talks in Goa on the last day of the summit", "talks"))).toBe("planned");
    // A past plan in another clause, or a past tense of its own, leaves the contact alone.
    expect(clauseModal.apply(input("The trip was to last three days, and Lula visited Nairobi on Thursday", "visited"))).toBeNull();
    expect(clauseModal.apply(input("Lula was in Nairobi on Thursday for a three-day visit to Kenya", "visit"))).toBeNull();
  });

  it("not-held-before reaches past a relative clause to the verb that governs its noun", () => {
    expect(notHeldBefore.apply(input("Boric boycotted the Summit of the Southern Cone that President Ruto hosted in Nairobi", "hosted"))).toBe("denied");
    expect(notHeldBefore.apply(input("Boric praised the long Summit of the Southern Cone that President Ruto hosted in Nairobi", "hosted"))).toBeNull();
  });

  it("plan-head: a contact noun governed by a word of expectation or request is looked forward to", () => {
    expect(planHead.apply(input("Ahead of a meeting with Boric in Santiago on Monday, Ruto met bankers", "meeting"))).toBe("planned");
    expect(planHead.apply(input("Officials began preparations for Ruto's visit to Santiago", "visit"))).toBe("planned");
    expect(planHead.apply(input("Boric welcomed the prospect of talks with Ruto", "talks"))).toBe("planned");
    expect(planHead.apply(input("Boric pressed for a phone call with Ruto", "phone call"))).toBe("planned");
    expect(modality("Ruto called for talks with Boric on Monday")).toBe("planned");
    // A journey "for talks" that happened, and thanks for a call that happened, are not plans.
    expect(planHead.apply(input("Ruto flew to Santiago for talks with Boric", "talks"))).toBeNull();
    expect(planHead.apply(input("Ruto thanked Boric for the phone call on Monday"))).toBeNull();
    expect(modality("Ruto met Boric in Santiago on Monday ahead of the regional summit")).toBe("happened");
  });

  it("irrealis-predicate: a meeting that falls through, or is mentioned but not confirmed, is not held", () => {
    expect(irrealisPredicate.apply(input("Lula calls Modi after Goa meeting falls through", "meeting"))).toBe("planned");
    expect(irrealisPredicate.apply(input("A meeting with Tinubu in Lima has been mentioned by aides but not confirmed.", "meeting"))).toBe("planned");
    // A meeting that took place, or a plan of something else not confirmed in another clause, is told as held.
    expect(irrealisPredicate.apply(input("The meeting with Tinubu in Lima lasted an hour but produced no deal.", "meeting"))).toBeNull();
    expect(irrealisPredicate.apply(input("The meeting with Tinubu in Lima went ahead, aides said, but a trade deal was not confirmed.", "meeting"))).toBeNull();
  });

  it("irrealis-predicate: a contact noun whose own predicate is a plan, a doubt or a failure", () => {
    expect(irrealisPredicate.apply(input("Ruto said a summit with Boric in Santiago was still possible", "summit"))).toBe("planned");
    expect(irrealisPredicate.apply(input("The meeting between Ruto and Boric in Santiago on Monday never happened", "meeting"))).toBe("planned");
    expect(irrealisPredicate.apply(input("A visit by Ruto to Santiago, scheduled for Monday, was postponed", "visit"))).toBe("planned");
    expect(irrealisPredicate.apply(input("Boric said that his meeting with Ruto would focus on copper", "meeting"))).toBe("planned");
    expect(irrealisPredicate.apply(input("Ruto's visit to Santiago, where he was to see Boric, has been postponed", "visit"))).toBe("planned");
    // The predicate belongs to another clause, or the noun is no subject at all.
    expect(irrealisPredicate.apply(input("Ruto held talks with Boric on Monday and said a trade deal was possible", "talks"))).toBeNull();
    expect(irrealisPredicate.apply(input("The talks between Ruto and Boric, which lasted two hours, were friendly", "talks"))).toBeNull();
    expect(irrealisPredicate.apply(input("Ruto met Boric on Monday; a second round would follow in May", "met"))).toBeNull();
    expect(modality("The meeting between Ruto and Boric took place in Santiago on Monday")).toBe("happened");
  });

  it("not-held-before: 'was to have met' and 'offered to host' are not contacts held", () => {
    expect(notHeldBefore.apply(input("Ruto was to have met Boric in Santiago on Monday", "met"))).toBe("planned");
    expect(notHeldBefore.apply(input("Ruto offered to host talks between Boric and Albanese", "talks"))).toBe("planned");
    expect(notHeldBefore.apply(input("Ruto met Boric in Santiago, and the two agreed on a copper deal", "met"))).toBeNull();
  });

  it("speech-act: a speech or message delivered to a gathering or through a video link is no contact", () => {
    expect(speechAct.apply(input("Ruto addressed the summit Boric hosted by video link on Monday", "summit"))).toBe("message");
    expect(speechAct.apply(input("Ruto on Monday sent Boric a message via video link", "via video"))).toBe("message");
    expect(modality("Ruto on Monday sent a recorded video message to the summit in Santiago")).toBe("message");
    // A video call, or a meeting at the summit after a speech there, is a contact.
    expect(speechAct.apply(input("Ruto held a video call with Boric on Monday", "video call"))).toBeNull();
    expect(speechAct.apply(input("After his speech, Ruto met Boric on the sidelines of the summit", "summit"))).toBeNull();
    expect(modality("Ruto and Boric spoke by video link on Monday")).toBe("happened");
  });

  it("refusal-head: the contact named after 'ruled out', 'turned down', 'missed', 'instead of' is refused", () => {
    expect(refusalHead.apply(input("Boric on Monday ruled out a meeting with Ruto in Santiago", "meeting"))).toBe("denied");
    expect(refusalHead.apply(input("Boric turned down talks with Ruto", "talks"))).toBe("denied");
    expect(refusalHead.apply(input("Ruto missed his meeting with Boric after his flight was delayed", "meeting"))).toBe("denied");
    expect(refusalHead.apply(input("Instead of meeting Boric in Santiago, Ruto flew home", "meeting"))).toBe("denied");
    expect(refusalHead.apply(input("Boric met Ruto in Santiago after he ruled out new tariffs", "met"))).toBeNull();
    expect(modality("Ruto held talks with Boric on Monday, rather than on Sunday as planned")).toBe("happened");
  });

  it("plan-head: a meeting requested or sought is not one held", () => {
    expect(planHead.apply(input("Boric on Monday requested a meeting with Ruto", "meeting"))).toBe("planned");
    expect(planHead.apply(input("Boric said it was too early to talk of a summit with Ruto", "summit"))).toBe("planned");
    expect(planHead.apply(input("Ruto held talks with Boric at the request of the host", "talks"))).toBeNull();
  });

  it("question: a contact asked about is not told", () => {
    expect(question.apply(input("Did Ruto really meet Boric in Santiago on Monday, as his office claims?", "meet"))).toBe("hypothetical");
    expect(question.apply(input("\u201cWhen will you meet Boric?\u201d a reporter asked", "meet"))).toBeNull();
    expect(question.apply(input("Ruto met Boric in Santiago on Monday", "met"))).toBeNull();
  });

  it("disputed-claim: a contact told as a claim the sentence disputes did not happen", () => {
    expect(disputedClaim.apply(input("Reports on Monday that Ruto had met Boric in Santiago proved false", "met"))).toBe("denied");
    expect(disputedClaim.apply(input("The ministry dismissed as baseless claims that Boric had held talks with Ruto", "talks"))).toBe("denied");
    // A report that nobody disputes, or a denial about something else, leaves the contact told.
    expect(disputedClaim.apply(input("Reports on Monday said that Ruto had met Boric in Santiago", "met"))).toBeNull();
    expect(disputedClaim.apply(input("The foreign ministry on Friday rejected a report by a Nairobi television channel that President Ruto and his counterpart Boric had exchanged a few words and then met on the sidelines", "met"))).toBe("denied");
    expect(disputedClaim.apply(input("A report by a weekly news magazine in the capital said that Ruto and Boric had met on the sidelines", "met"))).toBeNull();
    expect(disputedClaim.apply(input("Ruto met Boric in Santiago on Monday and denied that tariffs were discussed", "met"))).toBeNull();
  });

  it("disputed-claim: a sentence under a fact-check's claim label tells no contact", () => {
    expect(modality("CLAIM: Ruto and Boric held talks by phone for an hour on Friday.")).toBe("denied");
    expect(disputedClaim.apply(input("CLAIM: Ruto and Boric held talks by phone for an hour on Friday.", "talks"))).toBe("denied");
    expect(disputedClaim.apply(input("Ruto and Boric held talks by phone for an hour, the claims office said.", "talks"))).toBeNull();
  });

  it("irrealis-predicate: a meeting that could or might take place is not told as held", () => {
    expect(modality("An analyst said that a meeting between Ruto and Boric could take place in Santiago on Friday.")).toBe("planned");
    expect(modality("A meeting between Ruto and Boric took place in Santiago on Friday.")).toBe("happened");
  });

  it("planned-after, plan-head: a meeting predicted for a day, or the arrangements for a visit, look forward", () => {
    expect(modality("A bilateral meeting of Ruto and Boric is predicted for Tuesday morning.")).toBe("planned");
    expect(modality("The two confirmed their arrangements concerning the visit of Ruto to Chile in March.")).toBe("planned");
    expect(modality("A bilateral meeting of Ruto and Boric was held on Tuesday morning.")).toBe("happened");
  });

  /** The modality the rules read for the contact word `word` of `text` ("happened" when none speaks). */
  const modalityOfWord = (word: string) => (text: string) => {
    const cues = cuesIn(text);
    const cue = cues.find((c) => text.slice(c.start, c.end) === word)!;
    return firstOf(FRAME_RULES.modality, { text, cue, cues }, null, "fill") ?? "happened";
  };

  it("setting-of-unheld: a summit that is only the setting of a contact planned, doubted or denied is no contact", () => {
    const at = modalityOfWord("summit");
    expect(at("Last week Ruto was in Rome for the G20 summit, where a meeting with Boric might happen.")).toBe("planned");
    expect(at("At the G20 summit in Rome the two attended the same dinner but did not hold a meeting.")).toBe("denied");
    // A contact that happened at the summit, or a summit that is the contact itself, stands.
    expect(at("At the G20 summit in Rome, Ruto met Boric; a meeting with Lula was postponed.")).toBe("happened");
    expect(at("The second summit between Ruto and Boric collapsed on Thursday without a deal or a meeting of aides.")).toBe("happened");
    expect(settingOfUnheld([]).apply({ text: "At the summit Ruto met Boric.", cue: cuesIn("At the summit Ruto met Boric.")[0] })).toBeNull();
  });

  it("setting-of-unheld: a visit that is only the setting of a refused contact is no contact with the one refused", () => {
    const visit = modalityOfWord("visit");
    expect(visit("Ruto refused to meet Boric during his visit to Madrid in September.")).toBe("denied");
    expect(visit("Ruto hoped to see Boric on his visit to Madrid, but no meeting was arranged.")).toBe("planned");
    // A contact that happened on the visit leaves the visit alone.
    expect(visit("Ruto met Boric during his visit to Madrid in September.")).toBe("happened");
  });

  it("setting-of-unheld: a gathering with no contact word beside it is the setting of the plan before it", () => {
    const meeting = modalityOfWord("meeting");
    const summit = modalityOfWord("summit");
    expect(meeting("Ruto told reporters he hopes to sit down with Lula on Thursday, on the margins of the G20 meeting.")).toBe("planned");
    expect(summit("Ruto is scheduled to receive Boric, and he is expected to travel to Brasília for the informal summit next month.")).toBe("planned");
    // No plan before it, or a meeting told as held: the gathering stands.
    expect(summit("Ruto was in Brasília with Lula for the informal summit on Thursday.")).toBe("happened");
    expect(meeting("Ruto and Lula have agreed to raise the relations of their two countries to a strategic partnership in the bilateral meeting which was held in Nairobi on Thursday.")).toBe("happened");
  });

  it("relative-unheld: a relative clause saying the contact never happened, or its leaders stayed away", () => {
    expect(relativeUnheld.apply(input("Lula was in Rome for the G20, where a meeting with Ruto that both sides said they wanted never took place.", "meeting"))).toBe("denied");
    expect(relativeUnheld.apply(input("Kenya hosted the bloc's summit in Nairobi in July, which Lula and Boric did not attend in person.", "summit"))).toBe("denied");
    expect(relativeUnheld.apply(input("Kenya hosted the bloc's summit in Nairobi in July, which Lula and Boric attended.", "summit"))).toBeNull();
    expect(relativeUnheld.apply(input("A meeting with Ruto that both sides wanted took place in Rome on Friday.", "meeting"))).toBeNull();
    expect(relativeUnheld.apply(input("Ramaphosa met Lula in Brasília on Tuesday, a day after a summit that Modi did not attend.", "met"))).toBeNull();
  });

  it("irrealis-predicate: a contact unconfirmed, requested or come to nothing is not held; a readout's 'was requested by' is", () => {
    expect(irrealisPredicate.apply(input("A visit by the Kenyan president to Pretoria, floated by aides on Monday, had not been confirmed by Wednesday."))).toBe("planned");
    expect(irrealisPredicate.apply(input("A formal visit to Tokyo has been requested since then."))).toBe("planned");
    expect(irrealisPredicate.apply(input("The summit at Camp David came to nothing."))).toBe("planned");
    expect(irrealisPredicate.apply(input("The phone call was requested by the Kenyan side and lasted an hour."))).toBeNull();
    expect(irrealisPredicate.apply(input("A visit by Ruto to Pretoria was confirmed by both offices on Monday."))).toBeNull();
    expect(plannedAfter.apply(input("a meeting with Chancellor Scholz was being coordinated for Thursday"))).toBe("planned");
    expect(plannedAfter.apply(input("his office said a meeting with Spanish Prime Minister Pedro Sánchez was being coordinated for the same day"))).toBe("planned");
    expect(plannedAfter.apply(input("his office said a meeting with Spanish Prime Minister Pedro Sánchez was held at the palace on the same day"))).toBeNull();
  });

  it("'came to nothing', 'when it comes to', 'came to accept': no journey", () => {
    const words = (text: string) => cuesIn(text).filter((c) => c.kind === "contact").map((c) => text.slice(c.start, c.end));
    expect(words("The plan to gather the leaders at Camp David came to nothing.")).toEqual([]);
    expect(words("When it comes to trade, Ruto and Lula agree.")).toEqual([]);
    expect(words("Over the years Lula came to see how the trade deal worked, and came to accept it.")).toEqual([]);
    expect(words("Lula came to Nairobi on Monday.")).toEqual(["came to"]);
  });

  it("setting-of-unheld: a negation inside a quotation is the speaker's, not the narrator's", () => {
    const rule = settingOfUnheld([]);
    const withCues = (text: string, word: string) => {
      const cues = cuesIn(text);
      return { text, cue: cues.find((c) => text.slice(c.start, c.end) === word)!, cues };
    };
    expect(rule.apply(withCues("We have not seen one another for too long,” Lula said to Ruto at the opening of their meeting.", "meeting"))).toBeNull();
    expect(rule.apply(withCues("“We have not seen one another for too long,” Lula said to Ruto at the opening of their meeting.", "meeting"))).toBeNull();
    expect(rule.apply(withCues("Lula has not yet said whether he will fly to Nairobi for the summit.", "summit"))).toBe("planned");
  });

  it("apposition-modality: an apposition of several words after a planned contact is planned", () => {
    expect(appositionModality.apply(input("Kishida is to receive Lula in Tokyo, the first such visit in years.", "visit"))).toBe("planned");
    expect(appositionModality.apply(input("Kishida received Lula in Tokyo, the first such visit in years.", "visit"))).toBeNull();
  });

  it("bare-infinitive: negotiations one commits or agrees 'to start' are an aim; talks one flew 'to hold' happened", () => {
    expect(bareInfinitive.apply(input("The declaration commits the two neighbours to start technical negotiations by June.", "negotiations"))).toBe("planned");
    expect(bareInfinitive.apply(input("Ruto and Abiy agreed to hold talks in Nairobi.", "talks"))).toBe("planned");
    expect(bareInfinitive.apply(input("Ruto flew to Addis Ababa to hold talks with Abiy.", "talks"))).toBeNull();
    expect(bareInfinitive.apply(input("Ruto held talks with Abiy in Addis Ababa.", "talks"))).toBeNull();
  });

  it("quieted: the rules read a shouted predicate as written in lower case, every offset kept", () => {
    const text = "Ruto's summit with Boric in Nairobi was CALLED OFF after the storm.";
    expect(quieted(text)).toBe("Ruto's summit with Boric in Nairobi was called off after the storm.");
    expect(irrealisPredicate.apply(input(quieted(text), "summit"))).toBe("planned");
    expect(modality(quieted("The Ruto–Boric meeting was CANCELLED at the last minute."))).toBe("planned");
    // An acronym alone keeps its case; a shouted month stays a month, not the modal verb.
    expect(quieted("Ruto met Boric at the NATO summit.")).toBe("Ruto met Boric at the NATO summit.");
    expect(modality(quieted("RUTO MET BORIC IN NAIROBI IN MAY."))).toBe("happened");
    expect(modality("Ruto's summit with Boric in Nairobi took place AS PLANNED on Monday.")).toBe("happened");
  });
});

