/**
 * Modality: whether a contact word tells a contact that happened, or one planned, hypothetical,
 * denied. Rules in mentions/config.ts decide in order; the first that speaks wins, and anything
 * but "happened" keeps the word from being a contact.
 */
import type { Rule } from "./rules";
import type { Cue } from "./cues";
import { findIn } from "./memo";
import { NOT_HELD_DENIED, NOT_HELD_HYPOTHETICAL, CORRECTED_REPORT, CORRECTION_CITATION, PIECE_TOLD, BUT_CLAUSE, NEGATION_IDIOM, RANKED_AGENT, CLAIM_LABEL, SETTING, SETTING_BEFORE, CARRIER_VERB, CLAIM_BEFORE, CONTESTING, REFUSAL_HEAD, GATHERING, SPEECH_ACT, CLAUSE_MODAL, CONTACT_NOUN, IRREALIS_PREDICATE, OTHER_CLAUSE, PLAN_HEAD, FIRST_FINITE, FUTURE_TIME, DAY_IN_CLAUSE, PRESENT_PROGRESSIVE, MAY_MODAL, MESSAGE_AFTER_VERB, MESSAGE_BEFORE_VERB, MOVED_TO, NOT_HELD, NOT_HELD_AFTER, NOT_HELD_NOW, NOT_NOW_GAP, PLAN_AFTER_FINITE, TOLD_HELD, RELATIVE_PLAN, RELATIVE_SUBJECT, RELATIVE_UNHELD, START_INFINITIVE, RETRACTED, SINCE, SUBJECT_HEAD, TEMPORAL_PRESENT, FRONTED_SETTING, ASIDE_ON_PERSON, CITED_TOPIC_AFTER, CITED_TOPIC_BEFORE, DURING_BEFORE, DURING_CONTACT, PLAN_NOUN, TALK_VERB_BEFORE, AGREED_OUTCOME_BEFORE, SETTING_AHEAD, JOURNEY_NOUN, SETTING_STILL_TO_OPEN, VERBLESS_ADJUNCT } from "./vocabulary";

export type Modality = "happened" | "planned" | "hypothetical" | "denied" | "message";

export interface ModalityInput {
  text: string;
  cue: Cue;
  /** Every cue of the sentence, when the rule may need the other contact words. */
  cues?: readonly Cue[];
}

const blank = (m: string) => " ".repeat(m.length);

/** A shouted word: capitals only, two letters or more ("CALLED", "OFF"; not "G20"). */
const SHOUTED_WORD = /\b\p{Lu}{2,}\b/gu;
/** Shouted words in a run ("was CALLED OFF", "MEETING NEVER HAPPENED"), or one long enough to be no acronym ("was CANCELLED"). */
const SHOUTING = /\b\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})+\b|\b\p{Lu}{7,}\b/gu;
/**
 * The sentence as the modality rules read it: headlines and working notes shout ("the summit was
 * CALLED OFF", "TALKS POSTPONED"), and the rules' words are written in lower case, some of them
 * only so ("will", "may": "Will" and "May" are a name and a month). Shouted words are lowered
 * letter for letter, so every offset stays; "MAY" becomes the month, the reading that vetoes
 * nothing. Acronyms alone ("NATO", "BRICS") keep their case. Text with no shouting is returned as is.
 */
export function quieted(text: string): string {
  if (!/\p{Lu}{2}/u.test(text)) return text;
  return text.replace(SHOUTING, (run) =>
    run.replace(SHOUTED_WORD, (w) => {
      const low = w === "MAY" ? "May" : w.toLowerCase();
      return low.length === w.length ? low : w;
    }),
  );
}
/** How far before a window an aside on a person that reaches into it may begin. */
const ASIDE_REACH = 100;
let frontedLast: { text: string; end: number } | null = null;
/** Where a sentence's fronted phrase of setting ends (0 when it has none); the sentence's contact words ask in turn. */
function frontedSettingEnd(text: string): number {
  if (frontedLast?.text !== text) frontedLast = { text, end: FRONTED_SETTING.exec(text)?.[0].length ?? 0 };
  return frontedLast.end;
}

/**
 * The window read last, and its NOT_HELD match once asked: held-since, not-held-before and
 * may-modal read the same contact word's window in turn (it depends on the text and where the word starts).
 */
let lastRead: { text: string; at: number; window: string; notHeld?: RegExpExecArray | null } | null = null;

function windowBefore({ text, cue }: ModalityInput): string {
  if (lastRead?.text === text && lastRead.at === cue.start) return lastRead.window;
  const window = windowAt(text, cue);
  lastRead = { text, at: cue.start, window };
  return window;
}

/** NOT_HELD in the contact word's window (read-only: the match is shared by the rules that ask). */
function notHeldIn(i: ModalityInput): { window: string; negated: RegExpExecArray | null } {
  const window = windowBefore(i);
  if (lastRead!.notHeld === undefined) lastRead!.notHeld = NOT_HELD.exec(window);
  return { window, negated: lastRead!.notHeld };
}

/** The words before a contact word that can change its modality; an infinitive ("invited X to visit") reaches further back for its verb. */
function windowAt(text: string, cue: ModalityInput["cue"]): string {
  const reach = /\bto\s+$/i.test(text.slice(Math.max(0, cue.start - 4), cue.start)) ? 100 : 45;
  // Blanked, not cut, so that an idiom a window would cut in half ("…o secret that") is gone too.
  // A fronted phrase of setting or an aside on a person, closed before the word, governs nothing
  // after it. The fronted phrase is found once per sentence, the asides only in a stretch before the
  // window (an aside is at most ~90 characters): scanning the whole sentence up to every contact
  // word cost its length for every word.
  const from = Math.max(0, cue.start - reach - 80);
  const lo = Math.max(0, from - ASIDE_REACH);
  const fronted = frontedSettingEnd(text);
  const blankTo = fronted <= cue.start ? Math.max(lo, fronted) : lo;
  const stretch = " ".repeat(blankTo - lo) + text.slice(blankTo, cue.start).replace(ASIDE_ON_PERSON, blank);
  const prefix = stretch.slice(from - lo).replace(NEGATION_IDIOM, blank);
  const window = prefix.slice(-reach);
  // "boycotted the summit of the Americas that Biden hosted": a relative clause's verb takes the
  // modality of what governs the noun the clause is about, so the window reaches back to it.
  const wide = RELATIVE_SUBJECT.test(window) ? prefix.slice(-(reach + 60)) : window;
  return wide.split(BUT_CLAUSE).pop()!;
}


/**
 * "the office said they spoke by video, but later corrected itself", "posts say he secretly
 * called": a contact the sentence takes back, or tells only as a claim, is not one that happened.
 */
export const retracted: Rule<ModalityInput, Modality> = {
  name: "retracted",
  apply: ({ text }) => (findIn(RETRACTED, text) ? "denied" : null),
};

/**
 * "An earlier version of this story said Lula met Petro on Monday", "A report on the visit (World,
 * 25 March) said the two held talks in Lima on 23 March": a contact told as what a piece said
 * before it was corrected is the error the correction takes back. The bracket is a corrections
 * column's section and date, not any aside ("a report (in Chinese) said" relays news). Only in the
 * words before the contact word and in its clause: "…; they met on Tuesday" after a semicolon and
 * "wrongly reported it was off, but they met" after ", but" are the contact told as true. A
 * column's citation of the corrected piece, a quoted headline and its day in brackets, may come
 * anywhere in the sentence ("We said A and B spoke on Monday ("Headline", 15 April)", "An analysis
 * ("Headline", 12 April) located their meeting in Lima"), after a verb of telling before the word;
 * a contact word of the cited headline itself is the piece's too. A contact word in the cited
 * piece's own description ("a report on the visit (World, 25 March)") is its topic.
 */
export const correctedReport: Rule<ModalityInput, Modality> = {
  name: "corrected-report",
  apply({ text, cue }) {
    const before = text.slice(Math.max(0, cue.start - 200), cue.start).split(BUT_CLAUSE).pop()!;
    if (CORRECTED_REPORT.test(before)) return "denied";
    const cited = text.includes("(") ? CORRECTION_CITATION.exec(text) : null;
    // The cited headline's own words ("Lula meets Petro") are the piece's, not news.
    if (cited && (PIECE_TOLD.test(before) || (cue.start >= cited.index && cue.start < cited.index + cited[0].length))) return "denied";
    // "In a report on the prime minister's visit (…, 11 April), we said …": the cited piece's topic,
    // not a contact told; what took place is the correction's to tell.
    return !text.includes("(", cue.end) || !CITED_TOPIC_BEFORE.test(before) || !CITED_TOPIC_AFTER.test(text.slice(cue.end, cue.end + 280)) ? null : "denied";
  },
};

/** "has not met Xi since a visit to Beijing": the visit after "since" did happen. */
export const heldSince: Rule<ModalityInput, Modality> = {
  name: "held-since",
  apply(i) {
    const { window, negated } = notHeldIn(i);
    return negated && SINCE.test(window.slice(negated.index)) ? "happened" : null;
  },
};

/**
 * "The two reviewed efforts to bolster ties during a phone call on Friday", "discussed plans to
 * expand trade during their meeting": the plan is the topic a past verb of talk took up, and the
 * contact after "during" is where that talk took place, so it happened. Only a plan noun right after
 * such a verb, and only a contact word that "during" introduces: "plans to raise it during a call"
 * (no past verb of talk) stays a plan.
 */
const CLAUSE_END = /[.;!?]/;
/**
 * "Lula and Modi agreed to expand trade during their meeting in Goa on Monday": what was agreed is
 * the outcome, and the contact "during" introduces is where the agreeing took place, so it
 * happened. Cheap word test first; none when a future time follows ("… during a visit next month").
 */
function agreedAtSetting(text: string, cue: Cue): boolean {
  if (!text.includes("agreed")) return false;
  const agreed = AGREED_OUTCOME_BEFORE.exec(text.slice(Math.max(0, cue.start - 240), cue.start));
  if (!agreed) return false;
  // "… during the upcoming summit", "… during a state visit to Brasília", "… during the summit in
  // Rio, which opens in November": the setting is when the outcome will be done, not where it was agreed.
  const setting = agreed[0].slice(agreed[0].toLowerCase().lastIndexOf("during"));
  const after = text.slice(cue.end, cue.end + 80).split(CLAUSE_END)[0];
  const later = text.slice(cue.end, cue.end + 120);
  return !SETTING_AHEAD.test(setting) && !JOURNEY_NOUN.test(text.slice(cue.start, cue.end)) && !FUTURE_TIME.test(after) && !SETTING_STILL_TO_OPEN.test(later);
}
export const discussedPlanSetting: Rule<ModalityInput, Modality> = {
  name: "discussed-plan-setting",
  apply(i) {
    const { window, negated } = notHeldIn(i);
    if (agreedAtSetting(i.text, i.cue)) return "happened";
    if (!negated || !PLAN_NOUN.test(negated[1])) return null;
    if (!DURING_CONTACT.test(i.text.slice(i.cue.start, i.cue.end)) && !DURING_BEFORE.test(i.text.slice(Math.max(0, i.cue.start - 40), i.cue.start))) return null;
    // "… during a visit to Lima next month": the contact itself is still to come.
    if (FUTURE_TIME.test(i.text.slice(i.cue.end, i.cue.end + 80).split(CLAUSE_END)[0])) return null;
    // The window ends at the contact word; the verb may stand just before the window's start.
    const at = i.cue.start - window.length + negated.index;
    return TALK_VERB_BEFORE.test(i.text.slice(Math.max(0, at - 40), at)) ? "happened" : null;
  },
};

/** "will meet", "hopes to visit", "did not meet", "invited X to visit": planned, hypothetical or denied. */
export const notHeldBefore: Rule<ModalityInput, Modality> = {
  name: "not-held-before",
  apply(i) {
    const { negated } = notHeldIn(i);
    if (!negated) return null;
    if (NOT_HELD_DENIED.test(negated[1])) return "denied";
    return NOT_HELD_HYPOTHETICAL.test(negated[1]) ? "hypothetical" : "planned";
  },
};

/**
 * "President Ruto must have bilateral meetings with some of the visiting heads of state, …": a
 * modal of plan with its verb anywhere in the contact word's clause (which a comma or semicolon
 * ends) makes every contact word after it a plan.
 */
export const clauseModal: Rule<ModalityInput, Modality> = {
  name: "clause-modal",
  apply({ text, cue }) {
    const before = text.slice(0, cue.start);
    const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
    let clause = before.slice(cut + 1);
    // "will host X on Sunday, on an official visit": a verbless phrase after a comma is the clause before's.
    if (cut >= 0 && before[cut] === "," && VERBLESS_ADJUNCT.test(clause)) clause = before.slice(0, cut).split(/[,;:]/).pop()! + clause;
    return CLAUSE_MODAL.test(clause) ? "planned" : null;
  },
};

/** "may meet" (lower case: "May" is a month). */
export const mayModal: Rule<ModalityInput, Modality> = {
  name: "may-modal",
  apply: (i) => (MAY_MODAL.test(windowBefore(i)) ? "hypothetical" : null),
};


/**
 * "talks with Xi are planned for Friday", "the meeting will take place", "the summit that was to
 * bring together …", and a timeline's "the summit never takes place" (see NOT_HELD_NOW).
 */
export const plannedAfter: Rule<ModalityInput, Modality> = {
  name: "planned-after",
  apply({ text, cue }) {
    const after = text.slice(cue.end, cue.end + 160);
    // The subject may run on ("a meeting with Spanish Prime Minister Pedro Sánchez was being coordinated"), past an aside
    // about its counterpart ("talks with X, who chairs the group, are pencilled in"); NOT_HELD_AFTER bounds it.
    const near = after.replace(ASIDE_ON_PERSON, " ").slice(0, 100);
    if (NOT_HELD_AFTER.test(near) || RELATIVE_PLAN.test(after.slice(0, 90))) return "planned";
    const now = NOT_HELD_NOW.exec(near);
    return now && !NOT_NOW_GAP.test(now[1]) ? "planned" : null;
  },
};

/**
 * "A tripartite summit bringing together A, B and C is also expected to be held in Aqaba": a
 * contact noun heading its sentence takes the modality of the sentence's first finite verb,
 * however long the list of people between them.
 */
export const subjectPlanned: Rule<ModalityInput, Modality> = {
  name: "subject-planned",
  apply({ text, cue }) {
    if (!CONTACT_NOUN.test(text.slice(cue.start, cue.end)) || !SUBJECT_HEAD.test(text.slice(0, cue.start))) return null;
    const verb = FIRST_FINITE.exec(text.slice(cue.end).split(";")[0]);
    if (!verb) return null;
    if (/^(?:will|would)\b/i.test(verb[0])) return "planned";
    return PLAN_AFTER_FINITE.test(verb[1]) && !(verb[1].toLowerCase() === "held" || verb[1].toLowerCase() === "took") ? "planned" : null;
  },
};

/**
 * "received on Monday a written message from X", "messages of condolence were received from X":
 * a verb that carries a message names a written contact, not a visit.
 */
export const carriedMessage: Rule<ModalityInput, Modality> = {
  name: "carried-message",
  apply({ text, cue }) {
    if (!CARRIER_VERB.test(text.slice(cue.start, cue.end))) return null;
    return MESSAGE_AFTER_VERB.test(text.slice(cue.end, cue.end + 60)) || MESSAGE_BEFORE_VERB.test(text.slice(Math.max(0, cue.start - 70), cue.start)) ? "message" : null;
  },
};

/**
 * "meet tomorrow", "talks to be held next week": a time still to come, told in the contact's own
 * clause. A present progressive with a day ("is meeting Scholz on Monday", "are speaking by phone
 * on Friday") is such an arrangement too: the day is the coming one, not the last.
 */
export const futureTime: Rule<ModalityInput, Modality> = {
  name: "future-time",
  apply({ text, cue }) {
    const clause = text.slice(cue.start, cue.end + 50).split(/[;.,]|\b(?:and|but|while|where|when|after|before)\b/)[0];
    if (FUTURE_TIME.test(clause)) return "planned";
    return DAY_IN_CLAUSE.test(clause) && PRESENT_PROGRESSIVE.test(text.slice(Math.max(0, cue.start - 30), cue.start)) ? "planned" : null;
  },
};

/**
 * "The call took place three days before Lula flies to Paris for a summit that Meloni is hosting",
 * "talks to resume once the two leaders meet": a contact word in a temporal clause in the simple
 * present is still to come, whatever the tense of the sentence around it.
 */
export const temporalPresent: Rule<ModalityInput, Modality> = {
  name: "temporal-present",
  apply: ({ text, cue }) => (TEMPORAL_PRESENT.test(text.slice(Math.max(0, cue.start - 100), cue.end)) ? "planned" : null),
};

/**
 * "it was a very good time to meet": an infinitive contact is an aim, not a contact, unless a
 * movement that happened leads to it ("flew to Beijing to meet Xi", "arrived in Nairobi for talks"),
 * or it tells what a ranked person did ("the third leader to visit Nairobi this year").
 */
export const bareInfinitive: Rule<ModalityInput, Modality> = {
  name: "bare-infinitive",
  apply({ text, cue }) {
    const before = text.slice(Math.max(0, cue.start - 40), cue.start);
    // "commits them to start technical negotiations by February", "agreed to hold talks": the noun
    // after an infinitive of starting or holding is as much an aim as the verb "to meet".
    const infinitive = /\bto\s+$/i.test(before.slice(-4)) ? before.length - 4 : START_INFINITIVE.exec(before)?.index;
    if (infinitive === undefined) return null;
    if (RANKED_AGENT.test(text.slice(Math.max(0, cue.start - 120), cue.start - before.length + infinitive))) return null;
    return MOVED_TO.test(text.slice(Math.max(0, cue.start - 80), cue.start - before.length + infinitive)) ? null : "planned";
  },
};

/**
 * "scheduled to have dinner with Xi on Saturday, a meeting watched by markets", "is to receive X in
 * Tokyo, the first such visit in years": a noun in apposition has its clause's modality.
 */
const APPOSITION = /,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$/i;
export const appositionModality: Rule<ModalityInput, Modality> = {
  name: "apposition-modality",
  apply({ text, cue }) {
    if (!APPOSITION.test(text.slice(Math.max(0, cue.start - 45), cue.start))) return null;
    return NOT_HELD.test(text.slice(0, cue.start).replace(APPOSITION, "")) ? "planned" : null;
  },
};

/**
 * "a meeting with X that both sides said they wanted never took place", "the summit in July, which
 * Xi and Lula did not attend": a relative clause on the contact noun says it did not happen, or
 * that the leaders it names stayed away.
 */
export const relativeUnheld: Rule<ModalityInput, Modality> = {
  name: "relative-unheld",
  // Only a noun heads such a clause: "met Lula a day after a summit that Modi did not attend" is held.
  apply: ({ text, cue }) => (CONTACT_NOUN.test(text.slice(cue.start, cue.end)) && RELATIVE_UNHELD.test(text.slice(cue.end, cue.end + 160)) ? "denied" : null),
};

/**
 * "ahead of a meeting with X", "preparations for his visit", "pressed for a call": the noun is
 * governed by a word of expectation or request, so the clause looks forward to the contact.
 */
export const planHead: Rule<ModalityInput, Modality> = {
  name: "plan-head",
  apply: ({ text, cue }) => (PLAN_HEAD.test(text.slice(Math.max(0, cue.start - 60), cue.start)) ? "planned" : null),
};

/**
 * "a summit with X was possible", "the meeting … never happened", "his meeting with X would focus
 * on trade": a contact noun whose own predicate is a plan, a doubt or a failure. The predicate must
 * be the noun's: another clause opening between them ("and said", "which", "but") gives it to
 * someone else.
 */
export const irrealisPredicate: Rule<ModalityInput, Modality> = {
  name: "irrealis-predicate",
  apply({ text, cue }) {
    if (!CONTACT_NOUN.test(text.slice(cue.start, cue.end))) return null;
    const m = IRREALIS_PREDICATE.exec(text.slice(cue.end, cue.end + 140));
    // An aside between commas ("a visit, scheduled for May, was postponed") is skipped over.
    return m && !OTHER_CLAUSE.test(m[1].replace(/,[^,]*,/g, " ")) ? "planned" : null;
  },
};


/**
 * "addressed the summit by video link", "sent a recorded video message to the summit it hosted":
 * a speech delivered to a gathering or through a video link tells no contact with anyone in it.
 */
export const speechAct: Rule<ModalityInput, Modality> = {
  name: "speech-act",
  apply({ text, cue }) {
    const word = text.slice(cue.start, cue.end);
    if (cue.type !== "video" && !GATHERING.test(word)) return null;
    const clause = text.slice(0, cue.end).split(/[,;:]|\band\b/).pop()!;
    return SPEECH_ACT.test(clause) ? "message" : null;
  },
};

/** "ruled out a meeting with X", "turned down talks", "instead of meeting X": the contact named is the one refused or replaced. */
export const refusalHead: Rule<ModalityInput, Modality> = {
  name: "refusal-head",
  apply: ({ text, cue }) => (REFUSAL_HEAD.test(text.slice(Math.max(0, cue.start - 60), cue.start)) ? "denied" : null),
};

/** "Did X really meet Y on Monday?": a contact asked about is not told. */
export const question: Rule<ModalityInput, Modality> = {
  name: "question",
  apply: ({ text }) => (/\?["”’']?\s*$/.test(text) ? "hypothetical" : null),
};

/**
 * "reports that X had met Y proved false", "CLAIM: a post says X and Y talked by phone": a contact
 * told only as a claim that the sentence disputes, or under a fact-check's label of the claim checked.
 */
export const disputedClaim: Rule<ModalityInput, Modality> = {
  name: "disputed-claim",
  apply: ({ text, cue }) => ((CLAIM_BEFORE.test(text.slice(Math.max(0, cue.start - 200), cue.start)) && CONTESTING.test(text)) || CLAIM_LABEL.test(text) ? "denied" : null),
};

/**
 * The narrator's words before a point, without what they quote: "“We have not met for a while,”
 * X told Y at the start of their meeting" plans nothing; the quote's "not" is the speaker's. A
 * sentence may open inside a quotation begun before it (a closing mark with no opening one).
 */
function unquoted(before: string): string {
  const open = before.indexOf("“");
  const close = before.indexOf("”");
  const rest = close >= 0 && (open < 0 || close < open) ? before.slice(close + 1) : before;
  return rest.replace(/“[^”]*”|"[^"]*"/g, " ");
}

/**
 * "Lula was in Hiroshima for the G7 summit, where a meeting with Albanese never took place", "a
 * meeting could take place on the sidelines of the summit on Friday", "refused to meet X during his
 * visit to New York": a gathering or a journey named as the setting of the sentence's contact is no
 * contact of its own. When every other contact word of the
 * sentence is planned, doubted or denied, so is the gathering; one that happened ("at the summit,
 * Xi met Biden") leaves it alone. Built over the rules that read the other words, which run first.
 */
export function settingOfUnheld(others: readonly Rule<ModalityInput, Modality>[]): Rule<ModalityInput, Modality> {
  const modalityOf = (i: ModalityInput): Modality => {
    for (const rule of others) {
      const m = rule.apply(i);
      if (m) return m;
    }
    return "happened";
  };
  return {
    name: "setting-of-unheld",
    apply({ text, cue, cues }) {
      const word = text.slice(cue.start, cue.end);
      if (!cues || !(SETTING.test(word) || GATHERING.test(word)) || !SETTING_BEFORE.test(text.slice(Math.max(0, cue.start - 80), cue.start))) return null;
      const told = cues.filter((c) => c !== cue && c.kind === "contact" && !SETTING.test(text.slice(c.start, c.end)));
      // "hopes to sit down with Xi on Thursday, on the margins of the Apec meeting", "is expected to
      // travel to Budapest for the informal summit": with no contact word of its own, the gathering is
      // the setting of what the sentence plans or denies before it.
      // "agreed to expand trade during their summit": the summit is where the agreeing took place.
      if (!told.length) return NOT_HELD.test(unquoted(text.slice(0, cue.start)).split(";").pop()!) && !TOLD_HELD.test(text.slice(cue.end, cue.end + 40)) && !agreedAtSetting(text, cue) ? "planned" : null;
      if (!SETTING.test(word)) return null;
      const modalities = told.map((c) => modalityOf({ text, cue: c, cues }));
      return modalities.every((m) => m !== "happened") ? modalities[0] : null;
    },
  };
}
