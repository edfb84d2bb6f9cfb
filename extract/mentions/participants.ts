/**
 * Participants: which leaders a frame is between. Resolvers (first that applies wins) pick them
 * among the leaders the sentence names; group rules then read "the two leaders", "their meeting";
 * the order of both lists is stated in mentions/config.ts.
 */
import type { LeaderRef } from "../leaders";
import { BARE_OFFICE_TITLES, OFFICE_NAME_WORDS, OFFICE_NAMES, OFFICES, officeAlternation } from "../offices";
import { questionAnswered, refsWithin, type ArticleContext } from "./context";
import { matchesNotAfter, matchesOf } from "../matches";
import type { Frame } from "./frames";
import { findIn, perSentence } from "./memo";
import { clauseOf, ownObject } from "./clause";
export { clauseOf } from "./clause";
import type { Rule } from "./rules";
import type { Sentence } from "./sentences";
import type { ContactType } from "../types";
import { CLAUSE_JOINED_AFTER, CLAUSE_JOINED_BEFORE, TALK_VERB, TOPIC_CONTACT_BEFORE, BESIDE_A_GATHERING, MET_AS_A_GROUP, ENTRY_OPENING_WORD, ENTRY_OPENING_WORDS, COURTESY_WORD, AN_OFFICIAL, OBJECT_PRONOUN, courtesyKey, PAIR_OF_THE_CONTACT, PERSONAL_PRONOUN, CONTACT_HEADING, COUNTERPART_AFTER, ASIDE, BARE_OFFICE, NEWS_OFFICE, NEWS_OFFICE_TITLES, ELSEWHERE_OPENING, EARLIER_CONTACT, NEWS_DAY, PAIR_WORD, BARE_TITLE, BILATERAL, OFFICIAL, OFFICIAL_OBJECT, THING_OBJECT, MEETING_VERB, PERSON_WORD, RECEIVED_CALL, GATHERING_OBJECT, CLAUSE_BREAK, COLLECTIVE, DUAL, GATHERING_HOST, GROUP_COUNTERPART_GAP, GROUP_SUBJECT, HOSTED_GROUP, LATER_WITH, OPENING, PEOPLE_GROUP, SEPARATE, SEQUENCE_WORD, PLURAL_CONTACTS, PLURAL_GROUP, PRONOUN_SUBJECT, REPORTING_VERB, SIZED_GROUP, SUMMIT, TRAVEL, CONTACT_VERB_BEFORE, TOOK_PART, SEQUENCE_OPENER, SINGLE_ARTICLE_BEFORE, ATTENDED_BY, GATHERING_NOUN, GROUP_SIZE_WORD, NAMED_AGAIN, ONE_ON_ONE, SPEAKER_LABEL_AFTER, TOOK_PART_IN_AGAIN, TOOK_PART_AFTER, LIST_OPENING, LIST_JOINED, NOT_A_BARE_LIST, LIST_NEGATED, JOINT, TITLED_SUBJECT, NAME_SUBJECT, JOINT_CONTACT } from "./vocabulary";

/**
 * Whether text[from, to) of the sentence holds an office named without its holder ("the prime
 * minister had a meeting with …"): a title no leader reference covers or follows at once.
 */
export function unresolvedRole(s: Sentence, refs: LeaderRef[], from = 0, to = s.text.length): boolean {
  if (!/\b(?:the|his|her)\s/i.test(s.text)) return false;
  for (const m of matchesOf(BARE_TITLE, s.text.slice(from, to))) {
    const start = s.start + from + m.index;
    const end = start + m[0].length;
    if (!refs.some((r) => r.start < end + 3 && r.end > start)) return true;
  }
  return false;
}

/**
 * The leaders of `refs`, each once, in the order first named. Asked many times for every frame:
 * a sentence names a handful of leaders, and a scan of the few found so far costs less than
 * building a Set and an array to spread it from (one was among the costliest allocations of a
 * dense article); a long list still goes through a Set, so the time stays linear.
 */
export function distinct(refs: LeaderRef[]): string[] {
  if (refs.length > 8) return [...new Set(refs.map((r) => r.leaderId))];
  const out: string[] = [];
  for (const r of refs) if (!out.includes(r.leaderId)) out.push(r.leaderId);
  return out;
}

const within = (s: Sentence, [start, end]: [number, number]) => (r: LeaderRef) => r.start - s.start >= start && r.end - s.start <= end;

/**
 * What a contact leads up to ("ahead of the summit", "in the run-up to their meeting", "looked
 * forward to welcoming X"): another occasion, with its own people.
 */
const LEADS_UP_TO = /\b(?:ahead of|in the run-up to|look(?:s|ed|ing)? forward to)\b/;

export interface WhoInput {
  s: Sentence;
  refs: LeaderRef[];
  frame: Frame;
  /** The contact is told of someone who is no leader (an aside about a minister): nobody named elsewhere takes part. */
  unnamedSubject?: boolean;
  /** The refs less leaders named only in the possessive ("a day after Trump's inauguration"), unless that leaves fewer than two. */
  kept: LeaderRef[];
  /** Whether a leader is called "she" (the catalogue's word; "he" when it says nothing). */
  isShe?: (id: string) => boolean;
  /** Words of the names of people the article introduced by a title who are no catalogue leader. */
  strangers?: () => ReadonlySet<string>;
}

/**
 * The asides of a sentence set off by commas after a name ("A, who served under B, met C"), as
 * [start, end) offsets: what they tell is about their own subject, not the sentence's contact.
 */
export function asidesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of matchesOf(ASIDE, text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Whether `r` is a possessive right before the contact's words at `at` ("A's call", "A's state visit"). */
function ownsContact(s: Sentence, r: LeaderRef, at: number): boolean {
  return /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(s.text.slice(r.end - s.start, at));
}

export function whoInput(s: Sentence, refs: LeaderRef[], frame: Frame, isShe?: (id: string) => boolean, strangers?: () => ReadonlySet<string>): WhoInput {
  let unnamedSubject = false;
  // "Prabowo, who served as minister under Widodo, also met …": a leader named only inside an
  // aside that does not hold the contact's words is no party to it.
  // "Leyva, who travelled to Caracas to meet his counterpart, accompanied Petro": a contact told
  // inside such an aside is its subject's (the name just before it) with whom the aside names.
  if (s.text.includes("who")) {
    const all = asidesOf(s.text);
    const own = all.find(([a, b]) => frame.at >= a && frame.at < b);
    const inside = (r: LeaderRef, [a, b]: [number, number]) => r.start - s.start >= a && r.end - s.start <= b;
    if (own && /^,\s+(?:an?\s+[^,]*\s)?who\b/.test(s.text.slice(own[0], own[1]))) {
      const antecedent = refs.find((r) => r.end - s.start <= own[0] && own[0] - (r.end - s.start) <= 2);
      refs = refs.filter((r) => inside(r, own) || r === antecedent);
      // "The leaders, who met first on Thursday, …": a group word is the subject, for the group rules to read.
      if (!antecedent && !/\b(?:leaders|presidents|heads of state|men|two|pair|sides)\s*$/i.test(s.text.slice(Math.max(0, own[0] - 20), own[0]))) unnamedSubject = true;
    } else if (!own) refs = refs.filter((r) => !all.some((aside) => inside(r, aside)));
  }
  // "met A in Lima, ahead of their trilateral meeting with B", "joined X for a video summit ahead of
  // a gathering convened by Y", "…, adding that he looked forward to welcoming Z": a leader named
  // only after what the contact leads up to is no party to the contact told before it.
  if (s.text.includes("ahead of") || s.text.includes("run-up to") || s.text.includes("forward to")) {
    const ahead = LEADS_UP_TO.exec(s.text.slice(frame.cue.end));
    if (ahead) {
      const cut = frame.cue.end + ahead.index;
      const before = new Set(refs.filter((r) => r.start - s.start < cut).map((r) => r.leaderId));
      refs = refs.filter((r) => r.start - s.start < cut || before.has(r.leaderId));
    }
  }
  // "A's call with B", "A's state visit to C": a possessive right before the contact's words owns it and stays.
  let kept = refs.filter((r) => !/^['’]s\b/.test(s.text.slice(r.end - s.start, r.end - s.start + 3)) || ownsContact(s, r, frame.at));
  if (distinct(kept).length < 2) kept = refs;
  return { s, refs, frame, kept, unnamedSubject, isShe, strangers };
}

/** Whether a leader is named in [from, to) of the sentence. */
function namedBetween(s: Sentence, refs: LeaderRef[], from: number, to: number): boolean {
  return refs.some((r) => r.start - s.start >= from && r.start - s.start < to);
}

/**
 * The officials' titles of a sentence, as [start, end) offsets, found once for all its frames: a
 * dense sentence has four frames or more, and each looked for titles before its contact word.
 * Searching the whole sentence finds the same titles as searching a clause's stretch of it: a
 * clause starts after a break and a frame at a contact word, neither of them inside a title.
 *
 * A title that is a transcript's speaker label ("SPECIAL ADVISER: Yes, the two leaders spoke …") is
 * who is talking, not the subject of what is told: it is no official of the sentence.
 */
const officialsIn = perSentence((text): [number, number][] =>
  matchesOf(OFFICIAL, text)
    .filter((m) => !SPEAKER_LABEL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + LABEL_TAIL)))
    .map((m) => [m.index, m.index + m[0].length]));
const LABEL_TAIL = 48;

/**
 * "Following the leaders' meeting, the foreign ministers held talks with their counterparts",
 * "Minister Ebrard, who held a meeting the day before with his Cuban counterpart": an official
 * named in the contact's clause before its words, with no leader between, is its subject; the
 * leaders the sentence names (or "his counterpart") did not take part.
 */
export const officialSubject: Rule<WhoInput, string[]> = {
  name: "official-subject",
  apply({ s, refs, frame, kept }) {
    const [start] = clauseOf(s.text, frame.at);
    let last = -1;
    for (const [from, to] of officialsIn(s.text)) if (from >= start && to <= frame.at) last = from;
    // "Vieira was the first foreign minister to visit Nairobi after Ruto's fall, meeting B": a leader
    // named only in the possessive of something else stands for no subject between them.
    if (last >= 0) return namedBetween(s, kept, last, frame.at) ? null : (AMBIGUOUS as string[]);
    // "An adviser travelled to Kyiv, after a visit to Jakarta during which he held talks with B": a
    // later clause naming no leader before the contact goes on about the sentence's subject, an
    // official named before any leader.
    if (start === 0 || namedBetween(s, refs, start, frame.at)) return null;
    const opening = officialsIn(s.text).find(([, to]) => to <= start);
    return opening && !refs.some((r) => r.start - s.start < opening[0]) ? (AMBIGUOUS as string[]) : null;
  },
};

/**
 * "Leyva, who had travelled to Caracas to meet his counterpart, …": the contact's subject is
 * someone the catalogue does not know, so no leader named elsewhere (nor the article's pair) is.
 */
export const subjectNotALeader: Rule<WhoInput, string[]> = {
  name: "subject-not-a-leader",
  apply: ({ unnamedSubject, refs }) => (unnamedSubject && distinct(refs).length < 2 ? (AMBIGUOUS as string[]) : null),
};

/**
 * "Xi paid a state visit, holding talks with Kim on June 20", "a meeting with European officials":
 * the contact word's own counterpart, named right after "with", is someone the catalogue does not
 * know; the leaders named elsewhere in the sentence are not its pair.
 */
export const counterpartNotALeader: Rule<WhoInput, string[]> = {
  name: "counterpart-not-a-leader",
  apply({ s, refs, frame }) {
    // "Trump met Prime Minister Mark Carney on Monday, and later spoke with B": an object the
    // contact verb takes by title and name, no catalogue leader, is its counterpart just the same.
    // "Tokayev received Minister of Healthcare X, who reported on …": the object is an official,
    // so no leader the sentence (or the visited country) names is the counterpart.
    const direct = STRANGER_OBJECT.exec(s.text.slice(frame.cue.end, frame.cue.end + 80)) ?? OFFICIAL_OBJECT.exec(s.text.slice(frame.cue.end, frame.cue.end + 80));
    if (direct) {
      const from = s.start + frame.cue.end + direct.index;
      const to = from + direct[0].length;
      if (!refs.some((r) => r.text && r.start < to && r.end > from)) return AMBIGUOUS as string[];
    }
    // "Biden met with his national security team to discuss Xi's visit", "met the press after X left":
    // the verb's object is a group or a thing, so the leader named further on is not its counterpart.
    // ("received a phone call from X" is the call, read by the medium rules.)
    const after = s.text.slice(frame.cue.end, frame.cue.end + 80);
    const thing = MEETING_VERB.test(s.text.slice(frame.cue.start, frame.cue.end)) && !RECEIVED_CALL.test(after) ? THING_OBJECT.exec(after) : null;
    if (thing && !PERSON_WORD.test(thing[1].toLowerCase()) && !GATHERING_OBJECT.test(thing[1])) {
      const from = s.start + frame.cue.end;
      if (!refs.some((r) => r.text && r.start < from + thing[0].length && r.end > from)) return AMBIGUOUS as string[];
    }
    const m = COUNTERPART_AFTER.exec(s.text.slice(frame.cue.end, frame.cue.end + 80)) ?? counterpartPastAdjuncts(s, refs, frame);
    if (!m) return null;
    // A title may run on past the capitals ("with Crown Prince and Prime Minister X"): any leader
    // named within a few words of "with" is the counterpart.
    const from = s.start + frame.cue.end + m.index + m[0].length - m[1].length;
    return refs.some((r) => r.text && r.end > from && r.start < from + 50) || afterTitleChain(s, refs, from) ? null : (AMBIGUOUS as string[]);
  },
};

/**
 * "Kenyan President William Ruto met Modi on Monday and Lula on Tuesday": the contact word's own
 * subject, named by a leader's title and a name right before it (or by a name the article gave it
 * earlier: "Ruto met …"), is someone the catalogue does not know; the leaders after the word are its
 * counterparts, not a pair of their own. Only a meeting told as joint ("together", "a
 * trilateral") is one of them all, for the rules after this one.
 */
export const strangerSubject: Rule<WhoInput, string[]> = {
  name: "stranger-subject",
  apply({ s, refs, frame, strangers }) {
    const before = s.text.slice(Math.max(0, frame.cue.start - 90), frame.cue.start);
    const to = s.start + frame.cue.start;
    const at = (m: RegExpExecArray) => to - before.length + m.index;
    const stranger = (m: RegExpExecArray | null) => !!m && !refs.some((r) => r.text && r.start < to && r.end > at(m));
    const titled = TITLED_SUBJECT.exec(before);
    // The article's strangers are read only for a name no leader's reference covers.
    const named = titled ? null : NAME_SUBJECT.exec(before);
    const m = titled ?? named;
    if (!m || !(titled ? stranger(titled) : stranger(named) && strangers?.().has(named![1]))) return null;
    // "Albanese and Kenyan President William Ruto met Modi": a leader joined to the stranger in the
    // subject is a party, for the rules after this one.
    const [clauseStart, clauseEnd] = clauseOf(s.text, frame.cue.start);
    if (refs.some((r) => r.text && r.start - s.start >= clauseStart && r.end <= at(m))) return null;
    // Told as one contact of them all ("met A and B together", "a trilateral meeting"), in the contact's own clause.
    return JOINT_CONTACT.test(s.text.slice(frame.cue.start, clauseEnd)) ? null : (AMBIGUOUS as string[]);
  },
};

/**
 * "The President did speak to A by phone on Tuesday, and he spoke to B on Wednesday": the sentence's
 * subject is an office no reference names (the office rules found no holder for it), so every
 * leader the sentence names after it is its counterpart, not a pair of their own; the contact's
 * other side is unknown. A leader the sentence names as the subject of a verb of its own ("… said
 * A met B", "A later held talks") or before the office, or a contact told as joint ("met A and B
 * together"), leaves the pairing to the rules after this one.
 */
export const officeSubject: Rule<WhoInput, string[]> = {
  name: "office-subject",
  apply({ s, refs, frame }) {
    if (!/\b[Tt]he\s/.test(s.text)) return null;
    const office = OFFICE_SUBJECT.exec(s.text);
    if (!office || frame.at < office[0].length) return null;
    const from = s.start + office[0].length - office[1].length;
    // The office must name nobody: a reference over it (the readout's own principal) is its holder.
    if (refs.some((r) => r.start < s.start + office[0].length && r.end > from)) return null;
    if (refs.some((r) => r.text && SUBJECT_AFTER.test(s.text.slice(r.end - s.start, r.end - s.start + 24)))) return null;
    return JOINT_CONTACT.test(s.text) ? null : (AMBIGUOUS as string[]);
  },
};
/** A sentence opening on a bare office as the subject of a verb, perhaps after a short opening phrase ("Also yesterday, the President spoke …"); group 1 is "the" and the office. */
const OFFICE_SUBJECT = new RegExp(`^\\s*(?:[^,;:.]{1,40},\\s+)?([Tt]he\\s+(?:${officeAlternation(OFFICE_NAMES, true)}))\\s+(?:(?:also|then|later|first|personally|separately|did|has|had|was)\\s+)*(?=\\p{Ll})(?!of\\b|and\\b|or\\b|s\\b)`, "u");
/** After a leader's name, a verb of its own: the leader is the subject of a clause ("A met", "A has also", "A, who"). */
const SUBJECT_AFTER = /^(?:['’]s\s|,\s+who\b|\s+(?:(?:also|then|later|first|has|had|have|was|were|is|did|will|would|and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*)\b|\p{Ll}+ed\b|(?:met|spoke|held|hosted|received|called|told|said|says|went|flew|took|sent|made|began|paid|gave|saw|came|sat|shook|welcomed)\b))/u;

/**
 * "held talks with General Secretary of the Party Central Committee and President of China X": a
 * party's and a state's titles joined into one chain, longer than the few words a title takes; the
 * leader right after the chain is still the counterpart. The chain holds an office's name and
 * nothing but capitalised words, "of", "the", "and" and a bracketed acronym: no clause, no verb.
 */
function afterTitleChain(s: Sentence, refs: LeaderRef[], from: number): boolean {
  const next = refs.find((r) => r.text && r.start >= from);
  if (!next || next.start - from > TITLE_CHAIN_MAX) return false;
  const gap = s.text.slice(from - s.start, next.start - s.start);
  // The office may be the one the name's reference starts with ("President of China X"). A chain
  // whose last title is "of" the leader ("Special Envoy of President X") is that leader's official's.
  return TITLE_CHAIN.test(gap) && TITLE_CHAIN_OFFICE.test(gap + next.text) && !TITLE_OF_THE_LEADER.test(gap);
}
/** How long a chain of titles may run before the name: two offices, each "of" a party or a state. */
const TITLE_CHAIN_MAX = 160;
const TITLE_CHAIN = /^(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and|\(\p{Lu}{2,6}\))\s+)+$/u;
const TITLE_CHAIN_OFFICE = new RegExp(`\\b(?:${officeAlternation(OFFICE_NAMES, true)})\\b`, "u");
/** The chain's last words when its last title is held "of" the leader named next: "… Envoy of (President) X". */
const TITLE_OF_THE_LEADER = new RegExp(`\\bof\\s+(?:the\\s+)?(?:(?:${officeAlternation(OFFICE_NAMES, true)})\\s+)?$`, "u");

/**
 * "met at the Amiri Diwan today with HE White House Coordinator X": "with" and its counterpart
 * after a few words of place and time that name no leader and hold no clause break.
 */
function counterpartPastAdjuncts(s: Sentence, refs: LeaderRef[], frame: Frame): RegExpExecArray | null {
  const m = COUNTERPART_PAST_ADJUNCTS.exec(s.text.slice(frame.cue.end, frame.cue.end + 120));
  if (!m) return null;
  const gapEnd = s.start + frame.cue.end + m[0].length - m[1].length;
  return refs.some((r) => r.start >= s.start + frame.cue.end && r.start < gapEnd) ? null : m;
}
/** Up to six words of place or time, then "with" and a capitalised counterpart. */
const COUNTERPART_PAST_ADJUNCTS = /^(?:\s+(?!with\b|and\b|but\b|who\b|which\b)[\p{L}'’.-]+){1,6}?\s+with\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/u;

/**
 * Right after a contact verb, an object named by a leader's title and a name ("met Prime Minister
 * Mark Carney", "received Japanese prime minister Shigeru Ishiba"); whether the name is a catalogue
 * leader's is for the rule to ask.
 */
const STRANGER_OBJECT = new RegExp(`^\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}?(?:${officeAlternation(OFFICE_NAMES, true)})\\s+(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{L}'’-]+`, "u");

/** Before a leader: named as the counterpart of a contact ("talked … with the Prime Minister of India,", "received by"). */
const COUNTERPART_BEFORE = /\b(?:with|by)\s+(?:[\p{L}'’.-]+,?\s+){0,8}$/u;

/** "Modi's trip comes weeks after he met Xi": the pronoun is the leader named before it, the contact with the next named after. */
export const pronounSubject: Rule<WhoInput, string[]> = {
  name: "pronoun-subject",
  apply({ s, refs, frame, isShe }) {
    const pronoun = PRONOUN_SUBJECT.exec(s.text.slice(Math.max(0, frame.at - 30), frame.at));
    if (!pronoun) return null;
    const pronounAt = frame.at - Math.min(30, frame.at) + pronoun.index;
    // "she" is the last leader before it called "she"; "he" one called "he".
    const she = /^she\b/i.test(pronoun[0]);
    const agrees = (r: LeaderRef) => !isShe || isShe(r.leaderId) === she;
    let subject = refs.findLast((r) => r.start - s.start < pronounAt && agrees(r));
    // "Lula talked with Modi, and on Friday he spoke with Scholz", "visited China, where he held talks
    // with Xi, and the United States, where he …": a leader named as the counterpart of a contact
    // told before is not the "he" that goes on; the subject of the sentence is.
    if (subject && COUNTERPART_BEFORE.test(s.text.slice(Math.max(0, subject.start - s.start - 60), subject.start - s.start)) && !/\b(?:who|whom|whose)\b/.test(s.text.slice(subject.end - s.start, pronounAt))) {
      const first = refs.find((r) => r.start < subject!.start && r.leaderId !== subject!.leaderId && agrees(r));
      if (first) subject = first;
    }
    // "after A hosted B, and just after the President's trip to Chile, where he …": an office named
    // between the last leader and the pronoun is the likelier antecedent, and it names nobody.
    if (subject && unresolvedRole(s, refs, subject.end - s.start, pronounAt)) return null;
    if (!subject) return null;
    // "when he hosted A and B on the sidelines": the objects joined by commas and "and" right
    // after the first are all parties to the one contact.
    const objects = refs.filter((r) => r.start - s.start >= frame.at && r.leaderId !== subject!.leaderId);
    if (!objects.length) return null;
    let n = 1;
    while (n < objects.length && listGlue(s.text.slice(objects[n - 1].end - s.start, objects[n].start - s.start))) n++;
    return distinct([subject, ...objects.slice(0, n)]);
  },
};

/**
 * "X telephoned Y on Monday, and she flew to Cairo for the summit, where she met Z": a clause
 * opening with "he"/"she" goes on about the sentence's subject (its first leader), and the contact
 * is with the next leader named after its contact word.
 */
export const clausePronounSubject: Rule<WhoInput, string[]> = {
  name: "clause-pronoun-subject",
  apply({ s, kept, frame }) {
    const [start] = clauseOf(s.text, frame.at);
    if (start === 0 || !/^\s*(?:he|she)\b/i.test(s.text.slice(start))) return null;
    const subject = kept[0];
    const object = kept.find((r) => r.start - s.start >= frame.at && r.leaderId !== subject.leaderId);
    return object ? [subject.leaderId, object.leaderId] : null;
  },
};

/**
 * "the telephone conversation held between the Chancellor of Germany A and the President of B",
 * "talks between A, B and C on Tuesday": the contact's people are the leaders its words name after
 * "between", all of them and no one else; whoever the sentence names before (the readout's subject
 * "shared his assessment of …") told of it. The list must start right after "between" (titles and
 * countries only), and "between" must follow the contact's words with nothing but how and when it
 * was held in the gap ("held", "by phone", "on Tuesday"): "met to discuss relations between A and
 * B" is no contact of A and B.
 */
export const betweenNamed: Rule<WhoInput, string[]> = {
  name: "between-named",
  apply({ s, refs, frame }) {
    if (!s.text.includes("between")) return null;
    const m = BETWEEN_AFTER_CUE.exec(s.text.slice(frame.cue.end, frame.cue.end + 90));
    if (!m) return null;
    const listAt = frame.cue.end + m[0].length;
    // No clause bound: the list is read member by member through its glue, and an apposition's
    // commas ("the Prime Minister of India, Narendra Modi, and …") would end a clause inside it.
    const after = spanned(refs.filter((r) => r.start - s.start >= listAt));
    if (after.length < 2) return null;
    // The first member right after "between", past its titles only ("the Prime Minister of India, ").
    const lead = s.text.slice(listAt, after[0].start - s.start);
    if (!listGlue(lead, true)) return null;
    let n = 1;
    // "between A and B, C said,": a leader followed by a verb of telling tells of the talks, and ends the list.
    while (n < after.length && listGlue(s.text.slice(after[n - 1].end - s.start, after[n].start - s.start)) && !TELLS_AFTER.test(s.text.slice(after[n].end - s.start))) n++;
    const people = distinct(after.slice(0, n));
    return people.length >= 2 ? people : null;
  },
};

/** Right after a leader: a verb of telling ("C said", "C told reporters"). */
const TELLS_AFTER = new RegExp(String.raw`^\s*${REPORTING_VERB}\b`);
/** After a contact's words: how and when it was held, then "between" (the list of its people follows). */
const BETWEEN_AFTER_CUE = /^(?:\s+(?:held|conducted|that|which|took|taking|place|by|via|over|on|in|at|the|last|this|phone|telephone|video|link|\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,4}(?:st|nd|rd|th)?),?)*?\s+between\s+/u;

/**
 * "Scholz said Xi and Modi held talks in Nairobi", "According to Scholz, Xi and Modi met",
 * "Scholz welcomed the meeting of Xi and Modi": a leader who tells of the contact (the subject of
 * a reporting verb or the source after "according to") is no party to it when the contact names
 * two or more leaders after the telling. The two named are the contact; three or more, only when
 * they stand in one list ("A, B and C met"); else nobody, rather than the teller. Not when the
 * telling goes on with a pronoun ("Scholz said he met Xi and Modi": he is the teller) or says where
 * it was told ("said at the summit with A and B": the teller took part), nor for "welcomed A and
 * B", where the teller is the host.
 */
export const reporterNotParty: Rule<WhoInput, string[]> = {
  name: "reporter-not-party",
  apply({ s, refs, frame }) {
    if (refs.length < 3 || !tells(s.text)) return null;
    const [clauseStart] = clauseOf(s.text, frame.at);
    let telling = -1;
    const tellers: string[] = [];
    for (const r of refs) {
      const from = r.start - s.start;
      const to = r.end - s.start;
      if (from >= frame.at || from < clauseStart) continue;
      const after = REPORTER_VERB_AFTER.exec(s.text.slice(to, to + 60));
      const source = ACCORDING_TO_BEFORE.test(s.text.slice(Math.max(0, from - 60), from)) ? ACCORDING_TO_END.exec(s.text.slice(to, to + 40)) : null;
      const end = after ? to + after[0].length : source ? to + source[0].length : -1;
      if (end < 0 || end > frame.at + 1) continue;
      telling = end;
      tellers.push(r.leaderId);
    }
    // "said he met A and B", "said A and B had met him": a pronoun in what is told, before the
    // contact's words or after them in its clause, is the teller, a party after all.
    if (telling < 0 || PERSONAL_PRONOUN.test(s.text.slice(telling, clauseOf(s.text, frame.at)[1]))) return null;
    // The told are the contact's own: its subjects, between the telling and its words, or named
    // right after a contact noun ("the meeting of A and B"); not leaders of a clause after it.
    const own = OF_AFTER_CUE.test(s.text.slice(frame.cue.end, frame.cue.end + 50)) ? clauseOf(s.text, frame.at)[1] : frame.at;
    const told = refs.filter((r) => r.start - s.start >= telling && r.start - s.start < own && !tellers.includes(r.leaderId));
    if (refs.some((r) => r.start - s.start >= own && !tellers.includes(r.leaderId) && !told.some((t) => t.leaderId === r.leaderId) && r.start - s.start < clauseOf(s.text, frame.at)[1])) return null;
    const people = distinct(told);
    if (people.length < 2 || refs.some((r) => r.start - s.start < telling && !tellers.includes(r.leaderId) && r.start - s.start >= clauseStart)) return null;
    if (people.length === 2) return people;
    const list = spanned(told);
    for (let i = 1; i < list.length; i++) if (!subjectGlue(s.text.slice(list[i - 1].end - s.start, list[i].start - s.start)) && !listGlue(s.text.slice(list[i - 1].end - s.start, list[i].start - s.start))) return AMBIGUOUS as string[];
    return people;
  },
};

/** "told" with its audience: "told reporters that"; "told A that" makes A the one told, not what is told. */
const TOLD_AUDIENCE = String.raw`(?:told|tells)\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers|parliament|a\s+news\s+conference)`;
/** Verbs of welcome or judgement that tell of a contact ("welcomed the talks of A and B"): with a person after them, the teller is the host. */
const WELCOME_VERB = String.raw`(?:welcomed|praised|hailed|lauded|commended|criticised|criticized)`;
/**
 * After a leader: a verb telling of something, then the start of what is told, which must not be a
 * pronoun ("said he met …") nor, for a verb of welcome, a person ("welcomed A and B" hosts them).
 */
const REPORTER_VERB_AFTER = new RegExp(
  String.raw`^(?:['’]s\s+office)?\s+(?:also\s+|later\s+|has\s+|had\s+)?(?:(?:(?!told\b|tells\b)${REPORTING_VERB}|${TOLD_AUDIENCE})(?:\s+on\s+\p{Lu}\p{L}+)?(?:\s+that)?(?=\s+(?!(?:he|she|they|we|I|it|his|her|in|at|during|after|before|while|when|following|on\s+the)\b)\S)|${WELCOME_VERB}(?=\s+(?:the|a|an)\s))`,
  "u",
);
/** After a contact noun, the words that name its people: "the meeting of A and B", "the summit on Tuesday was attended by A and B". */
const OF_AFTER_CUE = /^(?:\s+(?:of|between)|[^.;,]{0,30}?\battended\s+by)\s/;
/** Whether a sentence holds a word of telling at all: most hold none, and the rule then reads nothing more. */
const TELLS = new RegExp(String.raw`\b(?:${REPORTING_VERB}|${WELCOME_VERB}|according)\b`, "i");
const tells = perSentence((text) => TELLS.test(text));
/** "According to X, …": the source named before the comma. */
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*|of)\s+){0,4}$/iu;
const ACCORDING_TO_END = /^\s*,/;

/**
 * "…, he held bilateral meetings with A and B": leaders named only as the objects of "with", joined
 * in a list, with nobody named before the contact's words in its clause, had the contact with an
 * unnamed subject, not with each other.
 */
export const coObjects: Rule<WhoInput, string[]> = {
  name: "co-objects",
  apply({ s, refs, frame }) {
    const [start] = clauseOf(s.text, frame.at);
    if (refs.some((r) => r.start - s.start >= start && r.start - s.start < frame.at)) return null;
    const after = refs.filter((r) => r.start - s.start >= frame.cue.end);
    if (distinct(after).length < 2 || !/\bwith\b/.test(s.text.slice(frame.cue.end, after[0].start - s.start))) return null;
    const second = after.find((r) => r.leaderId !== after[0].leaderId)!;
    return LIST_GLUE.test(s.text.slice(after[0].end - s.start, second.start - s.start)) ? (AMBIGUOUS as string[]) : null;
  },
};

/**
 * "On the sidelines of the summit hosted by C, A met B", "A held bilateral talks with B at the
 * forum chaired by C": the host or chair of the gathering is named for the gathering, not for a
 * bilateral contact told beside it; with two other leaders named, those two are the contact.
 * ("A and B met at a summit hosted by C and D", with no word that sets the contact apart from the
 * gathering, is the summit of all four: summit-takes-all reads it.)
 */
export const gatheringHost: Rule<WhoInput, string[]> = {
  name: "gathering-host",
  apply({ s, refs }) {
    if (!/\bby\b/.test(s.text) || !findIn(BILATERAL, s.text)) return null;
    const hosts = refs.filter((r) => GATHERING_HOST.test(s.text.slice(Math.max(0, r.start - s.start - 70), r.start - s.start)));
    if (!hosts.length) return null;
    const rest = distinct(refs.filter((r) => !hosts.some((h) => h.leaderId === r.leaderId)));
    return rest.length === 2 ? rest : null;
  },
};


/**
 * "A minister's visit to Lima in March produced little, and Lula's own talks with Modi …": a
 * contact whose clause names no leader, every leader of the sentence named only in a clause after
 * it, is none of theirs. A later clause may leave out a subject told before it ("Lula flew to Goa,
 * and met Modi"), never one told after it.
 */
const OWNED_BEFORE = /\p{L}['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u;
export const laterClauseOnly: Rule<WhoInput, string[]> = {
  name: "later-clause-only",
  apply({ s, refs, frame }) {
    const [start, end] = clauseOf(s.text, frame.at, true);
    if (end === s.text.length || !refs.length || refs.some((r) => r.start - s.start < end)) return null;
    // Only a contact told as someone else's, no leader: "a minister's visit", "the envoy's talks".
    return OWNED_BEFORE.test(s.text.slice(Math.max(start, frame.at - 40), frame.at)) ? (AMBIGUOUS as string[]) : null;
  },
};

/** Two leaders named (or fewer): they are the contact. */
export const twoNamed: Rule<WhoInput, string[]> = {
  name: "two-named",
  apply: ({ refs }) => (distinct(refs).length <= 2 ? distinct(refs) : null),
};

/** More than two, but one named only in the possessive: the other two. */
export const possessiveDropped: Rule<WhoInput, string[]> = {
  name: "possessive-dropped",
  apply: ({ kept }) => (distinct(kept).length <= 2 ? distinct(kept) : null),
};

/**
 * A summit involves everyone named in its clause ("met in Brasília at a summit hosted by Lula and
 * Merkel"); a meeting "before" a summit, "on the sidelines of" one, or called bilateral does not,
 * nor does a contact told in another clause of the sentence ("telephoned X, and flew to the summit").
 * A contact that is itself a meeting of several ("joined A and B for a trilateral meeting on the
 * sidelines of the summit") is held beside a gathering, but it is no bilateral: it takes them all.
 */
export const summitTakesAll: Rule<WhoInput, string[]> = {
  name: "summit-takes-all",
  apply({ s, kept, frame }) {
    const summit = findIn(SUMMIT, s.text);
    if (!summit || summit[1]) return null;
    const clause = clauseOf(s.text, frame.at);
    if (summit.index < clause[0] || summit.index >= clause[1]) return null;
    const text = s.text.slice(clause[0], clause[1]);
    if (BILATERAL.test(text) && !(ownGroupNoun(s.text, frame, summit) && !ONE_ON_ONE.test(text))) return null;
    const inClause = kept.filter(within(s, clause));
    // "the meeting of A, President of X, B, and President of Y, C was held": a list's last member
    // after ", and" is no new clause; members joined on past the clause's end belong to it.
    const after = kept.filter((r) => r.start - s.start >= clause[1]);
    for (let last = inClause[inClause.length - 1], i = 0; last && i < after.length && listGlue(s.text.slice(last.end - s.start, after[i].start - s.start)); last = after[i++]) inClause.push(after[i]);
    const people = distinct(inClause);
    return people.length > 2 ? people : null;
  },
};

/** Whether the summit word found is the contact's own group word: "a brief trilateral meeting", "a three-way call", "the trilateral summit". */
function ownGroupNoun(text: string, frame: Frame, summit: RegExpExecArray): boolean {
  if (!GROUP_SIZE_WORD.test(summit[0])) return false;
  const end = summit.index + summit[0].length;
  // The group word stands in the cue ("trilateral meeting") or just before it, with at most a word between.
  return end <= frame.cue.end && end >= frame.cue.start - 16 && /^[\s\p{L}-]*$/u.test(text.slice(end, Math.max(end, frame.cue.start)));
}

/** Between two names of one group: a comma, "and", or both. */
const JOINED = /^\s*,?\s*(?:and\s*)?$/;
/** Glue between two members of a list of leaders: a comma or "and", and titles or "of <Country>" around the names. */
const LIST_GLUE = /^(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})?\s*(?:,|\band\b|,\s*and\b)\s*(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*|of)\s+){0,5}$/u;

/** Small words a list's titles and names may hold: "the President of the French Republic", "Mohammed bin Salman". */
const LIST_SMALL_WORD = /^(?:the|of|and|de|da|do|dos|del|bin|al|el|von|van)$/;

/**
 * Glue between two catalogue leaders of one list: LIST_GLUE, or members the catalogue does not
 * know between them ("A, President of X, the Honorable B, Prime Minister of Y, and His Excellency
 * C"): only titles, names and countries (capitalised words and the small words of titles),
 * separated by commas or "and", and at least one such separator. Read word by word: a regular
 * expression for it would backtrack.
 */
function listGlue(gap: string, opening = false): boolean {
  // Before a list's first member: only its titles and country ("the Federal Chancellor of Germany ",
  // "the Prime Minister of India, "), or nothing.
  if (opening) return gap.length <= 80 && gap.split(/[\s,]+/).filter(Boolean).every((w) => LIST_SMALL_WORD.test(w) || OFFICE_WORD.test(w.toLowerCase()) || /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(w));
  if (LIST_GLUE.test(gap)) return true;
  if (gap.length > 160) return false;
  const words = gap.split(/[\s,]+/).filter(Boolean);
  if (!/,|\band\b/.test(gap) || words.length > 24) return false;
  return words.every((w) => LIST_SMALL_WORD.test(w) || /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(w));
}

/** Between a contact's words and its list's first known member: "with" and members the catalogue does not know ("with the Hon. X MP, Prime Minister of Y, "). */
function listOpening(gap: string): boolean {
  const m = /^\s+with\s+(?:the\s+)?/.exec(gap);
  return m !== null && gap.includes(",") && listGlue(gap.slice(m[0].length));
}

/** "a telephone call with Brazilian President Lula and German Chancellor Scholz": everyone joined by "and" right after the contact's words, with its subject. */
export const joinedObjects: Rule<WhoInput, string[]> = {
  name: "joined-objects",
  apply({ s, kept, frame }) {
    // "hold official talks at the palace; His Highness receives calls from A, B": the list's first
    // object stays in the contact's clause; the list may then run on ("A of Chile, B of Germany,
    // and C of Britain"), its members joined by commas, "and", titles and "of <Country>".
    const clauseEnd = clauseOf(s.text, frame.at)[1];
    // "the President of the Federative Republic of Brazil Luiz Inácio Lula da Silva": one member named twice in a row.
    const after = spanned(kept.filter((r) => r.start - s.start >= frame.at));
    const before = kept.filter((r) => r.start - s.start < frame.at);
    if (!before.length || after.length < 2 || after[0].end - s.start > clauseEnd) return null;
    // "with the Hon. X MP, Prime Minister of Y, H.E. Mr. B, …": members the catalogue does not know
    // may open the list, and its first known member then stands further on.
    if (after[0].start - s.start - frame.at > 60 && !listOpening(s.text.slice(frame.cue.end, after[0].start - s.start))) return null;
    // "the talks in March that A, B and C held": a list opening a relative clause is its subject, not the contact's object.
    if (/\b(?:that|which|who|whom|where|when)\b/i.test(s.text.slice(frame.cue.end, after[0].start - s.start))) return null;
    let n = 1;
    while (n < after.length && listGlue(s.text.slice(after[n - 1].end - s.start, after[n].start - s.start))) n++;
    return n >= 2 ? distinct([before[before.length - 1], ...after.slice(0, n)]) : null;
  },
};

/** Refs in order, a leader named twice in a row ("the President of the Federative Republic of Brazil Luiz Inácio Lula da Silva") made one ref over both. */
function spanned(refs: LeaderRef[]): LeaderRef[] {
  const out: LeaderRef[] = [];
  for (const r of refs) {
    const last = out[out.length - 1];
    if (last?.leaderId === r.leaderId) out[out.length - 1] = { ...last, end: r.end };
    else out.push(r);
  }
  return out;
}

/** Refs in order, with a leader named twice in a row ("the President of Brazil, Luiz Inácio Lula da Silva") kept once. */
function collapsed(refs: LeaderRef[]): LeaderRef[] {
  return refs.filter((r, i) => i === 0 || refs[i - 1].leaderId !== r.leaderId);
}

/**
 * "Modi and Xi held talks by video, a day after Trump's inauguration": a subject of two leaders
 * joined by "and" just before the contact's words is the pair; with a leader right after "with"
 * ("Scholz and Lula held talks via video link with Xi") or right after a meeting verb ("A, B and C
 * met D") the contact is all of them.
 */
export const joinedSubject: Rule<WhoInput, string[]> = {
  name: "joined-subject",
  apply({ s, kept, frame, isShe }) {
    const before = collapsed(kept.filter((r) => r.start - s.start < frame.at));
    const y = before[before.length - 1];
    let x = before[before.length - 2];
    // "Lula kept a channel open: in May he and Modi held a video call with Scholz": a "he" or "she"
    // joined to the last subject by "and" is one more member, the last leader before it who is so
    // called. Only with a third party after the contact's words: a pair alone ("he and Modi met")
    // the other rules read already.
    const pronounX = y && pronounMember(s, before, y, isShe);
    if (pronounX) x = pronounX;
    if (!x || !y || x.leaderId === y.leaderId || (!pronounX && !subjectGlue(s.text.slice(x.end - s.start, y.start - s.start)))) return null;
    const last = kept.filter((r) => r.start - s.start < frame.at).pop()!;
    if (frame.at - (last.end - s.start) > 40) return null;
    if (pronounX) {
      const third = kept.find((r) => r.start - s.start >= frame.at && r.start - s.start <= frame.at + 60 && /\bwith\s/.test(s.text.slice(frame.at, r.start - s.start)));
      return third && third.leaderId !== x.leaderId ? distinct([x, y, third]) : null;
    }
    // "Ruto, Aliyev and Lula took part": the whole list joined by commas and "and".
    const subjects = [x, y];
    for (let i = before.length - 3; i >= 0 && subjectGlue(s.text.slice(before[i].end - s.start, subjects[0].start - s.start)); i--) subjects.unshift(before[i]);
    const object = kept.find((r) => r.start - s.start >= frame.at && r.start - s.start <= frame.at + 60 && (/\bwith\s/.test(s.text.slice(frame.at, r.start - s.start)) || directObject(s, frame, r)));
    return distinct(object ? [...subjects, object] : subjects);
  },
};

/** "he and" (with the titles of the one after) right before `y`. */
const PRONOUN_AND = /\b(he|she)\s+and\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*|of)\s+){0,4}$/iu;

/** The leader a "he"/"she" joined to `y` by "and" stands for: the last one before it so called, named in the sentence. */
function pronounMember(s: Sentence, before: LeaderRef[], y: LeaderRef, isShe?: (id: string) => boolean): LeaderRef | null {
  const gap = s.text.slice(Math.max(0, y.start - s.start - 50), y.start - s.start);
  const m = PRONOUN_AND.exec(gap);
  if (!m) return null;
  const pronounAt = y.start - s.start - gap.length + m.index;
  const she = m[1].toLowerCase() === "she";
  return before.findLast((r) => r.end - s.start <= pronounAt && r.leaderId !== y.leaderId && (!isShe || isShe(r.leaderId) === she)) ?? null;
}

/**
 * "A, B and C met Kenyan President D in Nairobi": a leader right after a meeting verb, with nothing
 * between but the leader's titles and country, is its object, one more party to the contact.
 */
function directObject(s: Sentence, frame: Frame, r: LeaderRef): boolean {
  if (!MEETING_VERB.test(s.text.slice(frame.cue.start, frame.cue.end))) return false;
  const gap = s.text.slice(frame.cue.end, r.start - s.start);
  if (gap.length > 60 || (gap !== "" && !/^\s/.test(gap))) return false;
  return gap.split(/\s+/).filter(Boolean).every((w) => LIST_SMALL_WORD.test(w) || OFFICE_WORD.test(w.toLowerCase()) || /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(w));
}

/** Lowercase words of an office that may stand before a name in a list of subjects: "and Japan's new prime minister, X". */
const OFFICE_WORD = new RegExp(`^(?:the|new|then|${OFFICE_NAME_WORDS.join("|")})$`);

/**
 * Glue between two members of a joined subject: a comma or "and" ("A, B and C", "A, together with
 * B,"), or one with the next member's titles and country before its name ("A, French President B
 * and Jordan's King C", "A, B and Japan's new prime minister, C"); no verb, no lowercase word but an office's.
 */
function subjectGlue(glue: string): boolean {
  // "A, together with B, held a video conference with C": a companion set off by commas is one more subject.
  const gap = glue.replace(/^\s*,\s*(?:(?:together|along)\s+with|alongside)\b/i, ", and");
  if (JOINED.test(gap.replace(/^(\s*,?\s*and)\s+the\s*$/, "$1"))) return true;
  if (gap.length > 80 || !/^\s*(?:,|and\b)/.test(gap)) return false;
  const words = gap.split(/[\s,]+/).filter(Boolean);
  return words.every((w) => LIST_SMALL_WORD.test(w) || OFFICE_WORD.test(w) || /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(w));
}

/** "X met Y on Thursday and Z on Friday": the subject, and whoever is named in this date's stretch. */
export const dateStretch: Rule<WhoInput, string[]> = {
  name: "date-stretch",
  apply({ s, kept, frame }) {
    if (!frame.stretch || frame.stretch[0] <= 0) return null;
    const own = kept.filter((r) => r.start - s.start >= frame.stretch![0] && r.end - s.start <= frame.stretch![1]);
    // "…, and then to St Petersburg, where C received them on 17 June": with the contact's words
    // inside the stretch, the contact is told there whole; the leaders of the earlier ones are not its subject.
    // Told whole means from the contact's own clause on when that clause is joined as one of its own:
    // "A had telephoned B, and C spoke to him by video the same evening" is C's contact, not A's and
    // B's too. Nor are objects alone its people: "…, holding talks with B in the morning and C that
    // evening" names two the subject met (its first party comes after "with"), who never met.
    if (frame.at >= frame.stretch[0]) {
      // A clause joined by "and" or "but" has a subject of its own; a relative one ("…, where he
      // and B met") goes on about those named before it.
      const [start] = clauseOf(s.text, frame.at);
      const coordinate = CLAUSE_JOINED_BEFORE.test(s.text.slice(Math.max(0, start - 8), start)) || CLAUSE_JOINED_AFTER.test(s.text.slice(start, start + 8));
      const told = coordinate ? own.filter((r) => r.start - s.start >= start) : own;
      const first = told[0];
      if (first && first.start - s.start >= frame.at && /\b(?:with|to)\b/i.test(s.text.slice(frame.cue.end, first.start - s.start))) return null;
      return distinct(told).length >= 2 ? distinct(told) : null;
    }
    const before = kept.filter((r) => r.start - s.start < frame.at);
    const pair = distinct([...before, ...own]);
    return own.length && pair.length >= 2 ? pair : null;
  },
};


/**
 * "A held talks with B on Monday, before a three-way summit with C": in the contact's clause, the
 * leader named last before its words (the subject) and the first named right after them (the
 * object, at most a few words on or after "with"/"to") are the pair; a third named further on is
 * about something else. Not when the object heads a list ("with B, C and D"): that is everyone or
 * nobody, and the rules after this one decide.
 */

/**
 * "He spoke with Chancellor Merkel by phone earlier this week, …, and asked her to raise it with
 * Xi": a contact read at its medium ("by phone") is the talking verb's before it in the clause,
 * between that verb's subject and the leader right after it ("with", "to"); the leaders named
 * after the medium are no party to it.
 */
export const talkVerbObject: Rule<WhoInput, string[]> = {
  name: "talk-verb-object",
  apply({ s, kept, frame }) {
    const cue = s.text.slice(frame.cue.start, frame.cue.end);
    if (!/^(?:by|via|over)\b/i.test(cue)) return null;
    const [start] = clauseOf(s.text, frame.at);
    const verbs = matchesOf(TALK_VERB, s.text.slice(start, frame.cue.start));
    const verb = verbs[verbs.length - 1];
    if (!verb) return null;
    const verbAt = start + verb.index;
    const verbEnd = verbAt + verb[0].length;
    const subject = kept.findLast((r) => r.start - s.start >= start && r.start - s.start < verbAt);
    const objects = kept.filter((r) => r.start - s.start >= verbEnd && r.end - s.start <= frame.cue.start);
    if (!subject || distinct(objects).length !== 1 || objects[0].leaderId === subject.leaderId) return null;
    if (!/^\s+(?:with|to)\s+(?:[\p{L}'’.-]+\s+){0,4}$/u.test(s.text.slice(verbEnd, objects[0].start - s.start))) return null;
    if (verbAt - (subject.end - s.start) > 40) return null;
    return [subject.leaderId, objects[0].leaderId];
  },
};

/** Between a subject and a contact word: a verb of reporting that opens what is told ("told reporters that", "said"). */
const REPORTED_AFTER_SUBJECT = new RegExp(
  String.raw`\b(?:told|tells|telling)\s+(?:reporters|journalists|the\s+(?:press|media|audience|crowd)|[\p{L}'’-]+\s+(?:reporters|journalists))\b|\b(?!told\b|tells\b)${REPORTING_VERB}\s+(?:on\s+[\p{L}\d]+\s+)?(?:that\s+)?(?:the|a|an|his|her|their)\b`,
  "iu",
);
export const subjectObject: Rule<WhoInput, string[]> = {
  name: "subject-object",
  apply({ s, kept, frame }) {
    const [start, end] = clauseOf(s.text, frame.at);
    const inClause = kept.filter(within(s, [start, end]));
    const subject = inClause.findLast((r) => r.start - s.start < frame.at);
    const object = inClause.find((r) => r.start - s.start >= frame.cue.end && r.leaderId !== subject?.leaderId);
    if (!subject || !object) return null;
    if (frame.at - (subject.end - s.start) > 60) return null;
    // "he briefed Modi by telephone on Monday and spoke to Lula the same day", "he met Biden and, in
    // a separate meeting, Trudeau": the leader before the contact's words is the object of an
    // earlier verb of contact, not the subject of this one, whose subject is the earlier verb's.
    if (CONTACT_VERB_BEFORE.test(s.text.slice(Math.max(start, subject.start - s.start - 80), subject.start - s.start))) return null;
    // "Sánchez told reporters that the meeting was interrupted so that Scholz could speak to Meloni": the
    // one who tells it, before a verb of reporting, is not the subject of the contact told.
    if (REPORTED_AFTER_SUBJECT.test(s.text.slice(subject.end - s.start, frame.at))) return null;
    const gap = s.text.slice(frame.cue.end, object.start - s.start);
    if (gap.length > 60 || (gap.length > 25 && !/\b(?:with|to)\b/.test(gap))) return null;
    // "informed the Prime Minister by phone of his meeting with X": X is in the call's topic, another contact's party.
    if (TOPIC_CONTACT_BEFORE.test(gap)) return null;
    const next = kept.find((r) => r.start > object.start && r.leaderId !== object.leaderId && r.leaderId !== subject.leaderId);
    if (next && LIST_GLUE.test(s.text.slice(object.end - s.start, next.start - s.start))) return null;
    return [subject.leaderId, object.leaderId];
  },
};

/**
 * "building on A's visit to Tokyo in March and B's visit to Seoul in May", "C, who cut short a
 * visit to Pretoria": a visit, trip or arrival is the traveller's, the leader bound to its word
 * (its possessive or its subject, a few words before it, nobody between). The visited side is
 * then the place's to add, never a third leader the sentence happens to name.
 */
export const traveller: Rule<WhoInput, string[]> = {
  name: "traveller",
  apply({ s, refs, kept, frame }) {
    if (!TRAVEL.test(s.text.slice(frame.cue.start, frame.cue.end))) return null;
    // The possessive is the traveller here ("A's visit"), so it is looked for among all refs.
    const who = refs.findLast((r) => r.start - s.start < frame.at);
    if (!who) return null;
    const between = s.text.slice(who.end - s.start, frame.at);
    if (between.split(/\s+/).filter(Boolean).length > 6 || /[;:(]/.test(between)) return null;
    // "visited B", "a visit to meet B": an object named right after the word is the rules' above to pair.
    const object = kept.find((r) => r.start - s.start >= frame.cue.end && r.start - s.start - frame.cue.end <= 30);
    return object ? null : [who.leaderId];
  },
};

/**
 * A refusal, not a pair: the group rules must not fill it with the article's pair either. Kept as
 * one object so `fill` can tell it from "nobody found".
 */
export const AMBIGUOUS: readonly string[] = Object.freeze([]);

/**
 * "A met B in Kyiv with C, D and E", "which was attended by A along with B, C and D": with three
 * or more leaders in the contact's clause (or in the sentence, when the clause names fewer than
 * two) and no rule above to say which belong to the contact, the two nearest are a guess. A wrong
 * pair shown with a quote is worse than no event: refuse.
 */
export const tooManyToPair: Rule<WhoInput, string[]> = {
  name: "too-many-to-pair",
  apply({ s, kept, frame }) {
    const local = kept.filter(within(s, clauseOf(s.text, frame.at)));
    const pool = distinct(local).length >= 2 ? local : kept;
    return distinct(pool).length >= 3 ? (AMBIGUOUS as string[]) : null;
  },
};

/**
 * Otherwise the two named nearest the contact's words, in its own clause when the clause names
 * two. A clause naming one ("…, and the Chancellor travelled to Washington to meet Biden") does
 * not borrow a second from another clause.
 */
export const nearestTwo: Rule<WhoInput, string[]> = {
  name: "nearest-two",
  apply({ s, kept, frame }) {
    const at = frame.at + s.start;
    const clause = clauseOf(s.text, frame.at);
    const local = kept.filter(within(s, clause));
    if (distinct(local).length === 1 && clause[0] > 0) return distinct(local);
    const pool = distinct(local).length >= 2 ? local : kept;
    return distinct([...pool].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))).slice(0, 2);
  },
};

// ---- group words: "the two leaders", "their meeting" ----

export interface GroupInput {
  s: Sentence;
  refs: LeaderRef[];
  frame: Frame;
  ctx: ArticleContext;
  people: string[];
  /** Who took part in the contact told last: "the leaders" after a three-way call are those three. */
  recent: string[] | null;
  /** Leaders the sentence names only as someone's principal or a message's sender: never added back. */
  excluded: Set<string>;
  /** Who took part in each contact told before, in order: "the three leaders last met …" are the last three told. */
  earlier: readonly string[][];
  /** Whether the contact told last was told just before this sentence (in it, or at most a sentence or two back). */
  recentNear?: boolean;
  /** Whether the contact told last was told in the sentence read right before this one. */
  toldJustBefore?: boolean;
  /** The medium and day of the contact told last. */
  recentHeld?: { type: ContactType; date: string | null } | null;
  /** The leaders the sentence right before this one names (in its paragraph). */
  namedBefore?: string[];
  /** The one leader the sentence right before convened a gathering told with nobody else named ("X chaired the summit."), and its medium; asked only when needed. */
  convener?: () => { leader: string; type: ContactType } | null;
  /** Whether the sentence right before, on the same line, tells what a corrected piece said (CORRECTED_REPORT); asked only when needed. */
  correcting?: () => boolean;
}

/**
 * "X chaired the summit on Friday. A, B and C attended the summit": a list of those who took part
 * in a gathering, told right after the sentence in which one leader alone convened it (and which
 * told no contact of its own), is one contact of them all with the convener. Only a list that is
 * everyone the sentence names, of a gathering named again ("the summit", "the closed-door
 * meeting"), held the way the sentence before tells it (by video when that one says so).
 */
export const convenerOfListed: Rule<GroupInput, string[]> = {
  name: "convener-of-listed",
  apply({ s, refs, frame, people, convener }) {
    if (people === AMBIGUOUS || people.length < 2 || !convener || !TOOK_PART.test(s.text)) return null;
    if (!GATHERING_NOUN.test(s.text.slice(frame.cue.start, frame.cue.end)) || !NAMED_AGAIN.test(s.text.slice(Math.max(0, frame.cue.start - 40), frame.cue.start))) return null;
    if (namedIn(s, refs).some((id) => !people.includes(id))) return null;
    const found = convener();
    if (!found || found.type !== frame.type || people.includes(found.leader)) return null;
    return [found.leader, ...people];
  },
};

/**
 * "X took part in the summit held by video link. The summit was attended by A, B and C": a
 * gathering's list of those who attended, told right after the contact of someone who took part
 * in it, is one contact of them all; the list alone leaves out who the sentence before was about.
 * Only a list that follows the contact's own noun ("The summit was attended by"), and only the
 * contact told just before (a sentence or two back) joins it, and only when it can be that
 * gathering: held the same way, and not on another day ("A phoned B on Monday. On Thursday the
 * summit was attended by C, D and E": the call is no part of the summit).
 */
export const attendeesOfTold: Rule<GroupInput, string[]> = {
  name: "attendees-of-told",
  apply({ s, refs, frame, people, recent, recentNear, recentHeld }) {
    if (people === AMBIGUOUS || !recentNear || !recent?.length || !s.text.includes("attended")) return null;
    if (!recentHeld || recentHeld.type !== frame.type) return null;
    const day = frame.date?.date?.value;
    if (day && recentHeld.date && day !== recentHeld.date) return null;
    const m = ATTENDED_BY.exec(s.text.slice(frame.cue.end, frame.cue.end + 40));
    if (!m || !GATHERING_NOUN.test(s.text.slice(frame.cue.start, frame.cue.end))) return null;
    const listAt = frame.cue.end + m[0].length;
    const attendees = distinct(refs.filter((r) => r.start - s.start >= listAt));
    // Everyone the sentence names is on the list: a leader named before it is another contact's.
    if (attendees.length < 1 || distinct(refs).length !== attendees.length) return null;
    const all = distinct([...recent, ...attendees].map((leaderId) => ({ leaderId }) as LeaderRef));
    return all.length > attendees.length && all.length >= 3 ? all : null;
  },
};


/** What a list of those who took part is read against: the sentence, its leaders, and who the gathering told right before it already has. */
export interface ListInput {
  s: Sentence;
  refs: LeaderRef[];
  /** The people of the gathering or contact told in the sentence right before (one leader when it told no contact: "X chaired the summit by video link"). */
  told: string[];
}

/**
 * "Lula and Petro co-chaired a video call. Modi, Meloni and Tusk joined from Lima." / "X
 * chaired the summit by video link. Leaders attending included A, B and C." / "Y held a call with
 * Z. Also taking part were A and B.": a sentence that only lists who else took part, right after
 * the one that told the gathering, names more of that gathering's people, not a contact of its own.
 * The list must be everyone the sentence names (opened by the words of taking part, or the bare
 * subject of "joined" with no object, or each the subject of "participated" of its own: "X
 * participated as a new member, and Y also participated as an observer"), add someone to those
 * told, and make three or more.
 */
export const membersOfTold: Rule<ListInput, string[]> = {
  name: "members-of-told",
  apply({ s, refs, told }) {
    if (!refs.length || refs.some((r) => !r.text)) return null;
    const opening = LIST_OPENING.exec(s.text);
    // Where the list and its word of taking part end: a word of not taking part up to there makes it a list of those absent.
    let listEnd = 0;
    if (opening) {
      if (refs.some((r) => r.start - s.start < opening[0].length)) return null;
      listEnd = opening[0].length;
    } else if (!refs.every((r) => refs.some((o) => o.leaderId === r.leaderId && o.start > r.start) || TOOK_PART_AFTER.test(s.text.slice(r.end - s.start, r.end - s.start + 60)))) {
      // Each named (by the last of its names: "the President of Kenya, Mr. X") the subject of a word of taking part of its own
      // ("X participated as …, and Y also participated"), else one list before one.
      const joined = LIST_JOINED.exec(s.text);
      if (!joined || refs.some((r) => r.end - s.start > joined.index) || NOT_A_BARE_LIST.test(s.text.slice(0, joined.index))) return null;
      listEnd = joined.index + joined[0].length;
    } else {
      listEnd = Math.max(...refs.map((r) => r.end - s.start));
    }
    if (LIST_NEGATED.test(s.text.slice(0, listEnd))) return null;
    const listed = distinct(refs);
    if (listed.every((id) => told.includes(id))) return null;
    const all = [...new Set([...told, ...listed])];
    return all.length >= 3 ? all : null;
  },
};

/**
 * "Lula took part by video in the summit convened by Ramaphosa. Xi and Modi also spoke in the
 * virtual meeting, as did Tinubu": leaders who "also" took part in the gathering told again (its
 * noun after "the"), right after the sentence that told it, are more of its people: one contact of
 * them all. Only when everyone the sentence names is new to it, it is held the same way, and not on
 * another day.
 */
export const alsoInTold: Rule<GroupInput, string[]> = {
  name: "also-in-told",
  apply({ s, refs, frame, recent, toldJustBefore, recentHeld }) {
    if (!toldJustBefore || !recent?.length || !recentHeld || recentHeld.type !== frame.type || !/\balso\b/i.test(s.text.slice(0, frame.cue.start))) return null;
    const day = frame.date?.date?.value;
    if (day && recentHeld.date && day !== recentHeld.date) return null;
    // Taking part in it ("in the virtual meeting", "joined the call"), not a setting ("on the sidelines of the meeting").
    if (!GATHERING_NOUN.test(s.text.slice(frame.cue.start, frame.cue.end)) || !TOOK_PART_IN_AGAIN.test(s.text.slice(Math.max(0, frame.cue.start - 50), frame.cue.start)) || BILATERAL.test(s.text)) return null;
    const named = namedIn(s, refs);
    if (!named.length || named.some((id) => recent.includes(id))) return null;
    const all = [...recent, ...named];
    return all.length >= 3 ? all : null;
  },
};

const SIZE_WORD: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/**
 * "The two presidents were joined on Tuesday by Trudeau", "During the meeting, the five leaders
 * held a phone call with Trump", "Modi hosted the pair again in Goa": a word for the people of
 * a contact told before, with a leader named outside them as its counterpart (after "with", "by"
 * or a call verb) or as the subject of a verb that takes a word for two as its object, is one
 * contact of all of them, not a pair. Who the group is: for a word for two, the
 * contact of two just told, else the article's pair; for "the leaders" or a larger number, the
 * contact just told, of that many (one more for a stated number: a leader the catalogue does not
 * know may be among them). Nobody named in the sentence may be left out of the group or the
 * counterparts, and the group may hold none of the counterparts: else the words are someone else's.
 */
export const groupPlusNamed: Rule<GroupInput, string[]> = {
  name: "group-plus-named",
  apply({ s, refs, ctx, people, recent, recentNear }) {
    if (people === AMBIGUOUS) return null;
    const named = refs.filter((r) => !/^['’]s\b/.test(s.text.slice(r.end - s.start, r.end - s.start + 3)));
    if (!named.length) return null;
    const found = groupAndCounterparts(s, named);
    if (!found) return null;
    const { size, counterparts } = found;
    const group = size === 2 ? pairFor(recent, recentNear, ctx, counterparts) : manyFor(recent, recentNear, size, counterparts);
    if (!group) return null;
    // Everyone the sentence names is in the group or among its counterparts.
    if (named.some((r) => !group.includes(r.leaderId) && !counterparts.includes(r.leaderId))) return null;
    return [...group, ...counterparts];
  },
};

/** The group word of the sentence with the leaders named as its counterparts, and its size (null: as many as the contact before). */
function groupAndCounterparts(s: Sentence, named: LeaderRef[]): { size: number | null; counterparts: string[] } | null {
  // "Modi hosted the pair", "he hosted the two leaders once more": the subject named (or read for the pronoun) just before the verb.
  for (const r of named) {
    const hosted = HOSTED_GROUP.exec(s.text.slice(r.end - s.start));
    if (hosted) return { size: 2, counterparts: [r.leaderId] };
  }
  const pronoun = named.find((r) => !r.text);
  if (pronoun) {
    const hosted = /\b(?:he|she)(?=\s)/i.exec(s.text);
    const after = hosted && HOSTED_GROUP.exec(s.text.slice(hosted.index + hosted[0].length));
    if (after) return { size: 2, counterparts: [pronoun.leaderId] };
  }
  for (const m of matchesOf(GROUP_SUBJECT, s.text)) {
    // "The President also briefed both leaders on his call with C": a leader named before the group is the subject, the group an object.
    if (named.some((r) => r.text && r.start - s.start < m.index)) break;
    const end = m.index + m[0].length;
    const next = named.find((r) => r.text && r.start - s.start >= end);
    if (!next || next.start - s.start - end > 100 || !GROUP_COUNTERPART_GAP.test(s.text.slice(end, next.start - s.start))) continue;
    // "with A and B": the counterparts are the list that follows.
    const list = [next];
    for (const r of named) if (r.start > list[list.length - 1].end && /^\s*(?:,|and|,\s*and)\s*(?:(?:the|of|\p{Lu}[\p{L}'’.-]*)\s+){0,6}$/u.test(s.text.slice(list[list.length - 1].end - s.start, r.start - s.start))) list.push(r);
    const word = (m[1] ?? m[2])?.toLowerCase();
    return { size: m[3] ? 2 : word ? SIZE_WORD[word] : null, counterparts: distinct(list) };
  }
  return null;
}

/** The two a word for two stands for: the contact of two just told, else the article's pair; neither when it holds a counterpart. */
function pairFor(recent: string[] | null, recentNear: boolean | undefined, ctx: ArticleContext, counterparts: string[]): string[] | null {
  const apart = (g: readonly string[]) => g.length === 2 && !g.some((id) => counterparts.includes(id));
  if (recentNear && recent && apart(recent)) return [...recent];
  return apart(ctx.mainPair) ? [...ctx.mainPair] : null;
}

/** The people of the contact just told, for "the leaders" or a stated number (that many, or one more unknown to the catalogue). */
function manyFor(recent: string[] | null, recentNear: boolean | undefined, size: number | null, counterparts: string[]): string[] | null {
  if (!recentNear || !recent || recent.length < 2 || recent.some((id) => counterparts.includes(id))) return null;
  if (size !== null && size !== recent.length && size !== recent.length + 1) return null;
  return [...recent];
}

/**
 * "The two Presidents last held talks in Washington", "both prime ministers", "the premiers": a
 * group word that names an office names people who held it. A group rule's answer with someone who
 * did not hold it on the contact's date (the article's pair of a president and a prime minister for
 * "the two Presidents") is not whom the word stands for: the rule is passed over, and a later one
 * (or none) reads the group. `holds` says whether a leader held a catalogue title on the date.
 */
export const groupOfOffice = perSentence((text): { title: string; size: number } | null => {
  // A cheap word test first: the office's plural ends in "s" after one of the offices' words.
  if (!/(?:ents|ters|iers|ings|irs|ans|lors|nces)\b/i.test(text)) return null;
  const m = GROUP_OFFICE.exec(text);
  const title = m && OFFICE_OF_PLURAL.get(m[2].toLowerCase().replace(/\s+/g, " "));
  return title ? { title, size: m[1] ? SIZE_WORD[m[1].toLowerCase()] : 2 } : null;
});
/**
 * The group rule, passing over an answer with fewer holders of the office than the group word
 * counts ("the two presidents were joined by Prime Minister C" is two presidents and C).
 */
export function heldByAll(rule: Rule<GroupInput, string[]>, office: { title: string; size: number }, holds: (id: string, title: string) => boolean): Rule<GroupInput, string[]> {
  return {
    name: rule.name,
    apply(input) {
      const out = rule.apply(input);
      return out && out !== AMBIGUOUS && out.filter((id) => holds(id, office.title)).length < Math.min(office.size, out.length) ? null : out;
    },
  };
}
/** Each office's names in the plural ("presidents", "prime ministers"), with the office's catalogue title. */
const OFFICE_OF_PLURAL = new Map<string, string>(OFFICES.flatMap((o) => o.names.map((n): [string, string] => [`${n}s`, o.title])));
/** A plural office as a group word, "of" no country after it ("the presidents of A and B" names them): group 1 is its number, group 2 the office. */
const GROUP_OFFICE = new RegExp(`\\b(?:[Tt]he\\s+(?:(two|three|four|five)\\s+)?|[Bb]oth\\s+)(${officeAlternation([...OFFICE_OF_PLURAL.keys()], true)})\\b(?!\\s+of\\b)`, "u");

/**
 * "The two leaders last met in Delhi in November, when Modi also held a summit with …": a subject
 * that is "the two leaders" is the article's pair, whoever the rest of the sentence names.
 */
export const dualSubject: Rule<GroupInput, string[]> = {
  name: "dual-subject",
  apply({ s, refs, frame, ctx, namedBefore }) {
    if (ctx.mainPair.length !== 2 || !DUAL.test(s.text.slice(0, frame.at))) return null;
    if (!pairToldBefore(ctx, s)) return null;
    // "Next, B is due to meet C on Sunday. The two leaders last met in May": a sentence just before
    // naming someone outside the article's pair told a contact (held or planned) whose two the
    // words may be: not the article's pair; pair-just-named reads the two that sentence names.
    if (namedBefore?.some((id) => !ctx.mainPair.includes(id))) return null;
    // "the first call between the two leaders since they met for a trilateral forum": the contact
    // told is a gathering of more than the two, whose third the pair does not name.
    if ((frameSize(s, frame) ?? 2) > 2) return null;
    // "agreements the two Presidents reached at their talks …, within the state visit of C": a
    // third leader named anywhere in the sentence may be one of the two; refuse rather than guess.
    // One named after the contact's words in another clause ("…, when A also met C"), or as the
    // agent of a passive after them ("an encounter brokered by C"), is not.
    const clauseEnd = clauseOf(s.text, frame.at)[1];
    const agent = (r: LeaderRef) => r.start - s.start > frame.at && /\bby\s+(?:the\s+)?(?:\S+\s+){0,2}$/.test(s.text.slice(Math.max(0, r.start - s.start - 30), r.start - s.start));
    return refs.every((r) => r.start - s.start >= clauseEnd || ctx.mainPair.includes(r.leaderId) || agent(r)) ? [...ctx.mainPair] : null;
  },
};

/**
 * "Both leaders attended a party meeting at A's residence", with B first named paragraphs later:
 * a group word points back, so an article pair one of whom is named neither in the headline nor
 * before the sentence is not its people (two of the story's people the catalogue does not know may be).
 */
function pairToldBefore(ctx: ArticleContext, s: Sentence): boolean {
  const told = ctx.mainPair.filter((id) => ctx.inHeadline.has(id) || namedBeforeAt(ctx.refs, id, s.start)).length;
  // Neither told yet ("First call between the two since February", opening a page that names them
  // below): the words look ahead to the pair. Only one told: the story is under way without the other.
  return told !== 1;
}

/** Whether the article names leader `id` before offset `at` (`refs` in order). */
function namedBeforeAt(refs: readonly LeaderRef[], id: string, at: number): boolean {
  for (const r of refs) {
    if (r.start >= at) return false;
    if (r.leaderId === id) return true;
  }
  return false;
}

const GROUP_SIZE: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, trilateral: 3 };

/** The size a group word states ("the three leaders", "a trilateral summit"), or null. */
function statedSize(text: string): number | null {
  const sized = findIn(SIZED_GROUP, text);
  return sized ? GROUP_SIZE[(sized[1] ?? sized[2] ?? sized[3] ?? sized[4]).toLowerCase()] : null;
}

/**
 * "the three leaders", "a three-way summit": not the article's pair, but the people of the
 * contact just told when they are that many, else nobody (a pair refused as a guess among three
 * or more stays refused: "the meeting" names no pair).
 */
export const sizedGroup: Rule<GroupInput, string[]> = {
  name: "sized-group",
  apply({ s, frame, people, recent }) {
    // "On the sidelines of the trilateral summit, A met B": a size naming the gathering beside the contact is not its people's.
    const sized = people === AMBIGUOUS ? null : findIn(SIZED_GROUP, s.text);
    if (!sized || /\b(?:sidelines|margins|eve)\s+of\s+(?:an?\s+|the\s+)?(?:[\p{L}'’-]+\s+)?$/iu.test(s.text.slice(0, sized.index))) return null;
    // "… for a trilateral summit with C, and holds bilateral talks with B": the size is the summit's, not the talks'.
    if (toldOneOnOne(s, frame)) return null;
    const n = statedSize(s.text);
    return n && recent && recent.length === n && people.every((id) => recent.includes(id)) ? [...recent] : null;
  },
};

/**
 * The size a group word states for this contact ("the three leaders last met", "Tuesday's
 * three-way summit"): a size word in the contact's clause before its words' end, not one naming a
 * gathering the contact was held beside ("on the sidelines of a trilateral summit, A met B").
 */
function frameSize(s: Sentence, frame: Frame): number | null {
  const [start] = clauseOf(s.text, frame.at);
  const stretch = s.text.slice(start, Math.max(frame.cue.end, frame.at));
  const sized = findIn(SIZED_GROUP, stretch);
  if (!sized) return null;
  const before = stretch.slice(0, sized.index);
  if (BESIDE_A_GATHERING.test(before) && !MET_AS_A_GROUP.test(before)) return null;
  if (toldOneOnOne(s, frame)) return null;
  return GROUP_SIZE[(sized[1] ?? sized[2] ?? sized[3] ?? sized[4]).toLowerCase()];
}
/** Whether the contact's clause tells it as one-on-one ("bilateral talks", "met separately"): no group's size is its people's. */
function toldOneOnOne(s: Sentence, frame: Frame): boolean {
  const [start, end] = clauseOf(s.text, frame.at);
  return ONE_ON_ONE.test(s.text.slice(start, end));
}



/** An office followed by a name: "then prime minister Scott Morrison", "President Hamdok". */
const TITLED_NAME = new RegExp(`\\b(?:${officeAlternation(OFFICE_NAMES, true)})\\s+(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{L}'’-]+`, "gu");
/**
 * Whether the sentence names a leader the catalogue does not know ("when then prime minister Scott
 * Morrison joined A, B and C"): a group of a stated size may count that leader, so reaching back
 * for the rest of it is a guess.
 */
function namesAStranger(s: Sentence, refs: LeaderRef[]): boolean {
  return titledStranger(s, refs);
}

/** The leaders a sentence names itself, a pronoun's antecedent and possessives aside ("Kishida's predecessor" names someone else). */
const namedIn = (s: Sentence, refs: LeaderRef[]) => distinct(refs.filter((r) => r.text && !/^['’]s\b/.test(s.text.slice(r.end - s.start, r.end - s.start + 3))));

/**
 * "…, and the three met again in Astana", "the first time the leaders of A, B and C have met: the
 * three …": a stated size that is exactly the number of leaders the sentence names is all of them
 * (the pair the participant rules chose, or their refusal among three, was one reading too few).
 */
export const sizedNamed: Rule<GroupInput, string[]> = {
  name: "sized-named",
  apply({ s, refs, frame, people }) {
    const n = frameSize(s, frame);
    const named = namedIn(s, refs);
    return n && named.length === n && people.length < n ? named : null;
  },
};

/**
 * "The three leaders last met on the margins of the summit in May", told after the three-way
 * meeting and a pair's visit: the latest contact of the article with that many people, when the
 * sentence names nobody outside it.
 */
export const sizedEarlier: Rule<GroupInput, string[]> = {
  name: "sized-earlier",
  apply({ s, refs, frame, people, earlier }) {
    const n = frameSize(s, frame);
    if (!n || people.length >= n || namesAStranger(s, refs)) return null;
    const named = namedIn(s, refs);
    const group = earlier.findLast((g) => g.length === n && named.every((id) => g.includes(id)));
    return group ? [...group] : null;
  },
};

/**
 * "Afterwards, the three leaders came together at the summit", with exactly three leaders named
 * so far in the article (and every one the sentence names among them): those three. With more
 * named, which three is a guess, and none is read.
 */
export const sizedSoFar: Rule<GroupInput, string[]> = {
  name: "sized-so-far",
  apply({ s, refs, frame, ctx, people }) {
    const n = frameSize(s, frame);
    if (!n || people.length >= n || namesAStranger(s, refs)) return null;
    const sofar = distinct(ctx.refs.filter((r) => r.start < s.end && r.text));
    return sofar.length === n && namedIn(s, refs).every((id) => sofar.includes(id)) ? sofar : null;
  },
};

/**
 * "… and the three met again in June", with no reading above to say which three: the pair the
 * participant rules found is one too few for certain, so nobody is read, unless the sentence
 * names someone the catalogue does not know, who makes up the number.
 */
export const sizedUnread: Rule<GroupInput, string[]> = {
  name: "sized-unread",
  apply({ s, refs, frame, people }) {
    const n = frameSize(s, frame);
    // "A and Commission President B held a three-way meeting with C": the one the catalogue does not know is the third.
    return n && people.length > 0 && people.length < n && !namesAStranger(s, refs) ? (AMBIGUOUS as string[]) : null;
  },
};

/**
 * The group rules below read a group word with fewer than two leaders found: not after a refusal,
 * nor where a stated size ("the three leaders") has already had its say.
 */
function groupToRead({ s, refs, people, ctx }: GroupInput): boolean {
  if (people === AMBIGUOUS || people.length >= 2 || ctx.mainPair.length !== 2 || statedSize(s.text) !== null) return false;
  return findIn(COLLECTIVE, s.text) !== null || (!refs.length && OPENING.test(s.text));
}

/**
 * "The two leaders had discussed trade when Trump made his visit": "the two" before the contact's
 * words, with nobody else named, is the article's pair; not right after a sentence naming a leader
 * outside that pair ("… where he met C. There, the two leaders recalled …"), whose two the words may be.
 */
export const dualGroup: Rule<GroupInput, string[]> = {
  name: "dual-group",
  apply(i) {
    if (!groupToRead(i) || !DUAL.test(i.s.text.slice(0, i.frame.at))) return null;
    if (i.namedBefore?.some((id) => !i.ctx.mainPair.includes(id)) || !pairToldBefore(i.ctx, i.s)) return null;
    return i.people.every((id) => i.ctx.mainPair.includes(id)) ? [...i.ctx.mainPair] : null;
  },
};

/** "The leaders agreed …" after a three-way call, with nobody named: that call's people. */
export const recentPlural: Rule<GroupInput, string[]> = {
  name: "recent-plural",
  apply: (i) => (groupToRead(i) && !i.people.length && i.recent && i.recent.length > 2 && PLURAL_GROUP.test(i.s.text) && !DUAL.test(i.s.text.slice(0, i.frame.at)) ? [...i.recent] : null),
};

/** "They met again …" opening a sentence that names nobody: the people of the contact just told. */
export const theyAgain: Rule<GroupInput, string[]> = {
  name: "they-again",
  apply: (i) => (groupToRead(i) && !i.people.length && i.recent && /^(?:They|The two)\b/.test(i.s.text) && !DUAL.test(i.s.text.slice(0, i.frame.at)) ? [...i.recent] : null),
};

/**
 * asked-pair: "Q: Did the Prime Minister meet President Lula in Goa? — SPOKESPERSON: No, but the
 * two leaders met in Brasília in May.": a word for two people in the answer right after a question
 * naming exactly two leaders is those two. The question is no evidence (question-asked), but it
 * says whom the answer is about, nearer than the article's pair. Only for a pair word standing as
 * the contact's subject, while the answer names nobody outside the pair, and not with a stated size
 * ("the three leaders"). After a question naming three or more, the pair word is nobody's.
 */
export const askedPair: Rule<GroupInput, string[]> = {
  name: "asked-pair",
  apply({ s, refs, frame, people, ctx }) {
    // The pair word stands before the contact's words, as their subject: in "PM visited Lima, and both leaders talked" the visit's subject is another.
    if (people === AMBIGUOUS || people.length >= 2 || !ctx.asked.length || !PAIR_WORD.test(s.text.slice(0, frame.at)) || statedSize(s.text) !== null) return null;
    const question = questionAnswered(ctx, s.start);
    if (!question) return null;
    const pair = distinct(refsWithin(ctx.refs, question.start, question.end));
    // A question about three or more: which two the answer means is a guess, and the article's pair is no better one.
    if (pair.length > 2) return AMBIGUOUS as string[];
    if (pair.length !== 2) return null;
    const answer = refsWithin(ctx.refs, question.end, s.start);
    return [...answer, ...refs].every((r) => pair.includes(r.leaderId)) ? pair : null;
  },
};

/**
 * "Modi met Meloni on the sidelines. The two had last met in March, when …", "… their first
 * talks since the summit the two leaders held in Mamallapuram in October 2019": a word for two
 * people in a sentence telling an earlier contact, right after a contact of two, is that pair,
 * when the sentence names no one else (one of them at most), nearer than the article's pair.
 * Only for a contact told as background with a date of its own: "the two" of today's news may be
 * anyone's, and "today's meeting was their first" is the news told again.
 */
export const recentPair: Rule<GroupInput, string[]> = {
  name: "recent-pair",
  apply({ s, refs, frame, people, recent, recentNear, namedBefore }) {
    if (people === AMBIGUOUS || people.length >= 2 || !recentNear || recent?.length !== 2 || !toldWithOwnDate(frame)) return null;
    // "… would meet Xi on Wednesday. They last met in Bali": two others named in the sentence just
    // before are nearer than a contact told further back (pair-just-named reads them).
    if (namedBefore?.length === 2 && namedBefore.some((id) => !recent.includes(id))) return null;
    if (refs.some((r) => !recent.includes(r.leaderId)) || statedSize(s.text) !== null) return null;
    // "The Prime Minister had last spoken to President X on Thursday, when the two leaders …": an
    // office that names nobody may be the other of "the two"; the pair just told is a guess.
    if (unresolvedRole(s, refs)) return null;
    return PAIR_WORD.test(s.text) && EARLIER_CONTACT.test(s.text) ? [...recent] : null;
  },
};

/**
 * Whether the frame is dated by its own words, and not as the news day ("today's meeting was
 * their first in person" is the news told again; a date read from a section heading or the
 * report is the news day's).
 */
function toldWithOwnDate(frame: Frame): boolean {
  if (!frame.date || frame.read?.date === "section-day" || frame.read?.date === "report-date") return false;
  return !NEWS_DAY.test(frame.date.text);
}

/** Whether the article's pair may stand for a group word here at all. */
function pairStandsOut({ s, frame, ctx, excluded }: GroupInput): boolean {
  // An article about many leaders, or one whose pair is named only as someone's principal: "their meeting" may be anyone's.
  return ctx.pairClear && !DUAL.test(s.text.slice(0, frame.at)) && !ctx.mainPair.some((id) => excluded.has(id));
}

/**
 * "… Modi would meet Xi on Wednesday, the first such meeting in five years. Their last structured
 * talks were in October 2019": a word for two people, in a sentence naming nobody else (one of
 * them again at most: "the previous one, when Xi …") and telling a contact with a date of its own,
 * right after a sentence naming exactly two leaders, is those two, whoever the article's pair is.
 */
export const pairJustNamed: Rule<GroupInput, string[]> = {
  name: "pair-just-named",
  apply(i) {
    const before = i.namedBefore ?? [];
    // Only a contact told with a date of its own: "it is their first meeting" is the news told again.
    if (!groupToRead(i) || i.people.some((id) => !before.includes(id)) || before.length !== 2 || !toldWithOwnDate(i.frame) || !PAIR_WORD.test(i.s.text)) return null;
    return before.every((id) => i.ctx.mainPair.includes(id)) ? null : before;
  },
};

/**
 * "A report (World, 25 March) said A and B held their talks on 23 March. A arrived that evening;
 * the talks took place the following day.": right after what a corrected piece said of a pair, on
 * the same line, a contact with a date of its own naming one of them or neither is the claim's
 * contact corrected: its people are the pair the claim named, unless the correction names
 * someone else.
 */
export const correctedPair: Rule<GroupInput, string[]> = {
  name: "corrected-pair",
  apply(i) {
    const before = i.namedBefore ?? [];
    if (i.people === AMBIGUOUS || i.people.length >= 2 || before.length !== 2 || i.people.some((id) => !before.includes(id)) || !i.frame.date) return null;
    if (i.refs.some((r) => !before.includes(r.leaderId)) || !i.correcting?.()) return null;
    return [...before];
  },
};

/**
 * "The leaders met …", "Conversation took place on 14 of February": a group word (or a contact
 * noun opening a sentence that names nobody), with no leader named, is the article's pair when
 * the pair stands out (or the other pair whose contact was told just before).
 */
export const articlePair: Rule<GroupInput, string[]> = {
  name: "article-pair",
  apply(i) {
    if (!groupToRead(i) || !(!i.people.length || namedOnlyAsOwner(i)) || !pairStandsOut(i) || !namesPeople(i)) return null;
    if (otherPairJustTold(i)) return [...i.recent!];
    return pairToldBefore(i.ctx, i.s) ? [...i.ctx.mainPair] : null;
  },
};

/**
 * "B and C held a working dinner on Monday. It was their second meeting in a month": a contact of
 * another pair told just before is whom "they" stand for, nearer than the article's pair.
 */
function otherPairJustTold({ recent, recentNear, ctx }: GroupInput): boolean {
  return recentNear === true && recent?.length === 2 && recent.some((id) => !ctx.mainPair.includes(id));
}

/**
 * Whether the sentence has a word for the contact's people ("they", "the two", "the leaders"), or
 * opens with the contact's noun ("Conversation took place on …"), or its noun is one pair's ("the
 * meeting held on 4 October"). "Talks", "negotiations" or a "summit" alone in its midst ("people
 * familiar with the talks", "adopted at the Cairo summit last month", "the talks that followed
 * collapsed") may be anybody's: a negotiating track, a gathering of many.
 */
function namesPeople({ s, refs, frame }: GroupInput): boolean {
  if (PEOPLE_GROUP.test(s.text) || (!refs.length && OPENING.test(s.text))) return true;
  const group = findIn(COLLECTIVE, s.text);
  return !/^(?:talks|negotiations|summit)$/i.test(s.text.slice(frame.cue.start, frame.cue.end)) && !/^the (?:talks|negotiations|summit)$/i.test(group?.[0] ?? "");
}

/**
 * "The details of the meeting were published on the president's website": the one leader named
 * only as the owner of something that is not the contact ("X's website") names no participant.
 */
function namedOnlyAsOwner({ s, refs, frame, people }: GroupInput): boolean {
  // "The summit heard X's speech": a gathering may be of many, the pair is no likelier than anyone.
  if (people.length !== 1 || SUMMIT.test(s.text.slice(frame.cue.start, frame.cue.end))) return false;
  const own = refs.filter((r) => r.leaderId === people[0]);
  return own.length > 0 && own.every((r) => r.start - s.start > frame.cue.end && /^['’]s\b/.test(s.text.slice(r.end - s.start, r.end - s.start + 3)));
}

/**
 * "Their talks, the president said, …": a word for the two people in the contact's clause, with
 * one leader named, one of the article's pair, is that pair. Not when the one named stands after the contact's words with no group word before
 * them ("Leyva, who had travelled to Caracas to meet his counterpart, accompanied Petro").
 */
export const pairCompleted: Rule<GroupInput, string[]> = {
  name: "pair-completed",
  apply(i) {
    const { s, refs, frame, ctx, people } = i;
    if (!groupToRead(i) || people.length !== 1 || !ctx.mainPair.includes(people[0]) || !pairStandsOut(i) || !pairToldBefore(ctx, s)) return null;
    // A pair word in the contact's own words ("the telephone talks between the two leaders, shortly
    // after the inauguration of President X") says whose it was, wherever the one named stands.
    if (refs.every((r) => r.start - s.start >= frame.at) && !COLLECTIVE.test(s.text.slice(0, frame.cue.end)) && !PAIR_OF_THE_CONTACT.test(s.text.slice(frame.cue.end, frame.cue.end + 40))) return null;
    // "X used the summit to lobby the leaders of the South": a definite contact noun alone ("the
    // summit") may be a gathering of many; only a word for the people, in the contact's own
    // clause, says the one named had it with the other of the pair.
    const [start, end] = clauseOf(s.text, frame.at);
    return PEOPLE_GROUP.test(s.text.slice(start, end)) ? [...ctx.mainPair] : null;
  },
};

// ---- one contact with each ----

export interface SplitInput {
  s: Sentence;
  refs: LeaderRef[];
  frame: Frame;
  /** The people the participant rules read (AMBIGUOUS when they refused to guess). */
  people: readonly string[];
}

function subjectAndObjects({ s, refs, frame }: SplitInput) {
  const subject = refs.findLast((r) => r.start - s.start < frame.at);
  const objects = distinct(refs.filter((r) => r.start - s.start >= frame.at && r.leaderId !== subject?.leaderId));
  return subject && objects.length >= 2 ? objects.map((o) => [subject.leaderId, o]) : null;
}

/**
 * "had telephone conversations with A, B and C": a plural contact noun is one contact with each of
 * those named after its "with/from/to".
 */
export const pluralContacts: Rule<SplitInput, string[][]> = {
  name: "plural-contacts",
  apply: (i) => (PLURAL_CONTACTS.test(i.s.text.slice(i.frame.at)) ? subjectAndObjects(i) : null),
};

/**
 * "Xi met separately with A, B and C": one contact of the subject with each. With no subject
 * named before the contact ("the President held separate meetings with A and B") nobody can be
 * paired with certainty, and the objects never met one another: no contact at all.
 */
export const separateContacts: Rule<SplitInput, string[][]> = {
  name: "separate-contacts",
  apply(i) {
    const word = findIn(SEPARATE, i.s.text);
    if (!word) return null;
    if (SEQUENCE_WORD.test(word[0])) return sequenceContacts(i, word);
    // The word "separate" parts subject from objects: the cue may be a "summit" told before either.
    const subject = i.refs.findLast((r) => r.start - i.s.start < word.index);
    // "B back in Lima, one-on-one with A, then C hosts B with D and E": a word told before the
    // contact, with another subject named between them, was said of an earlier contact.
    const own = i.refs.findLast((r) => r.start - i.s.start < i.frame.at);
    if (subject && own && own.leaderId !== subject.leaderId && own.start - i.s.start > word.index && word.index < i.frame.at) return null;
    // "In a separate meeting, Lula received Boric", "Separately, Lula phoned Boric": with nobody
    // named before it, the word with one article before it or a comma after it sets this one
    // contact apart from the one told before; it does not part the people named after it.
    const after = word.index + word[0].length;
    if (!subject && (SINGLE_ARTICLE_BEFORE.test(i.s.text.slice(Math.max(0, word.index - 4), word.index)) || /^\s*,/.test(i.s.text.slice(after, after + 2)))) return null;
    const objects = distinct(i.refs.filter((r) => r.start - i.s.start > word.index && r.leaderId !== subject?.leaderId));
    // "received A, B and C in individual meetings": the word told after the objects, in the
    // contact's own clause, parts them too ("…, and Kishida met Albanese in a separate session" does not).
    // "A and B each met C separately": two joined subjects and one object, the word after them, were
    // two contacts, one of each subject with the object.
    if (objects.length < 2) return word.index > i.frame.at && !A_CLAUSE_BREAK.test(i.s.text.slice(i.frame.at, word.index)) ? (subjectAndObjects(i) ?? joinedSubjectsWithOne(i)) : null;
    return subject ? objects.map((o) => [subject.leaderId, o]) : [];
  },
};

/**
 * "met in succession with A and B", "successively received A and B", "received A and B one after
 * another": a word of order (SEQUENCE_WORD) parts the subject's contact into one with each object,
 * only when told right at the contact word or right after its last object, and only the objects of
 * the contact's own clause ("…, and C and D then held talks" are no objects of it). Told anywhere
 * else it parts nobody: null, and the sentence is read as if it were not there.
 */
function sequenceContacts({ s, refs, frame }: SplitInput, word: RegExpExecArray): string[][] | null {
  const text = s.text;
  const [start, end] = clauseOf(text, frame.cue.start);
  if (word.index < start || word.index >= end) return null;
  const wordEnd = word.index + word[0].length;
  const subject = refs.findLast((r) => r.start - s.start < frame.at && r.start - s.start >= start);
  const objects = refs.filter((r) => r.start - s.start >= frame.cue.end && r.start - s.start < end && r.leaderId !== subject?.leaderId);
  const last = objects.findLast((r) => r.start - s.start < word.index);
  const atCue = (wordEnd <= frame.cue.start && /^\s*$/.test(text.slice(wordEnd, frame.cue.start))) || (word.index >= frame.cue.end && /^\s*$/.test(text.slice(frame.cue.end, word.index)));
  const afterObjects = last !== undefined && /^\s*$/.test(text.slice(last.end - s.start, word.index));
  if (!subject || !(atCue || afterObjects)) return null;
  const parted = distinct(objects.filter((r) => afterObjects ? r.start - s.start < word.index : true));
  return parted.length >= 2 ? parted.map((o) => [subject.leaderId, o]) : null;
}

/** CLAUSE_BREAK without its global flag, for a plain test that keeps no lastIndex between calls. */
const A_CLAUSE_BREAK = new RegExp(CLAUSE_BREAK.source, "i");

/** Two subjects joined by "and" right before the contact's words, and the one leader that is its own object: one pair of each subject with it. */
function joinedSubjectsWithOne({ s, refs, frame }: SplitInput): string[][] | null {
  const before = refs.filter((r) => r.text && r.start - s.start < frame.at);
  const subjects = distinct(before);
  if (subjects.length !== 2) return null;
  // The two named as one joined subject just before the verb: "A and B both", nothing else between.
  const joined = s.text.slice(before[0].start - s.start, frame.at);
  if (/[,;:]/.test(joined) || !/\band\b/.test(joined) || frame.at - (before[before.length - 1].end - s.start) > 16) return null;
  // The one called is the verb's own object in its clause ("both called Scholz", "each spoke by
  // phone with Chancellor Scholz"), never a leader the call was about, an aide's, or one in the next clause.
  const end = clauseOf(s.text, frame.cue.end)[1];
  const after = refs.filter((r) => r.start - s.start >= frame.cue.end && r.start - s.start < end && !subjects.includes(r.leaderId));
  const objects = distinct(after);
  if (objects.length !== 1 || !ownObject(s.text, frame.cue.end, after[0].start - s.start, after[0].end - s.start)) return null;
  return subjects.map((x) => [x, objects[0]]);
}

/**
 * "met X, and later with Y", "spoke by phone with X and with Y", "had a meeting with X, and a meeting
 * with Y": a second object told apart, one contact of the subject with each. With no subject named before the contact ("His Highness also
 * spoke with X and with Y") the objects were never together: no contact of theirs. A contact told
 * as joint before the second "with" (JOINT) is one contact of the subject and all the objects.
 */
export const laterWith: Rule<SplitInput, string[][]> = {
  name: "later-with",
  apply(i) {
    const m = LATER_WITH.exec(i.s.text.slice(i.frame.at));
    if (!m) return null;
    // "…, and a meeting with Y" is a second meeting: not one more object of a call.
    if (m.groups?.noun && i.frame.type !== "in-person") return null;
    // "met A and B in Goa and with great ceremony opened the summit", "and a meeting with an aide to
    // B": only a leader right after the second "with" (a title between) is a second object.
    const next = i.frame.at + m.index + m[0].length;
    const second = i.refs.find((r) => r.start - i.s.start >= next);
    if (!second || !ownObject(i.s.text, next, second.start - i.s.start, second.end - i.s.start)) return null;
    // "with A on Monday, with B on Tuesday and with C on Wednesday": a date among the objects is
    // one object's, and the date rules have read each frame's own counterpart already. A date
    // after the last object ("with A and with B on Tuesday") is all of theirs. A frame whose stretch
    // opens after its contact word ("…, and with B on Tuesday") follows a date among them.
    const objects = i.refs.filter((r) => r.start - i.s.start >= i.frame.at);
    const last = objects.length ? objects[objects.length - 1].start - i.s.start : -1;
    const among = (at: number) => at > i.frame.at && at < last;
    if (!m[1] && ((i.frame.date && among(i.frame.date.start - i.s.start)) || (i.frame.stretch && among(i.frame.stretch[0])))) return null;
    // "A, who hosted B last month, spoke with C and with D": B, named in an aside, is not the subject.
    const asides = asidesOf(i.s.text).filter(([a, b]) => i.frame.at < a || i.frame.at >= b);
    const refs = asides.length ? i.refs.filter((r) => !asides.some(([a, b]) => r.start - i.s.start >= a && r.start - i.s.start < b)) : i.refs;
    const pairs = subjectAndObjects({ ...i, refs });
    // "held a joint video call with A and with B", "three-way talks with A and with B": one contact of all.
    if (pairs?.length && JOINT.test(i.s.text.slice(0, i.frame.at + m.index))) return [[...new Set(pairs.flat())]];
    if (pairs) return pairs;
    const named = distinct(i.refs);
    return named.length >= 2 && !i.refs.some((r) => r.start - i.s.start < i.frame.at) ? [] : null;
  },
};


/** What the office rules read: one paragraph, the article's principal and date, the refs found so far. */
export interface OfficeInput {
  text: string;
  /** Offset of `text` in the file. */
  offset: number;
  /** The first leader the article names (headline first): whose government a readout speaks for. */
  principal: string | null;
  /** The titles the principal held on the article's date ("President", "Prime Minister"). */
  principalTitles: string[];
  /** The principal is the holder of the press office whose page this is, not the first leader named. */
  ownSite?: boolean;
  /** Every other leader the article names, with the titles each held on its date and the offset where it is first named (-1: the headline). */
  others: { id: string; titles: string[]; first: number }[];
  refs: LeaderRef[];
  /** The principal is the one leader the headline names ("Trips made by X", "X's foreign agenda"): whose record a list is. */
  headlineOwner?: boolean;
  /** Where the article first calls a leader by an office word just before the name ("Prime Minister Narendra Modi"), by `calledKey`. */
  calledAt?: ReadonlyMap<string, number>;
  /** The country of a place named in running text ("Ottawa" → "CA"), null when the catalogue knows none. */
  placeCountry?: (name: string) => string | null;
  /** A leader's country on the article's date. */
  countryOf?: (id: string) => string | null;
  /** Every courtesy written before a name or a title, in order (`CalledCourtesy`). */
  courtesies?: readonly CalledCourtesy[];
}

/** A courtesy before a name ("His Highness Sheikh X"): its key (`courtesyKey`), where it is, and the leader it names, null for anyone else. */
export interface CalledCourtesy {
  key: string;
  at: number;
  leaderId: string | null;
}

/** The key of `OfficeInput.calledAt`: a leader and an office word as news copy writes it in lower case ("prime minister", "premier"). */
export const calledKey = (id: string, word: string) => `${id}|${word}`;

/** Words before a bare office that make it another office or another person's ("Vice President", "the former Prime Minister"). */
const NOT_THE_HOLDER_BEFORE = /(?:\b(?:vice|deputy|former|late|then|ex|new|incoming|outgoing|acting|interim|next|future|first|an?|every|each|any|no|whose|another|his|her|their|its)\s+|\p{Lu}[\p{L}\p{M}'’-]*\s+|['’]s\s+|-)$/u;
/** After a bare office: a name, an "of <country>", a plural or possessive owner means it is not bare. */
const NOT_BARE_AFTER = /^(?:['’]s\s+(?:\p{L}+\s+)?(?:wife|husband|office|spokes|aide|envoy|adviser)|,?\s+(?:Mr\.?|Mrs\.?|Ms\.?|H\.\s?E\.|Shri|Sheikh|Dr\.?)?\s*\p{Lu}|\s+of\s|s\b)/u;

/** A courtesy before an office ("His Highness", "Her Majesty", "His Excellency", "HRH", "H.E."), with the "the" after it already gone. */
const HONORIFIC_BEFORE = /(?:^|(?<=[\s(,;:]))(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)|HRH|HH|H\.\s?[HE]\.)\s+(?:the\s+)?$/u;

/** The sentence of `text` around `at`, as [start, end). */
function sentenceAround(text: string, at: number): [number, number] {
  let start = 0;
  for (const m of matchesOf(/[.!?]["”’]?\s+/g, text.slice(0, at))) start = m.index + m[0].length;
  const end = /[.!?]["”’]?(?:\s|$)/.exec(text.slice(at));
  return [start, end ? at + end.index : text.length];
}

/**
 * principal-office: in a readout, the bare office of the government that writes it ("The Head of
 * State met …", "Prime Minister shared …") is the article's principal, the first leader it names,
 * when the principal held that office on the article's date and is not named in the same sentence
 * (a bare office beside its own holder's name is someone else's). In news copy the office is in
 * lower case ("the prime minister arrived …") and the story is no government's own: it is the
 * principal's only when no other leader named before it held that office too (one named only
 * later, "… has never met Prime Minister X", is not whom it stood for), and only where the
 * article leaves no doubt (newsHolderSettled). Anything else is refused.
 */
export const principalOffice: Rule<OfficeInput, LeaderRef[]> = {
  name: "principal-office",
  apply(input) {
    const { principal, principalTitles } = input;
    if (!principal || !principalTitles.length) return null;
    return bareOffices(input, "principal-office", (titles, at) => {
      if (!titles.some((t) => principalTitles.includes(t))) return null;
      return at !== null && holdersBefore(input, titles, at).length ? null : principal;
    });
  },
};

/** The leaders other than the principal named before `at` (the headline included) who held one of `titles`. */
function holdersBefore({ others }: OfficeInput, titles: string[], at: number) {
  return others.filter((o) => o.first < at && o.titles.some((t) => titles.includes(t)));
}

/**
 * heading-principal: on a press office's own page, a contact named as an entry's heading with no
 * subject ("Telephone conversation with President of Uzbekistan X", "Meeting with Prime Minister
 * of Iraq Y (10 October)") is its principal's: the office names only the counterpart. Only on the
 * office's own page: elsewhere the first leader named is a guess, and a heading's subject left out
 * may be anyone's.
 */
export const headingPrincipal: Rule<OfficeInput, LeaderRef[]> = {
  name: "heading-principal",
  apply({ text, offset, principal, ownSite, refs }) {
    if (!principal || !ownSite) return null;
    const head = CONTACT_HEADING.exec(text);
    if (!head || refs.some((r) => r.start >= offset && r.start < offset + head[0].length)) return null;
    return [{ leaderId: principal, start: offset, end: offset, text: "", via: "heading-principal" }];
  },
};

/**
 * entry-owner: the entries of a record that leave out their subject ("Met Prime Minister Kishida.",
 * "Held talks with …", a table row's "Official visit; met President X", "12 May — received
 * President Y", "On 4 May held talks with …", "Addressed parliament and held talks with …") are the
 * record's owner's: the press office's principal on its own page, or the one leader a headline
 * names alone ("Trips made by X", "X's foreign agenda"). A record with no owner (a list of visits
 * to a country, one guest a row) gives the entry the one leader its line named before it: the
 * row's guest cell, the entry's first sentence. Only a verb in the past: a schedule's "Meets …",
 * "Meeting with …" list what is still to come; never the passive ("Received by X, the minister …"
 * tells whom X received). Only an entry whose opening verb's object is a counterpart, with no comma
 * between them, and that names neither the owner nor anyone before its opening word: who had a
 * contact is never guessed from the owner alone.
 */
export const entryOwner: Rule<OfficeInput, LeaderRef[]> = {
  name: "entry-owner",
  apply({ text, offset, principal, ownSite, headlineOwner, refs }) {
    if (!ENTRY_OPENING_WORD.test(text)) return null;
    const owner = principal && (ownSite || headlineOwner) ? principal : null;
    const out: LeaderRef[] = [];
    for (const m of matchesOf(ENTRY_OPENING_WORDS, text)) {
      if (!entryOpensAt(text, m.index)) continue;
      const at = offset + m.index;
      // The entry is its sentence, or its cell of a table's row: a cell before it is another column's.
      const [sentenceFrom, to] = sentenceAround(text, m.index);
      const from = Math.max(sentenceFrom, cellStart(text, m.index));
      const inSentence = refs.filter((r) => r.start >= offset + from && r.end <= offset + to);
      if (inSentence.some((r) => r.leaderId === owner || r.start < at)) continue;
      // The counterpart is the opening verb's object: a comma before it ends a participial
      // opening ("Hosted at the palace, A and B held talks"), whose subject follows.
      const counterpart = inSentence.find((r) => r.start >= at + m[0].length);
      if (!counterpart || text.slice(m.index + m[0].length, counterpart.start - offset).includes(",")) continue;
      const who = owner ?? lineLeader(text, offset, from, refs);
      if (!who || who === counterpart.leaderId) continue;
      out.push({ leaderId: who, start: at, end: at, text: "", via: "entry-owner" });
    }
    return out.length ? out : null;
  },
};

/** Whether the entry's opening verb at `index` has no subject before it: the entry's start, a cell's edge, a date's mark, an opening date ("On 4 May, at the summit, held …"), a first verb it is joined to ("Addressed parliament and held …"). */
function entryOpensAt(text: string, index: number): boolean {
  if (/\p{Lu}/u.test(text[index])) return ENTRY_START.test(text.slice(0, Math.min(index, ENTRY_BEFORE_READ))) || ENTRY_BEFORE.test(text.slice(Math.max(0, index - ENTRY_BEFORE_READ), index));
  const before = text.slice(Math.max(0, index - ENTRY_LEAD_READ), index);
  // A cheap word test before each costlier pattern: lower-case "met" is common in running prose.
  return ENTRY_MARK_BEFORE.test(before.slice(-ENTRY_BEFORE_READ)) || (before.includes("On ") && ENTRY_DATE_BEFORE.test(before)) || (before.includes(" and ") && ENTRY_JOINED_BEFORE.test(before));
}

/** Where the table cell holding `at` starts: after the last bar, tab or cell tag before it on its line (0 when none). */
function cellStart(text: string, at: number): number {
  const line = text.lastIndexOf("\n", at - 1) + 1;
  let start = line;
  for (const m of matchesOf(CELL_EDGE, text.slice(line, at))) start = line + m.index + m[0].length;
  return start;
}
const CELL_EDGE = /\s\|\s|\t|<t[dh]\b[^>]*>/g;

/** The one leader named on the entry's line before its sentence (at `from` in `text`): a table row's guest, the entry's first sentence; none or several is null. */
function lineLeader(text: string, offset: number, from: number, refs: LeaderRef[]): string | null {
  const lineFrom = text.lastIndexOf("\n", from - 1) + 1;
  // Named before the line's first subjectless entry: one named after it is that entry's counterpart.
  const opening = ENTRY_OPENING_WORD.exec(text.slice(lineFrom, from));
  const until = offset + (opening ? lineFrom + opening.index : from);
  const ids = new Set(refs.filter((r) => r.start >= offset + lineFrom && r.end <= until && r.text).map((r) => r.leaderId));
  return ids.size === 1 ? [...ids][0] : null;
}
/** What may stand before an entry's opening word: the paragraph's start, a sentence's or clause's end, a table cell's edge, a date's mark. */
const ENTRY_BEFORE = /(?:[.;!?]["”’)]?\s+|>\s*|\t\s*|\s\|\s*|[—–:]\s*)$/u;
/** Before a lower-case opening word: a date's mark or a clause's end. */
const ENTRY_MARK_BEFORE = /[;—–:]\s*$/u;
/** An entry's opening date, perhaps with an aside, and no subject: "On 4 May held …", "On 20 May, at the summit, held …". */
const ENTRY_DATE_BEFORE = /(?:^|[.;!?]["”’)]?\s+|>\s*|\|\s*|[—–:]\s*)On\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,\s[^,.;]{1,60},)?\s+$/u;
/** A first subjectless verb in the past that the opening word is joined to: "Addressed parliament and held …". */
const ENTRY_JOINED_BEFORE = /(?:^|[.;!?]["”’)]?\s+|>\s*|\|\s*|[—–:]\s*)\p{Lu}\p{Ll}+ed\s[^,.;]{1,60}\sand\s+$/u;
/** Or the paragraph's start, perhaps after a bullet. */
const ENTRY_START = /^[\s•*·▪►–—-]*$/u;
const ENTRY_BEFORE_READ = 12;
const ENTRY_LEAD_READ = 100;

/**
 * sole-named-holder: a bare office its principal did not hold ("The Prime Minister and the
 * President spoke …" in a prime minister's readout) is the one other leader the article names who
 * held it on the date; in news copy's lower case ("Tinubu received Prime Minister Modi … the prime
 * minister arrived"), the one named before it, where the article leaves no doubt (newsHolderSettled).
 * With two such leaders, or none, it is refused.
 */
export const soleNamedHolder: Rule<OfficeInput, LeaderRef[]> = {
  name: "sole-named-holder",
  apply(input) {
    // An office "its principal did not hold" presumes a principal.
    if (!input.principal || !input.others.length) return null;
    return bareOffices(input, "sole-named-holder", (titles, at) => {
      if (titles.some((t) => input.principalTitles.includes(t))) return null;
      const holders = at === null ? input.others.filter((o) => o.titles.some((t) => titles.includes(t))) : holdersBefore(input, titles, at);
      return holders.length === 1 ? holders[0].id : null;
    });
  },
};

/**
 * courtesy-holder: a courtesy standing alone for a person ("His Highness welcomed Prime Minister
 * X", "His Majesty had received a call from Y", "His Highness's visit") is the one leader the
 * article has already called by that courtesy before a name ("His Highness Sheikh Z", "His
 * Majesty King W"): agencies and courts name their own ruler so after the first mention. With two
 * such leaders, or none, it is refused; a courtesy before a name or an office is that one's, and a
 * sentence naming the holder already has him.
 */
export const courtesyHolder: Rule<OfficeInput, LeaderRef[]> = {
  name: "courtesy-holder",
  apply({ text, offset, refs, others, principal, courtesies }) {
    if (!courtesies?.length || !COURTESY_WORD.test(text)) return null;
    const out: LeaderRef[] = [];
    for (const m of matchesOf(BARE_COURTESY, text)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      const holder = courtesyHolderAt(courtesies, courtesyKey(m[1], m[2]), start);
      if (!holder || (holder !== principal && !others.some((o) => o.id === holder)) || refs.some((r) => r.start < end && start < r.end)) continue;
      const [from, to] = sentenceAround(text, m.index);
      if (refs.some((r) => r.leaderId === holder && r.start >= offset + from && r.end <= offset + to)) continue;
      out.push({ leaderId: holder, start, end, text: m[0], via: "courtesy-holder" });
    }
    return out.length ? out : null;
  },
};
/**
 * The one leader a bare courtesy at `at` stands for: the last person called by that very courtesy
 * before a name must be a leader, and no other leader called so before it.
 */
function courtesyHolderAt(courtesies: readonly CalledCourtesy[], key: string, at: number): string | null {
  let holder: string | null = null;
  let last: CalledCourtesy | null = null;
  for (const c of courtesies) {
    if (c.at >= at) break;
    if (c.key !== key) continue;
    last = c;
    if (c.leaderId && holder && c.leaderId !== holder) return null;
    holder ??= c.leaderId;
  }
  return last?.leaderId ?? null;
}
/** A courtesy with no name or office after it: group 1 is "His" or "Her", group 2 "Highness" or "Majesty". */
const BARE_COURTESY = /\b(His|Her)\s+(?:Royal\s+)?(Highness|Majesty)\b(?!\s+(?:the\s+)?\p{Lu})(?!\s+of\b)/gu;

interface BareOffice {
  index: number;
  office: string;
  titles: string[];
  lower: boolean;
}

/**
 * The paragraph read last and its bare offices: two rules of OFFICE_HOLDERS read each paragraph in
 * turn, and the offices depend on its text alone (one slot: the readers only read the list).
 */
let officesRead: { text: string; offices: BareOffice[] } | null = null;

/** The offices a paragraph names bare: capitalised as a readout writes them, then in news copy's lower case after "the". */
function bareOfficesIn(text: string): BareOffice[] {
  if (officesRead?.text === text) return officesRead.offices;
  const offices: BareOffice[] = [];
  for (const m of matchesNotAfter(BARE_OFFICE, LETTER_OR_HYPHEN, text)) offices.push({ index: m.index, office: m[1], titles: BARE_OFFICE_TITLES[m[1]], lower: false });
  // The match opens on "the": the office is its end.
  for (const m of matchesOf(NEWS_OFFICE, text)) offices.push({ index: m.index + m[0].length - m[1].length, office: m[1], titles: NEWS_OFFICE_TITLES[m[1]], lower: true });
  officesRead = { text, offices };
  return offices;
}
const LETTER_OR_HYPHEN = /^[\p{L}-]$/u;

/**
 * The bare offices of a paragraph that `holderOf` gives a holder for, as references to that holder
 * read `via` the rule; `holderOf` is told where (in the file) an office written in news copy's lower
 * case stands, null for a readout's.
 */
function bareOffices(input: OfficeInput, via: string, holderOf: (titles: string[], lowerAt: number | null) => string | null): LeaderRef[] | null {
  const { text, offset, refs } = input;
  {
    const out: LeaderRef[] = [];
    for (const { index, office, titles, lower } of bareOfficesIn(text)) {
      const start = offset + index;
      const end = start + office.length;
      const holder = holderOf(titles, lower ? start : null);
      if (!holder) continue;
      // "His Highness the Amir", "HRH the Crown Prince": an honorific is the office's courtesy, not another office.
      const before = text.slice(Math.max(0, index - 40), index).replace(/\b[Tt]he\s+$/, "").replace(HONORIFIC_BEFORE, "").replace(SEQUENCE_OPENER, "");
      // With "the" gone, nothing may qualify the office; without it, only a sentence's start or a lowercase word may precede.
      // In lower case the office follows "the" straight away: a word qualifying it would stand between them.
      if (!lower && NOT_THE_HOLDER_BEFORE.test(before)) continue;
      if (NOT_BARE_AFTER.test(text.slice(index + office.length, index + office.length + 40))) continue;
      if (refs.some((r) => r.start < end && start < r.end)) continue;
      const [from, to] = sentenceAround(text, index);
      if (refs.some((r) => r.leaderId === holder && r.start >= offset + from && r.end <= offset + to)) continue;
      if (lower && !newsHolderSettled(input, holder, office, start, text.slice(from, to))) continue;
      out.push({ leaderId: holder, start, end, text: office, via });
    }
    return out.length ? out : null;
  }
}

/**
 * News copy's lower-case office is its holder's only where the article leaves no doubt: the article
 * has already called that leader by the same word ("Prime Minister Modi … the prime minister";
 * "the premier" after "Prime Minister Albanese" may be another country's premier, unnamed), and
 * the sentence does not open on a place of another country ("In Ottawa, the prime minister …" is
 * Canada's, whoever the article named before).
 */
function newsHolderSettled({ calledAt, placeCountry, countryOf }: OfficeInput, holder: string, word: string, at: number, sentence: string): boolean {
  const called = calledAt?.get(calledKey(holder, word));
  if (called === undefined || called >= at) return false;
  const place = ELSEWHERE_OPENING.exec(sentence);
  if (!place || !placeCountry || !countryOf) return true;
  const there = placeCountry(place[1]);
  return there === null || there === countryOf(holder);
}

/** What the object-pronoun rule reads: the sentence and its one leader, the sentence before and its leaders, the leader a pronoun run there stood for. */
export interface ObjectPronounInput {
  s: Sentence;
  refs: LeaderRef[];
  /** The sentence before: its text and where it starts in the file. */
  before: { text: string; start: number };
  /** The leaders the sentence before names itself (with text), in order. */
  previous: LeaderRef[];
  /** The leader the sentence before stood for by a pronoun it opened with, if any. */
  run: string | null;
  /** Whether a leader is called "she". */
  isShe: (id: string) => boolean;
}

/**
 * "Modi was not in Nairobi. Lula spoke with him by telephone on Friday", "Less than a week later she
 * was in Ottawa. Trudeau received her at the airport": a sentence whose one leader has a contact
 * with "him" or "her" goes on about the one other leader the sentence before was about (named
 * there, or the leader its opening pronoun stood for) when that leader is called so. Refused when
 * the sentence before names two other leaders, an official or anyone titled whom the catalogue
 * does not know ("The foreign minister arrived. Lula welcomed him": the minister), and for "her"
 * before a noun ("received her counterpart" is a possessive).
 */
export const objectPronoun: Rule<ObjectPronounInput, string> = {
  name: "object-pronoun",
  apply({ s, refs, before, previous, run, isShe }) {
    const subject = refs[0].leaderId;
    if (!refs.every((r) => r.leaderId === subject)) return null;
    const m = OBJECT_PRONOUN.exec(s.text.slice(refs[0].end - s.start));
    if (!m) return null;
    const she = m[1].toLowerCase() === "her";
    const between = s.text.slice(refs[0].end - s.start, refs[0].end - s.start + m.index);
    if (AN_OFFICIAL.test(before.text) || AN_OFFICIAL.test(between) || titledStranger(before, previous)) return null;
    const others = distinct(previous.filter((r) => r.leaderId !== subject));
    const antecedent = others.length === 1 ? others[0] : others.length === 0 && run !== null && run !== subject ? run : null;
    return antecedent && isShe(antecedent) === she ? antecedent : null;
  },
};
/** Whether `span` names someone by an office and a name who is none of the leaders `refs` found there ("President William Ruto"). */
function titledStranger(span: { text: string; start: number }, refs: LeaderRef[]): boolean {
  for (const m of matchesOf(TITLED_NAME, span.text)) {
    const start = span.start + m.index;
    if (!refs.some((r) => r.text && r.start < start + m[0].length && r.end > start)) return true;
  }
  return false;
}

/** What the protagonist rule reads: the sentence and its leaders, the leaders named before it. */
export interface ProtagonistInput {
  s: Sentence;
  refs: LeaderRef[];
  /** The references before the sentence (the latest few hundred): who the article has been about. */
  earlier: LeaderRef[];
  /** The references of the sentence before. */
  previous: LeaderRef[];
  /** The sentence before says "he" or "she" before the first leader it names. */
  previousLed: boolean;
}

/**
 * "The trip ended in London, where he met Prime Minister Keir Starmer": a subject pronoun before
 * the one leader a sentence names is the leader the article is about (named at least twice so
 * far, and more often than anyone else), when the sentence before opened with that leader. After
 * a sentence that itself goes on about a pronoun ("That month he took his train to Beijing, where
 * X received him"), whom the pronoun stands for is not settled: nobody is read.
 */
export const protagonistPronoun: Rule<ProtagonistInput, string> = {
  name: "pronoun-protagonist",
  apply({ s, refs, earlier, previous, previousLed }) {
    const counts = new Map<string, number>();
    for (const r of earlier) counts.set(r.leaderId, (counts.get(r.leaderId) ?? 0) + 1);
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (!first || first[1] < 2 || (second && second[1] >= first[1])) return null;
    const protagonist = first[0];
    if (refs[0].leaderId === protagonist) return null;
    if (previousLed || previous[0]?.leaderId !== protagonist) return null;
    return /\b(?:he|she)\b/i.test(s.text.slice(0, refs[0].start - s.start)) ? protagonist : null;
  },
};
