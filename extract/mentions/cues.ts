/**
 * Cues: the words of a sentence that can make it a contact (or keep a date from being one),
 * each found by its vocabulary; and the refiners that make a medium-less word ("called", "spoke")
 * a phone call when the sentence says who was called.
 */
import type { GateInput } from "./gates";
import type { ContactType } from "../types";
import { firstOf, type Rule, type Trace } from "./rules";
import type { Sentence } from "./sentences";
import { matchesOf } from "../matches";
import { NOT_THE_OBJECT_BETWEEN, ABOUT_BEFORE, PERSON_WORD, APPEAL_AFTER, CALL_NOUN, CALL_VERB, CALLED_NOT_PHONED, CALLED_ON, CALLED_ON_BETWEEN, CLAUSE_BREAK, VISIT_AFTER, MEAL_OR_VENUE, CUE_VOCABULARIES, HEADLINE_CALL, MEDIA, NAMING, SPOKE, SPOKE_ELSEWHERE, SPOKE_WITH, VENUE_AFTER, VENUE_BEFORE, WENT_INSIDE, type CueKind } from "./vocabulary";

export interface Cue {
  start: number;
  end: number;
  kind: CueKind;
  type?: ContactType;
  /** The vocabulary the word came from (or the refiner that changed it), for --explain. */
  vocabulary: string;
}

/** Words whose date is not a contact's: other events and written messages. */
export const blocks = (c: Cue) => c.kind === "block" || c.kind === "message";
export const speaks = (c: Cue) => c.kind === "contact" || c.kind === "weak";

/**
 * All cue vocabularies as one pattern, in their order of precedence: one pass over a sentence
 * finds every cue, and where two could start at the same place the more specific one wins.
 * Each vocabulary is wrapped in a group whose number is kept, so a match tells its cue by index.
 */
const captureCount = (source: string) => new RegExp(`${source}|`).exec("")!.length - 1;
const CUE_GROUPS: number[] = [];
const ALL_CUES = new RegExp(
  CUE_VOCABULARIES.map((c) => {
    CUE_GROUPS.push(1 + CUE_GROUPS.reduce((n, _, j) => n + 1 + captureCount(CUE_VOCABULARIES[j].re.source), 0));
    return `(${c.re.source})`;
  }).join("|"),
  "gi",
);
/** Any contact or talking word: a cheap test before a paragraph is read closely. */
export const CONTACT_HINT = new RegExp(
  CUE_VOCABULARIES.filter((c) => c.kind === "contact" || c.kind === "weak")
    .map((c) => c.re.source)
    .join("|"),
  "i",
);

/** "held talks in the Palace of Independence today": an event word in a venue's name blocks no date. */
function inVenueName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) return false;
  return VENUE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || VENUE_AFTER.test(text.slice(end, end + 12));
}

export function cuesIn(text: string): Cue[] {
  const out: Cue[] = [];
  for (const m of matchesOf(ALL_CUES, text)) {
    const i = CUE_GROUPS.findIndex((g) => m[g] !== undefined);
    const v = CUE_VOCABULARIES[i];
    if (v.kind === "block" && inVenueName(text, m.index, m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: v.kind, type: v.type, vocabulary: v.name });
  }
  return out;
}

/**
 * A phone or video word in [from, to) makes a contact of that kind, unless it comes before the
 * contact's own word with an "and" between: "spoke by phone and met in Beijing" is two contacts.
 */
export function mediumIn(text: string, from: number, to: number, cueStart = from): ContactType | null {
  const start = Math.max(0, from);
  const part = text.slice(start, to);
  for (const q of MEDIA) {
    const m = q.re.exec(part);
    if (!m) continue;
    const end = start + m.index + m[0].length;
    if (end <= cueStart && /\band\b/i.test(text.slice(end, cueStart))) continue;
    return q.type;
  }
  return null;
}

/** The medium a headline names: "… Call with …" is a phone call unless it says video. */
export function headlineMedium(title: string): ContactType | null {
  return mediumIn(title, 0, title.length) ?? (HEADLINE_CALL.test(title) ? "phone" : null);
}

/** What a call refiner sees: one medium-less cue, the sentence, its leaders (offsets into the sentence). */
export interface CallInput {
  s: Sentence;
  cue: Cue;
  cues: Cue[];
  local: { start: number; end: number }[];
  /** With no contact told yet to inherit a medium from, "spoke" between two leaders is a call. */
  spokeIsCall: boolean;
  hasPlace: () => boolean;
}

const objectAfter = (i: CallInput) => i.local.find((r) => r.start >= i.cue.end && r.start <= i.cue.end + 30);

/** "Ruto called Lula", "Modi dialled Scholz"; not "called him an old friend". */
export const callVerbWithLeader: Rule<CallInput, ContactType> = {
  name: "call-verb-with-leader",
  apply(i) {
    if (!CALL_VERB.test(i.s.text.slice(i.cue.start, i.cue.end)) || CALLED_NOT_PHONED.test(i.s.text.slice(i.cue.end, i.cue.end + 8))) return null;
    const object = objectAfter(i);
    if (!object) return null;
    const between = i.s.text.slice(i.cue.end, object.start);
    if (NOT_THE_OBJECT_BETWEEN.test(between)) return null;
    // "called the treaty overdue, Modi replied": past a comma the leader is the object only when a
    // person word stands before it ("called his counterpart, Modi").
    const comma = between.indexOf(",");
    if (comma >= 0 && !PERSON_WORD.test(between.slice(0, comma).toLowerCase())) return null;
    return !NAMING.test(i.s.text.slice(object.end, object.end + 6)) ? "phone" : null;
  },
};

/**
 * "Sharif called on President Widodo at the Merdeka Palace", "later called on the King": calling
 * on a leader is a visit in person, the way official and South Asian English tell a courtesy
 * call. Only with the leader named just after it, then a place, an occasion or the clause's end
 * ("called on Lula for calm", "over the border", "in a letter" are appeals), and no "to" and a verb
 * after the leader before the next clause ("called on Lula to act" is an appeal; "…, and the two
 * agreed to reopen it" is another clause).
 */
/** The text up to the next clause break ("; …", ", and …"): what an appeal's "to" may belong to. */
function clauseAfter(text: string): string {
  const end = text.search(CLAUSE_BREAK);
  return end < 0 ? text : text.slice(0, end);
}

export const calledOnLeader: Rule<CallInput, ContactType> = {
  name: "called-on-leader",
  apply(i) {
    const { s, cue } = i;
    if (!CALL_VERB.test(s.text.slice(cue.start, cue.end)) || !CALLED_ON.test(s.text.slice(cue.end, cue.end + 8))) return null;
    const object = i.local.find((r) => r.start >= cue.end && r.start <= cue.end + 45);
    if (!object || CALLED_ON_BETWEEN.test(s.text.slice(cue.end, object.start))) return null;
    const after = clauseAfter(s.text.slice(object.end, object.end + 120));
    return VISIT_AFTER.test(after) && !APPEAL_AFTER.test(after) ? "in-person" : null;
  },
};

/** "received a call from Scholz", "a call with Lula". */
export const callNounWithLeader: Rule<CallInput, ContactType> = {
  name: "call-noun-with-leader",
  apply(i) {
    const noun = CALL_NOUN.test(i.s.text.slice(i.cue.start, i.cue.end)) && /^\s+(?:from|with)\s/i.test(i.s.text.slice(i.cue.end, i.cue.end + 7));
    return noun && objectAfter(i) ? "phone" : null;
  },
};

/** "received a call this Saturday from X": a call received is a phone call, wherever the caller is named. */
export const receivedCallNoun: Rule<CallInput, ContactType> = {
  name: "received-call-noun",
  apply: (i) => (CALL_NOUN.test(i.s.text.slice(i.cue.start, i.cue.end)) && /\breceiv(?:ed|es|ing)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?$/iu.test(i.s.text.slice(Math.max(0, i.cue.start - 30), i.cue.start)) ? "phone" : null),
};

/** "Rouhani and Abe talked for an hour at the Kantei, including a working lunch", "went inside the house and talked": in person. */
export const spokeInPerson: Rule<CallInput, ContactType> = {
  name: "spoke-in-person",
  apply({ s, cue, local }) {
    if (local.length < 2 || !SPOKE.test(s.text.slice(cue.start, cue.end)) || SPOKE_ELSEWHERE.test(s.text.slice(cue.end, cue.end + 40))) return null;
    return MEAL_OR_VENUE.test(s.text.slice(cue.end)) || WENT_INSIDE.test(s.text.slice(Math.max(0, cue.start - 60), cue.start)) ? "in-person" : null;
  },
};

const JOINED_SUBJECT = /\band\s+(?:\S+\s+){0,4}$/i;

/**
 * "Lula and Scholz spoke for two hours on Sunday", "Merkel spoke with Biden": in news copy two
 * leaders who "spoke", with no place and no word of meeting, spoke by phone.
 */
export const twoLeadersSpoke: Rule<CallInput, ContactType> = {
  name: "two-leaders-spoke",
  apply({ s, cue, cues, local, spokeIsCall, hasPlace }) {
    if (!spokeIsCall || local.length < 2) return null;
    if (!SPOKE.test(s.text.slice(cue.start, cue.end)) || SPOKE_ELSEWHERE.test(s.text.slice(cue.end, cue.end + 40))) return null;
    // A meeting word is a word of meeting, unless it is what they spoke about ("spoke … about the summit").
    if (cues.some((c) => c.kind === "contact" && c.type === "in-person" && !ABOUT_BEFORE.test(s.text.slice(Math.max(0, c.start - 60), c.start))) || hasPlace()) return null;
    const before = local.filter((r) => r.start < cue.start);
    const withLeader = SPOKE_WITH.test(s.text.slice(cue.end, cue.end + 6)) && local.some((r) => r.start > cue.end && r.start <= cue.end + 40);
    const pairSubject = before.length >= 2 && JOINED_SUBJECT.test(s.text.slice(before[before.length - 2].start, cue.start));
    return withLeader || pairSubject ? "phone" : null;
  },
};

/** What the reader of an undated talking word sees: the word, its sentence's leaders (offsets into the sentence) and the story's medium so far. */
export interface StoryTalkInput {
  s: Sentence;
  cue: Cue;
  local: { start: number; end: number }[];
  /** The headline's medium, else that of the first contact told. */
  leadType: ContactType | null;
}

/**
 * "Ruto first spoke with the Emir of Qatar", "Later, he talked to Prime Minister X", in a story
 * whose headline or first contact is a phone or video call (a round of calls): a talking word
 * addressed to a leader is one more of those calls, though it has no date of its own. Its medium is
 * still read as inherited (the precision gate weighs that reading); in a story of visits, talking
 * may be in person or by phone, and stays unread.
 */
export const talkInCallStory: Rule<StoryTalkInput, ContactType> = {
  name: "talk-in-call-story",
  apply({ s, cue, local, leadType }) {
    if (leadType !== "phone" && leadType !== "video") return null;
    const word = s.text.slice(cue.start, cue.end);
    if (!SPOKE.test(word) || !SPOKE_WITH.test(s.text.slice(cue.end, cue.end + 6)) || SPOKE_ELSEWHERE.test(s.text.slice(cue.end, cue.end + 40))) return null;
    return local.some((r) => r.start > cue.end && r.start <= cue.end + 40) ? leadType : null;
  },
};

/**
 * Refine medium-less cues into contacts of a medium; `rules` is the ordered list from the
 * configuration. The sentence is read as the gates read it (its cues are refined in place).
 */
export function refineCalls(rules: readonly Rule<CallInput, ContactType>[], { s, cues, refs, hasPlace }: Pick<GateInput, "s" | "cues" | "refs" | "hasPlace">, spokeIsCall: boolean, trace: Trace | null): void {
  const local = refs.map((r) => ({ start: r.start - s.start, end: r.end - s.start }));
  for (const cue of cues) {
    if (cue.kind !== "weak") continue;
    const type = firstOf(rules, { s, cue, cues, local, spokeIsCall, hasPlace }, trace, "cue", (t) => `"${s.text.slice(cue.start, cue.end)}" is a ${t} contact`);
    if (type) Object.assign(cue, { kind: "contact", type, vocabulary: type });
  }
}
