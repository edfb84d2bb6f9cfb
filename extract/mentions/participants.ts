/**
 * Participants: which leaders a frame is between. Resolvers (first that applies wins) pick them
 * among the leaders the sentence names; group rules then read "the two leaders", "their meeting";
 * the order of both lists is stated in mentions/config.ts.
 */
import type { LeaderRef } from "../leaders";
import type { ArticleContext } from "./context";
import type { Frame } from "./frames";
import type { Rule } from "./rules";
import type { Sentence } from "./sentences";
import { BILATERAL, CLAUSE_BREAK, COLLECTIVE, DUAL, LATER_WITH, OPENING, SEPARATE, PLURAL_CONTACTS, PLURAL_GROUP, PRONOUN_SUBJECT, SIZED_GROUP, SUMMIT, TRAVEL } from "./vocabulary";

export function distinct(refs: LeaderRef[]): string[] {
  return [...new Set(refs.map((r) => r.leaderId))];
}

/** The clause of `text` around `at`, as [start, end): between the clause breaks either side of it. */
export function clauseOf(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

const within = (s: Sentence, [start, end]: [number, number]) => (r: LeaderRef) => r.start - s.start >= start && r.end - s.start <= end;

export interface WhoInput {
  s: Sentence;
  refs: LeaderRef[];
  frame: Frame;
  /** The refs less leaders named only in the possessive ("a day after Trump's inauguration"), unless that leaves fewer than two. */
  kept: LeaderRef[];
}

export function whoInput(s: Sentence, refs: LeaderRef[], frame: Frame): WhoInput {
  let kept = refs.filter((r) => !/^['’]s\b/.test(s.text.slice(r.end - s.start, r.end - s.start + 3)));
  if (distinct(kept).length < 2) kept = refs;
  return { s, refs, frame, kept };
}

/** "Modi's trip comes weeks after he met Xi": the pronoun is the leader named before it, the contact with the next named after. */
export const pronounSubject: Rule<WhoInput, string[]> = {
  name: "pronoun-subject",
  apply({ s, refs, frame }) {
    const pronoun = PRONOUN_SUBJECT.exec(s.text.slice(Math.max(0, frame.at - 30), frame.at));
    if (!pronoun) return null;
    const pronounAt = frame.at - Math.min(30, frame.at) + pronoun.index;
    const subject = refs.findLast((r) => r.start - s.start < pronounAt);
    const object = refs.find((r) => r.start - s.start >= frame.at && r.leaderId !== subject?.leaderId);
    return subject && object ? [subject.leaderId, object.leaderId] : null;
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
 * A summit involves everyone named in its clause ("met in Paris at a summit hosted by Macron and
 * Merkel"); a meeting "before" a summit, "on the sidelines of" one, or called bilateral does not,
 * nor does a contact told in another clause of the sentence ("telephoned X, and flew to the summit").
 */
export const summitTakesAll: Rule<WhoInput, string[]> = {
  name: "summit-takes-all",
  apply({ s, kept, frame }) {
    const summit = SUMMIT.exec(s.text);
    if (!summit || summit[1]) return null;
    const clause = clauseOf(s.text, frame.at);
    if (summit.index < clause[0] || summit.index >= clause[1] || BILATERAL.test(s.text.slice(clause[0], clause[1]))) return null;
    const people = distinct(kept.filter(within(s, clause)));
    return people.length > 2 ? people : null;
  },
};

/** Between two names of one group: a comma, "and", or both. */
const JOINED = /^\s*,?\s*(?:and\s*)?$/;

/** "a telephone call with French President Macron and German Chancellor Scholz": everyone joined by "and" right after the contact's words, with its subject. */
export const joinedObjects: Rule<WhoInput, string[]> = {
  name: "joined-objects",
  apply({ s, kept, frame }) {
    const after = kept.filter((r) => r.start - s.start >= frame.at);
    const before = kept.filter((r) => r.start - s.start < frame.at);
    if (!before.length || after.length < 2 || after[0].start - s.start - frame.at > 60) return null;
    // "the talks in March that A, B and C held": a list opening a relative clause is its subject, not the contact's object.
    if (/\b(?:that|which|who|whom|where|when)\b/i.test(s.text.slice(frame.cue.end, after[0].start - s.start))) return null;
    let n = 1;
    while (n < after.length && JOINED.test(s.text.slice(after[n - 1].end - s.start, after[n].start - s.start))) n++;
    return n >= 2 ? distinct([before[before.length - 1], ...after.slice(0, n)]) : null;
  },
};

/** Refs in order, with a leader named twice in a row ("the President of France, Emmanuel Macron") kept once. */
function collapsed(refs: LeaderRef[]): LeaderRef[] {
  return refs.filter((r, i) => i === 0 || refs[i - 1].leaderId !== r.leaderId);
}

/**
 * "Modi and Xi held talks by video, a day after Trump's inauguration": a subject of two leaders
 * joined by "and" just before the contact's words is the pair; with a leader right after "with"
 * ("Scholz and Macron held talks via video link with Xi") the contact is the three.
 */
export const joinedSubject: Rule<WhoInput, string[]> = {
  name: "joined-subject",
  apply({ s, kept, frame }) {
    const before = collapsed(kept.filter((r) => r.start - s.start < frame.at));
    const [x, y] = before.slice(-2);
    if (!x || !y || x.leaderId === y.leaderId || !JOINED.test(s.text.slice(x.end - s.start, y.start - s.start).replace(/^(\s*,?\s*and)\s+the\s*$/, "$1"))) return null;
    const last = kept.filter((r) => r.start - s.start < frame.at).pop()!;
    if (frame.at - (last.end - s.start) > 40) return null;
    // "Rouhani, Aliyev and Erdogan took part": the whole list joined by commas and "and".
    const subjects = [x, y];
    for (let i = before.length - 3; i >= 0 && JOINED.test(s.text.slice(before[i].end - s.start, subjects[0].start - s.start)); i--) subjects.unshift(before[i]);
    const object = kept.find((r) => r.start - s.start >= frame.at && r.start - s.start <= frame.at + 60 && /\bwith\s/.test(s.text.slice(frame.at, r.start - s.start)));
    return distinct(object ? [...subjects, object] : subjects);
  },
};

/** "X met Y on Thursday and Z on Friday": the subject, and whoever is named in this date's stretch. */
export const dateStretch: Rule<WhoInput, string[]> = {
  name: "date-stretch",
  apply({ s, kept, frame }) {
    if (!frame.stretch || frame.stretch[0] <= 0) return null;
    const before = kept.filter((r) => r.start - s.start < frame.at);
    const own = kept.filter((r) => r.start - s.start >= frame.stretch![0] && r.end - s.start <= frame.stretch![1]);
    const pair = distinct([...before, ...own]);
    return own.length && pair.length >= 2 ? pair : null;
  },
};

/** Glue between two members of a list of leaders: a comma or "and", and titles or "of <Country>" around the names. */
const LIST_GLUE = /^(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})?\s*(?:,|\band\b|,\s*and\b)\s*(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*|of)\s+){0,5}$/u;

/**
 * "A held talks with B on Monday, before a three-way summit with C": in the contact's clause, the
 * leader named last before its words (the subject) and the first named right after them (the
 * object, at most a few words on or after "with"/"to") are the pair; a third named further on is
 * about something else. Not when the object heads a list ("with B, C and D"): that is everyone or
 * nobody, and the rules after this one decide.
 */
export const subjectObject: Rule<WhoInput, string[]> = {
  name: "subject-object",
  apply({ s, kept, frame }) {
    const [start, end] = clauseOf(s.text, frame.at);
    const inClause = kept.filter(within(s, [start, end]));
    const subject = inClause.findLast((r) => r.start - s.start < frame.at);
    const object = inClause.find((r) => r.start - s.start >= frame.cue.end && r.leaderId !== subject?.leaderId);
    if (!subject || !object) return null;
    if (frame.at - (subject.end - s.start) > 60) return null;
    const gap = s.text.slice(frame.cue.end, object.start - s.start);
    if (gap.length > 60 || (gap.length > 25 && !/\b(?:with|to)\b/.test(gap))) return null;
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
}

/**
 * "The two leaders last met in Delhi in November, when Modi also held a summit with …": a subject
 * that is "the two leaders" is the article's pair, whoever the rest of the sentence names.
 */
export const dualSubject: Rule<GroupInput, string[]> = {
  name: "dual-subject",
  apply({ s, refs, frame, ctx }) {
    if (ctx.mainPair.length !== 2 || !DUAL.test(s.text.slice(0, frame.at))) return null;
    return refs.every((r) => r.start - s.start >= frame.at || ctx.mainPair.includes(r.leaderId)) ? [...ctx.mainPair] : null;
  },
};

/**
 * "The leaders met …", "Conversation took place on 14 of February": a group word (or a contact
 * noun opening a sentence that names nobody) with fewer than two leaders named is the article's
 * pair, or the people of the contact told last when that had more than two.
 */
const GROUP_SIZE: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, trilateral: 3 };

export const groupWord: Rule<GroupInput, string[]> = {
  name: "group-word",
  apply({ s, refs, frame, ctx, people, recent, excluded }) {
    // A pair refused as a guess among three or more stays refused: "the meeting" names no pair.
    if (people === AMBIGUOUS) return null;
    // "the three leaders", "a three-way summit": not the article's pair, but the people of the
    // contact just told when they are that many, else nobody.
    const sized = SIZED_GROUP.exec(s.text);
    if (sized) {
      const n = GROUP_SIZE[(sized[1] ?? sized[2] ?? sized[3]).toLowerCase()];
      return recent && recent.length === n && people.every((id) => recent.includes(id)) ? [...recent] : null;
    }
    const collective = COLLECTIVE.test(s.text) || (!refs.length && OPENING.test(s.text));
    if (people.length >= 2 || !collective || ctx.mainPair.length !== 2) return null;
    // "The two leaders had discussed Iran when Trump made his visit": with someone else named, the two may be anyone.
    if (DUAL.test(s.text.slice(0, frame.at))) return people.every((id) => ctx.mainPair.includes(id)) ? [...ctx.mainPair] : null;
    if (!people.length && recent && recent.length > 2 && PLURAL_GROUP.test(s.text)) return [...recent];
    // "They met again …" opening a sentence that names nobody: the people of the contact just told.
    if (!people.length && recent && /^(?:They|The two)\b/.test(s.text)) return [...recent];
    // An article about many leaders, or one named outside the main pair: "their meeting" may be anyone's.
    if (!ctx.pairClear || (people.length === 1 && !ctx.mainPair.includes(people[0])) || ctx.mainPair.some((id) => excluded.has(id))) return null;
    // "Leyva, who had travelled to Caracas to meet his counterpart, accompanied Petro": a lone
    // leader named only after the contact's words, with no group word before them, is not its subject.
    if (people.length === 1 && refs.every((r) => r.start - s.start >= frame.at) && !COLLECTIVE.test(s.text.slice(0, frame.cue.end))) return null;
    return [...new Set([...people, ...ctx.mainPair])];
  },
};

// ---- one contact with each ----

export interface SplitInput {
  s: Sentence;
  refs: LeaderRef[];
  frame: Frame;
}

function subjectAndObjects({ s, refs, frame }: SplitInput) {
  const subject = refs.findLast((r) => r.start - s.start < frame.at);
  const objects = distinct(refs.filter((r) => r.start - s.start >= frame.at && r.leaderId !== subject?.leaderId));
  return subject && objects.length >= 2 ? objects.map((o) => [subject.leaderId, o]) : null;
}

/** "had telephone conversations with A, B and C": a plural contact noun is one contact with each. */
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
    const word = SEPARATE.exec(i.s.text);
    if (!word) return null;
    // The word "separate" parts subject from objects: the cue may be a "summit" told before either.
    const subject = i.refs.findLast((r) => r.start - i.s.start < word.index);
    const objects = distinct(i.refs.filter((r) => r.start - i.s.start > word.index && r.leaderId !== subject?.leaderId));
    if (objects.length < 2) return null;
    return subject ? objects.map((o) => [subject.leaderId, o]) : [];
  },
};

/** "met X, and later with Y": a second object told apart. */
export const laterWith: Rule<SplitInput, string[][]> = {
  name: "later-with",
  apply: (i) => (LATER_WITH.test(i.s.text.slice(i.frame.at)) ? subjectAndObjects(i) : null),
};
