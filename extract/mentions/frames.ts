/**
 * Frames and their finders. A frame is one candidate contact: the predicate (the cue word that
 * makes it a contact), its medium, its date, and later its participants, place and roles.
 *
 * A sentence can hold several contacts ("talked by video in April 2021 and by phone in
 * August 2022"): each date phrase is given an owner by the date-owner rules (first that
 * applies wins), so every date gets its own frame, and dates of other things (a birthday, an
 * election) are left out. A contact with no date of its own becomes one undated frame.
 */
import type { ContactType, DateMention } from "../types";
import { blocks, mediumIn, speaks, type Cue } from "./cues";
import { quieted, type Modality, type ModalityInput } from "./modality";
import { perSentence } from "./memo";
import { clauseOf } from "./clause";
import { firstOf, firstRule, vetoedBy, type Rule, type Trace, type Veto } from "./rules";
import { DATELINE } from "../article";
import { FINENESS } from "../dates";
import { matchesOf } from "../matches";
import { NOT_A_PLACE, CITED_PIECE_AFTER_DATE, CITED_PIECE_BEFORE_DATE, GATHERING_WORD, ATTENDED_BY, CALL_NOUN, GATHERING_NOUN, FOLLOWING_TOLD, RECEIVED_CALL, CONTACT_NOUN, CALL_RECEIVED, MEDIUM_PHRASE, OFFICIALS_OF, CHAIRED_BEFORE, TRACK_PREDICATE, TRACK_OTHER_SUBJECT, ARRIVAL, CALLED_NOT_PHONED, TIMELINE_DASH, DEFINITE_BEFORE, IN_PERSON_ONLY, MEETING_NOUN, CLAUSE_OPENER, CLAUSE_OPENS_BEFORE_DATE, NEXT_CLAUSE_JOIN, DATE_MODIFIES, VENUE_BEFORE_NOUN, SAME_CONTACT_GOES_ON, PAST_PERFECT, DATE_MODIFIES_OTHER, RELATIVE_OPENER, PLANNED_BEFORE_DATE, PRESENT_TENSE, TOPIC_OF, ABOUT_BEFORE, TALKED_BEFORE, POSSESSIVE_AFTER_DATE, FIRST_SINCE, FIRST_SINCE_OTHER, FIRST_SINCE_COUNTRIES, MEDIUMLESS, SPOKE, SPOKE_OF, SPOKE_TO_AUDIENCE, VAGUE_PERIOD, SINCE_EVENT, SINCE_OF_AN_EVENT, ZONE_TIME_AFTER, TALKS_WITH_PLACE, NOT_THE_TALKS_PLACE, LANGUAGE_NAME } from "./vocabulary";

export interface Frame {
  /** The contact's date phrase, or null when the sentence gives none of its own. */
  date: DateMention | null;
  type: ContactType;
  /** Where in the sentence the contact's words are; place and people are looked for near it. */
  at: number;
  /** The predicate: the cue word that makes it a contact. */
  cue: Cue;
  /** The stretch of the sentence before this date that belongs to it (after the previous date). */
  stretch?: [number, number];
  /** How the medium and the date were read: the names of the rules that decided (see mentions/precision.ts). */
  read?: { medium: string; date: string };
}

/**
 * A frame, its fields always written in the same order. Every rule of every list reads frames,
 * and the engine keeps those reads fast only while all frames share one layout; frames copied by
 * spreading ones of different origins came in five layouts, and the spreading itself was among
 * the costliest lines of a dense article.
 */
export function newFrame(date: DateMention | null, type: ContactType, at: number, cue: Cue, read?: Frame["read"], stretch?: [number, number]): Frame {
  return { date, type, at, cue, stretch, read };
}

/** The rule lists a frame is judged by, in the order mentions/config.ts states. */
export interface FrameRules {
  predicate: readonly Veto<PredicateInput>[];
  medium: readonly Rule<MediumInput, ContactType>[];
  modality: readonly Rule<ModalityInput, Modality>[];
  dateOwners: readonly Rule<DateOwnerInput, DateOwner>[];
  read: readonly Veto<ReadFrameInput>[];
  frameSet: readonly Rule<FrameSetInput, FramesKept>[];
  /** Proposers of one more frame beside a dated one: a second contact word of the same subject. */
  joined: readonly Rule<JoinedInput, Frame>[];
}

// ---- the predicate: is this cue, with this date, a contact? ----

export interface PredicateInput {
  text: string;
  cue: Cue;
  date: DateMention | null;
}

/** Only contact and talking words make contacts; other events, messages and reporting verbs do not. */
export const notAContactWord: Veto<PredicateInput> = {
  name: "not-a-contact-word",
  veto: ({ text, cue }) => (speaks(cue) ? null : `"${text.slice(cue.start, cue.end)}" is a ${cue.vocabulary} word`),
};

/** "was called off on Tuesday", "called for a ceasefire on Monday": "called" that places no call is no talking word. */
export const calledNotPhoned: Veto<PredicateInput> = {
  name: "called-not-phoned",
  // "called on the King" read as a visit by the call refiners (called-on-leader) stays.
  veto: ({ text, cue }) => (/^called$/i.test(text.slice(cue.start, cue.end)) && cue.type !== "in-person" && CALLED_NOT_PHONED.test(text.slice(cue.end, cue.end + 12)) ? `"called${text.slice(cue.end, cue.end + 12).split(/\s+/).slice(0, 2).join(" ")}" places no call` : null),
};

/** "Trump has spoken of letters from Kim": speaking of someone is no conversation with him. */
export const spokeOf: Veto<PredicateInput> = {
  name: "spoke-of",
  veto: ({ text, cue }) => (SPOKE.test(text.slice(cue.start, cue.end)) && SPOKE_OF.test(text.slice(cue.end, cue.end + 16)) ? `"${text.slice(cue.start, cue.end)} of" tells what was said, not a conversation` : null),
};

/** "Lula spoke to both houses of Parliament", "spoke at a rally": speaking to an audience is no conversation with a leader. */
export const spokeToAudience: Veto<PredicateInput> = {
  name: "spoke-to-audience",
  veto: ({ text, cue }) => (SPOKE.test(text.slice(cue.start, cue.end)) && SPOKE_TO_AUDIENCE.test(text.slice(cue.end, cue.end + 60)) ? `"${text.slice(cue.start, cue.end)}${SPOKE_TO_AUDIENCE.exec(text.slice(cue.end, cue.end + 60))![0]}" addresses an audience, not a leader` : null),
};

/** A relative year ("this year") is too vague to be a contact's date; a named year is not. */
export const relativeYear: Veto<PredicateInput> = {
  name: "relative-year",
  veto: ({ date }) => (date?.date?.precision === "year" && date.resolvedAgainst ? `"${date.text}" is a year told relative to the article` : null),
};

/** "the next day" with no single date told before it, "Monday (29)" when no 29th near the article is a Monday: a date refused is no date to show. */
export const refusedDate: Veto<PredicateInput> = {
  name: "refused-date",
  veto: ({ date }) => date?.refused ?? (date?.storyShift && !date.date ? `"${date.text}" was not read against the story's date` : null),
};

/** "the COP30, which Brazil hosts in Belém in November": a present-tense contact verb with a month of no stated year is still to come. */
export const presentTenseMonth: Veto<PredicateInput> = {
  name: "present-tense-month",
  veto: ({ text, cue, date }) =>
    date?.date?.precision === "month" && date.resolvedAgainst && PRESENT_TENSE.test(text.slice(cue.start, cue.end)) ? `"${text.slice(cue.start, cue.end)}" in the present tense with "${date.text}": still to come` : null,
};

/** "to discuss the outcome of the April 27 summit", "spoke with A on Friday about the summit": a contact named as a topic of another, its people unknown. */
export const topicOfTalk: Veto<PredicateInput> = {
  name: "topic-of-talk",
  veto: ({ text, cue }) => {
    const before = text.slice(Math.max(0, cue.start - 60), cue.start);
    const topic = TOPIC_OF.test(before) || (ABOUT_BEFORE.test(before) && TALKED_BEFORE.test(text.slice(0, cue.start)));
    return topic ? `"${text.slice(cue.start, cue.end)}" is named as a topic, not told` : null;
  },
};

/**
 * "Following the talks, the presidents signed a joint statement": a sentence that opens on a
 * contact noun as the time of what it tells refers back to a contact already told, whose own
 * sentence dates it and names its people; read again here, it takes this sentence's section day,
 * a group word's guess at its people and a default medium, and so shows the same contact wrong.
 */
export const followingTold: Veto<PredicateInput> = {
  name: "following-told",
  veto: ({ text, cue }) =>
    CONTACT_NOUN.test(text.slice(cue.start, cue.end)) && FOLLOWING_TOLD.test(text.slice(0, cue.start)) ? `"${text.slice(0, cue.end).trim()}" opens on a contact already told` : null,
};

/**
 * "The talks collapsed that December", "negotiations that followed stalled in 2023": talks that
 * collapse or stall are a track of negotiation (mostly of officials), not one contact of leaders.
 */
export const negotiationTrack: Veto<PredicateInput> = {
  name: "negotiation-track",
  veto({ text, cue }) {
    if (!MEDIUMLESS.test(text.slice(cue.start, cue.end))) return null;
    const m = TRACK_PREDICATE.exec(text.slice(cue.end, cue.end + 90));
    return m && !TRACK_OTHER_SUBJECT.test(m[1]) ? `"${text.slice(cue.start, cue.end)}" is a track of negotiation that stalled or failed, not one contact` : null;
  },
};

/**
 * "the meeting of foreign and defence ministers held on 7 January", "the visit of the External
 * Affairs Minister to Tashkent": a contact noun whose own party is named after it as officials is
 * theirs, not the leaders' who welcomed or recalled it. So is the medium that tells how it was
 * held ("talks held by video conference between energy ministers"): "by video" names the same
 * officials' contact, with "between" only: "informed X by phone of the ministers' talks" tells
 * what the leaders' call was about. A noun the leaders chaired ("co-chaired the first meeting of
 * the Joint Commission") was theirs as well as the body's.
 */
export const officialsContact: Veto<PredicateInput> = {
  name: "officials-contact",
  veto({ text, cue }) {
    const word = text.slice(cue.start, cue.end);
    const medium = MEDIUM_PHRASE.test(word);
    if (!medium && !CONTACT_NOUN.test(word)) return null;
    const of = OFFICIALS_OF.exec(text.slice(cue.end, cue.end + 90));
    if (!of || (medium && of[1].toLowerCase() !== "between") || CHAIRED_BEFORE.test(text.slice(Math.max(0, cue.start - 50), cue.start))) return null;
    return `"${word}" is a contact of officials`;
  },
};

// ---- the medium ----

/**
 * The medium a word naming none inherits within its sentence: that of the contact told just before
 * it only when that contact is in its own clause; past a clause break ("held a video call with A on
 * Monday, and last spoke to B on Friday") the earlier clause's medium is another contact's, and the
 * word reads as if told alone (the story's medium, which the precision gate weighs, or none).
 */
export function inheritedIn(text: string, cue: Cue, frames: readonly Frame[], leadType: ContactType | null): ContactType | null {
  const before = frames[frames.length - 1];
  if (!before) return leadType;
  return before.at >= clauseOf(text, cue.start, true)[0] ? before.type : leadType;
}

export interface MediumInput {
  text: string;
  cue: Cue;
  /** Where a medium word may stand: from the start of the date's stretch to the end of its clause. */
  from: number;
  to: number;
  /** The medium of the contact told before, for words that name none. */
  inherited: ContactType | null;
  /** Every cue of the sentence. */
  cues: Cue[];
  /** The frame's date, if it has one. */
  date?: DateMention | null;
  /** How and on what day the contact told just before (a sentence or few back) was held, if one was. */
  told?: ToldContact | null;
}

/** The medium and day of a contact told before, and the sentence that told it. */
export interface ToldContact {
  type: ContactType;
  date: string | null;
  /** The sentence that told it: a gathering told again must be named there to be that contact. */
  text?: string;
}

/** "a phone call", "a video conference": the word names its medium. */
export const cueMedium: Rule<MediumInput, ContactType> = {
  name: "cue-medium",
  apply: ({ cue }) => (cue.type && cue.type !== "in-person" ? cue.type : null),
};

/**
 * "held their sixth summit – not in Brasília, as had been planned, but by videoconference": a
 * contact noun whose sentence corrects how it was held ("but by …", "but via …") has that medium,
 * however far the correction stands from the noun.
 */
const BUT_BY = /\bbut\s+(?:instead\s+)?(?:by|via|over|through)\s+(?:a\s+|an\s+)?/gi;
export const butByMedium: Rule<MediumInput, ContactType> = {
  name: "but-by-medium",
  apply({ text, cue }) {
    if (!CONTACT_NOUN.test(text.slice(cue.start, cue.end))) return null;
    for (const m of text.slice(cue.end).matchAll(BUT_BY)) {
      const rest = text.slice(cue.end + m.index + m[0].length, cue.end + m.index + m[0].length + 40);
      const medium = MEDIUM_WORD.find(({ re }) => re.test(rest));
      if (medium) return medium.type;
    }
    return null;
  },
};
/** The words of a medium right after "but by": "videoconference", "video link", "telephone". */
const MEDIUM_WORD: { type: ContactType; re: RegExp }[] = [
  { type: "video", re: /^(?:video\s?(?:conferenc\w*|link|call)|videoconferenc\w*|video\b)/i },
  { type: "phone", re: /^(?:tele)?phone\b/i },
];

/**
 * "a meeting of the Presidents of A and B was held in the format of videoconference": a contact
 * noun whose own "was held" (or "took place") says how, after a list of its people that keeps
 * the medium out of the noun's clause, has that medium. Only the verb right after the noun with
 * no other contact word, comma or relative clause between them ("the talks, whose last round was
 * held by video, took place in Nairobi"), and only a medium that ends its phrase ("held as video
 * footage of the storm played" tells no medium).
 */
const HELD_HOW = /\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:held|conducted|organi[sz]ed)|took\s+place)\s+(?:(?:on|this|last)\s+\p{L}+\s+)?(?:in\s+the\s+(?:format|form)\s+of|by\s+means\s+of|by|via|over|through|in)\s+(?:a\s+|an\s+)?/iu;
/** Between the noun and its "was held": another clause, whose verb the "was held" may be. */
const OTHER_CLAUSE_BETWEEN = /[,;:]|\b(?:whose|which|who|whom|that|where|when)\b/i;
/** What may follow a medium that ends its phrase ("by phone call"): the sentence's punctuation or a preposition or conjunction. */
const MEDIUM_PHRASE_END = /^(?:\s+(?:call|conversation)s?\b)?(?:\s*(?:[.,;:!?)"”]|$)|\s+(?:on|at|in|with|between|among|and|from|for|to|after|before|during|last|this|amid|while|because)\b)/i;
export const heldByMedium: Rule<MediumInput, ContactType> = {
  name: "held-by-medium",
  apply({ text, cue, cues }) {
    if (!CONTACT_NOUN.test(text.slice(cue.start, cue.end))) return null;
    const rest = text.slice(cue.end, cue.end + 200);
    const held = HELD_HOW.exec(rest);
    if (!held || OTHER_CLAUSE_BETWEEN.test(rest.slice(0, held.index))) return null;
    const at = cue.end + held.index;
    if (cues.some((c) => c.start >= cue.end && c.start < at)) return null;
    const after = text.slice(at + held[0].length, at + held[0].length + 60);
    for (const { type, re } of MEDIUM_WORD) {
      const word = re.exec(after);
      if (word) return MEDIUM_PHRASE_END.test(after.slice(word[0].length)) ? type : null;
    }
    return null;
  },
};

/**
 * "received a call this Saturday from X", "receives a brief video call", "briefed his guest on a
 * call he received on Thursday from X": received is the call's, not a visit's. Not "after the
 * call Lula received X" (see CALL_RECEIVED).
 */
export const receivedACall: Rule<MediumInput, ContactType> = {
  name: "received-a-call",
  apply({ text, cue }) {
    if (!/^receiv(?:ed|es|ing)$/i.test(text.slice(cue.start, cue.end))) return null;
    const call = RECEIVED_CALL.exec(text.slice(cue.end, cue.end + 100)) ?? CALL_RECEIVED.exec(text.slice(Math.max(0, cue.start - 70), cue.start));
    return call ? ((call[1] ?? call[2])?.toLowerCase() === "video" ? "video" : "phone") : null;
  },
};

/** "held talks by video link", "met … over the phone": a medium word near the contact word. */
export const mediumNearby: Rule<MediumInput, ContactType> = {
  name: "medium-nearby",
  apply: ({ text, cue, from, to }) => mediumIn(text, from, to, cue.start),
};

/**
 * "the talks in Bishkek on October 13, when they met on the sidelines": a medium-less noun with a
 * place right after it or after its counterpart in its clause ("held talks with Lula at the
 * Planalto", "holds talks with the host, President X, at the Congress Centre"), or a meeting verb in
 * its sentence, was in person, whatever the story's medium: a day of calls has its leaders meet too,
 * and a call's two sides are in two places, so none is told "at" one.
 */
export const talksInPlace: Rule<MediumInput, ContactType> = {
  name: "talks-in-place",
  apply({ text, cue, cues }) {
    if (!MEDIUMLESS.test(text.slice(cue.start, cue.end))) return null;
    const placed = /^\s+(?:in|at)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(cue.end, cue.end + 12));
    const met = cues.some((c) => c !== cue && c.vocabulary === "in-person" && !MEDIUMLESS.test(text.slice(c.start, c.end)));
    return placed || met || placedAfterCounterpart(text, cue, cues) ? "in-person" : null;
  },
};
/** "talks with <counterpart> at/in (the) <Place>": the place after the counterpart, in the talks' own clause, before any other contact word. */
function placedAfterCounterpart(text: string, cue: Cue, cues: readonly Cue[]): boolean {
  const [, end] = clauseOf(text, cue.start);
  const m = TALKS_WITH_PLACE.exec(text.slice(cue.end, Math.min(end, cue.end + TALKS_WITH_PLACE_READ)));
  // "talks with X, who was in Lima", "talks with X before arriving in Lima": the place is someone else's or later.
  if (!m || NOT_A_PLACE.test(m[1]) || LANGUAGE_NAME.test(m[1]) || NOT_THE_TALKS_PLACE.test(m[0])) return false;
  // "at Modi's request": a person's, not a place.
  if (/['’]s$/.test(m[1]) || /^['’]s\b/.test(text.slice(cue.end + m.index + m[0].length))) return false;
  const at = cue.end + m.index + m[0].length - m[1].length;
  return !cues.some((c) => c.start > cue.end && c.start < at);
}
/** How far after the talks their counterpart and place are read. */
const TALKS_WITH_PLACE_READ = 130;

/**
 * "recalled the conversation they had in Nairobi on May 9": a talking noun whose own relative
 * clause says where its people held it was a meeting there, whatever medium the story is about
 * (a call's people are in two places, so no call is said to be "had in" one city).
 */
export const heldThere: Rule<MediumInput, ContactType> = {
  name: "held-there",
  apply({ text, cue }) {
    if (!TALK_NOUN.test(text.slice(cue.start, cue.end))) return null;
    const m = HELD_THERE.exec(text.slice(cue.end, cue.end + 60));
    return m && !NOT_A_PLACE.test(m[1]) ? "in-person" : null;
  },
};
/**
 * "My last conversation with Lula was when I went to Brasília in May": a contact word with no
 * medium of its own whose sentence says its speaker (or its other party) travelled to a named
 * place for it ("when I went to", "when he came to", "when we travelled to") was held in person,
 * whatever medium the story is about. Without it the word takes the story's medium, which the
 * precision gate refuses for a contact of long before. Only a "when" clause of travel with a
 * capitalised place after "to" ("when I went to the White House"): "when I went to bed" or "when he
 * came to power" names no place.
 */
export const wentThere: Rule<MediumInput, ContactType> = {
  name: "went-there",
  apply({ text, cue }) {
    if (cue.type && cue.type !== "in-person") return null;
    if (!/\bwhen\s/i.test(text)) return null;
    const m = WENT_THERE.exec(text);
    return m && !NOT_A_PLACE.test(m[1]) ? "in-person" : null;
  },
};
/** "when I went to (the) X", "when he came to X", "when we travelled to X": a trip to a named place. */
const WENT_THERE = /\b[Ww]hen\s+(?:I|we|he|she|they)\s+(?:went|came|travell?ed|flew)\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/u;
/** Nouns of a talk that a relative clause can place: "conversation", "talks", "discussions". */
const TALK_NOUN = /^(?:conversations?|talks|negotiations|discussions?|exchange)$/i;
/** The noun's relative clause: "(that) they had in X", "the two leaders held at the X". */
const HELD_THERE = /^\s+(?:(?:that|which)\s+)?(?:they|we|the\s+two(?:\s+(?:leaders|men|presidents|heads\s+of\s+state))?)\s+(?:had|held)\s+(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/u;

/** "talks", "spoke", "the conversation" name no medium: in a story about a call they are the call. */
export const mediumInherited: Rule<MediumInput, ContactType> = {
  name: "medium-inherited",
  apply: ({ text, cue, inherited }) => (cue.kind === "weak" || (inherited !== "in-person" && MEDIUMLESS.test(text.slice(cue.start, cue.end))) ? inherited : null),
};

/**
 * "Lula took part in the summit held by video link. The summit was attended by Modi, Scholz and
 * Tinubu": a gathering's noun told again with the list of those who attended it carries on the
 * contact told just before and was held the way that one was (a video summit's list is by video;
 * a call's list, "the call was attended by", by phone). Read alone it names no medium and would be
 * taken for a meeting in person. Not for a gathering on another day than the contact told, nor for
 * a meeting, summit or talks after a phone call (a call has no summit), nor for a gathering the
 * sentence that told the contact does not name ("held a videoconference with Modi. He then flew
 * to Tokyo for the regional summit. The summit was attended by …" is another contact).
 */
export const mediumOfTold: Rule<MediumInput, ContactType> = {
  name: "medium-of-told",
  apply({ text, cue, told, date }) {
    if (!told || told.type === "in-person" || !ATTENDED_BY.test(text.slice(cue.end, cue.end + 40))) return null;
    const noun = text.slice(cue.start, cue.end);
    if (!GATHERING_NOUN.test(noun)) return null;
    if (CALL_NOUN.test(noun) ? false : told.type === "phone" || (told.text !== undefined && !told.text.toLowerCase().includes(noun.toLowerCase()))) return null;
    const day = date?.date?.value;
    return day && told.date && day !== told.date ? null : told.type;
  },
};

/**
 * "The meeting today, he said, was …", "pleased to hold the first summit meeting with him", in a
 * story whose headline or first contact is a video or phone call: a definite meeting noun with no
 * place and no day of its own but the story's is that call, not a visit. A summit is no phone call.
 */
export const sameCallNoun: Rule<MediumInput, ContactType> = {
  name: "same-call-noun",
  apply({ text, cue, inherited, date }) {
    if (inherited !== "video" && inherited !== "phone") return null;
    if (!MEETING_NOUN.test(text.slice(cue.start, cue.end)) || !DEFINITE_BEFORE.test(text.slice(Math.max(0, cue.start - 40), cue.start))) return null;
    // A gathering ("the summit") may be held by video, never by phone: after a call it is some other meeting.
    if (inherited === "phone" && GATHERING_WORD.test(text.slice(cue.start, cue.end))) return null;
    if (/^\s+(?:in|at)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(cue.end, cue.end + 14)) || IN_PERSON_ONLY.test(text)) return null;
    const today = !date || (date.resolvedAgainst !== null && date.date?.value === date.resolvedAgainst);
    return today ? inherited : null;
  },
};

// Only a medium named at once after the comma: ", over a year after their last phone call" is a span of time.
// "spoke again on March 18, this time for two hours by videoconference": "this time" and a span
// before the medium set it apart as well.
const MEDIUM_APART = /^\s*,\s*(?:this time\s+(?:[\w-]+\s+){0,5}?)?(?=(?:by|via|over)\s+(?:(?:the|a|an)\s+)?(?:secure\s+)?(?:(?:tele|speaker)?phone|video|videoconferenc\w*|video-?link|teleconferenc\w*)\b)/i;

/**
 * "Their last conversation, on May 2, was a video call": a date set between commas right after
 * its contact word, the noun's verb ("was", "were") after the closing comma. The comma closes the
 * aside, not the noun's clause: what the noun was (its medium) is told after it. Without this the
 * date goes to a talking word whose medium is never read, while the same word, read undated,
 * finds that medium and is emitted with no date. The length of the closing comma (and space), or
 * 0 when the date is no such aside.
 */
function asideClosed(text: string, cue: Cue, to: number, date: DateMention | null): number {
  if (!date || text.charCodeAt(to) !== 44 /* , */) return 0;
  const ds = to - date.text.length;
  if (ds < cue.end || text.slice(ds, to) !== date.text || !ASIDE_OPENS.test(text.slice(cue.end, ds))) return 0;
  return ASIDE_CLOSES.exec(text.slice(to, to + 12))?.[0].length ?? 0;
}
/** Between the contact word and its date: a comma and at most a preposition (", on "). */
const ASIDE_OPENS = /^,\s*(?:on|in)?\s*$/;
/** After the date: the closing comma, then the noun's own verb. */
const ASIDE_CLOSES = /^,\s*(?=(?:was|were)\b)/;

/**
 * The frame a cue makes with a date in [from, to), or null (with the vetoing rule in the trace).
 * The medium may follow the date ("met on Monday by video link", "last spoke in March, by video"),
 * but not across a clause break into the next contact ("…, and spoke by phone in May").
 */
export function frameOf({ rules, text, cues, trace, told }: SentenceFrames, cue: Cue, from: number, to: number, date: DateMention | null, inherited: ContactType | null): Frame | null {
  // A comma before "by video", "via videoconference" or "over the phone" sets the medium apart, it opens no clause;
  // so does the comma closing a date set as an aside after its noun, before the noun's verb ("their last call, on May 2, was by video").
  const apart = MEDIUM_APART.exec(text.slice(to, to + 90))?.[0].length ?? asideClosed(text, cue, to, date);
  const tail = text.slice(to + apart, to + apart + 40);
  const lookEnd = to + apart + (tail.search(/[,;]|\band\b|\bthen\b/) + 1 || tail.length + 1) - 1;
  if (vetoedBy(rules.predicate, { text, cue, date }, trace)) return null;
  const word = `"${text.slice(cue.start, cue.end)}"`;
  // A medium word before the contact word counts only in its clause: "held a video call with A,
  // and last spoke to B on Friday" tells no video with B.
  const clauseFrom = Math.max(from, clauseOf(text, cue.start, true)[0]);
  const decided = firstRule(rules.medium, { text, cue, from: clauseFrom, to: lookEnd, inherited, cues, date, told }, trace, "fill", (t) => `${word}: ${t}`);
  const medium = decided?.value ?? null;
  let modality: Modality | undefined;
  const modalityRead = () => (modality ??= modalityOf(rules, text, cue, trace, word, cues));
  if (vetoedBy(rules.read, { word, cue, medium, modality: modalityRead }, trace)) return null;
  // A contact word's own medium ("met", "visited") is as explicit as a medium rule's; "in-person" by default is not.
  const read = { medium: decided?.rule ?? (cue.type ? "cue-word" : "default"), date: date ? "own-date" : "undated" };
  return newFrame(date, medium ?? cue.type ?? "in-person", cue.start, cue, read);
}

// ---- a frame once its medium and modality are read ----

/** What the vetoes on a read frame see: its contact word, the medium the rules read, and its modality, read when first asked. */
export interface ReadFrameInput {
  /** The contact word, quoted, for the trace. */
  word: string;
  cue: Cue;
  medium: ContactType | null;
  /** Read on first call: a frame vetoed before any rule asks has its modality never read (nor traced). */
  modality: () => Modality;
}

/** A talking word ("spoke", "talks") is a contact only with a medium of its own or near it. */
export const talkWithoutMedium: Veto<ReadFrameInput> = {
  name: "talk-without-medium",
  veto: ({ word, cue, medium }) => (cue.kind === "weak" && !medium ? `${word} names no medium and none is near` : null),
};

/** A contact planned, wished, denied or only written is no contact that happened. */
export const notHappened: Veto<ReadFrameInput> = {
  name: "not-happened",
  veto: ({ word, modality }) => (modality() !== "happened" ? `${word} is ${modality()}` : null),
};

/**
 * A cue's modality depends on the cue and its sentence alone, and a sentence with several dates
 * asks it for each date the cue may own: it is judged once per cue. With a trace (`--explain`)
 * it is judged each time, so every frame's trace says why. Only the sentence read last is kept:
 * a WeakMap over every cue of the article cost more to fill (and the garbage collector more to
 * trace) than most of the judging.
 */
let judged: { text: string; quiet: string; rules: FrameRules["modality"]; byCue: Map<Cue, Modality> } | null = null;
function modalityOf(rules: FrameRules, text: string, cue: Cue, trace: Trace | null, word: string, cues: readonly Cue[]): Modality {
  if (judged?.text !== text || judged.rules !== rules.modality) judged = { text, quiet: quieted(text), rules: rules.modality, byCue: new Map() };
  const known = judged.byCue.get(cue);
  if (!trace && known !== undefined) return known;
  // The rules read the sentence with its shouting lowered ("was CALLED OFF"): same offsets.
  const modality = firstOf(rules.modality, { text: judged.quiet, cue, cues }, trace, "fill", (m) => `${word}: ${m}`) ?? "happened";
  judged.byCue.set(cue, modality);
  return modality;
}

// ---- date owners: which contact, if any, a date phrase of the sentence belongs to ----

/**
 * One sentence as the frame rules read it, made once per sentence: what frameOf, every date owner
 * and every proposer of a joined frame share. Offsets are the sentence's unless said.
 */
export interface SentenceFrames {
  rules: FrameRules;
  text: string;
  /** Where the sentence starts in the file (date phrases carry the file's offsets). */
  offset: number;
  /** Every cue of the sentence. */
  cues: Cue[];
  /** Every date phrase of the sentence. */
  dates: DateMention[];
  /** The medium a contact word naming none inherits when no frame before it in its clause gives one: the story's. */
  leadType: ContactType | null;
  /** Where the sentence first names a leader (its length when it names none). */
  firstLeaderAt: number;
  trace: Trace | null;
  /** The contact told just before the sentence, if one was (see MediumInput.told). */
  told: ToldContact | null;
}

/** What a date owner reads: the sentence, one of its date phrases, and the frames its earlier dates made. */
export interface DateOwnerInput extends SentenceFrames {
  d: DateMention;
  /** The date's offsets in the sentence. */
  ds: number;
  de: number;
  /** The start of the date's stretch: the end of the previous date in the chain. */
  from: number;
  previous: { end: number; frame: Frame | null } | null;
  /** Frames found so far in the sentence; the medium of the last is inherited. */
  frames: Frame[];
}

export interface DateOwner {
  frame: Frame | null;
  /** Whether the date is a link of the sentence's chain of dates (a list shares its first member's contact). */
  chain: boolean;
  /** The date was of a reporting verb: when the contact was told. */
  reportDate?: DateMention;
  why: string;
}

/**
 * Between a contact word and a date (either way round): what puts them in two clauses. ", and
 * again in June" does not: it tells the same contact once more ("When I met X in May, and again in June").
 */
const OTHER_CLAUSE = /;|,\s+(?:and(?!\s+again\b)|but|as well as|along with)\b/;

/**
 * Quoted speech keeps its own time ("events taking place today"): its dates are not the report's.
 * Unless the quotation tells its own contact before the date ("I spoke to President X this
 * morning," Y said): then the date is that contact's, and the other owners read it.
 */
export const dateInQuote: Rule<DateOwnerInput, DateOwner> = {
  name: "date-in-quote",
  apply({ text, ds, cues }) {
    // Most sentences quote nobody: no need to count quotation marks before each of their dates.
    if (!text.includes('"') && !text.includes("“")) return null;
    const before = text.slice(0, ds);
    const straight = (before.match(/"/g) ?? []).length % 2 === 1;
    const curly = before.lastIndexOf("“") > before.lastIndexOf("”");
    if (!straight && !curly) return null;
    const opened = straight ? before.lastIndexOf('"') : before.lastIndexOf("“");
    // The contact must be told in the date's own clause: "to meet X, and the peso rallied on Monday" is the peso's Monday.
    const toldInside = cues.some((c) => c.start > opened && c.end <= ds && c.kind === "contact" && !OTHER_CLAUSE.test(text.slice(c.end, ds)));
    return toldInside ? null : { frame: null, chain: false, why: "inside a quotation" };
  },
};

/**
 * "A report on the visit (World, 25 March) said …", "An analysis ("A region meets in Lima",
 * 12 April) located …": the day in a corrections column's bracket is the day the cited piece ran,
 * not a contact's (not even one its quoted headline tells).
 */
export const citedPieceDay: Rule<DateOwnerInput, DateOwner> = {
  name: "cited-piece-day",
  apply({ text, ds, de }) {
    // Cheap test first: the date must close a bracket.
    if (!CITED_PIECE_AFTER_DATE.test(text.slice(de, de + 3))) return null;
    return CITED_PIECE_BEFORE_DATE.test(text.slice(Math.max(0, ds - 140), ds)) ? { frame: null, chain: false, why: "the day a cited piece ran" } : null;
  },
};

/**
 * "their first meeting since Trump's return to the White House in January": the date is of the
 * event "since" names (a return, an election, taking office), not of the contact; reading it as
 * the contact's would make a contact that never happened on that date.
 */
export const sinceEvent: Rule<DateOwnerInput, DateOwner> = {
  name: "since-event",
  apply({ text, ds, d, cues }) {
    if (d.since) return null;
    const from = Math.max(0, ds - 90);
    const since = SINCE_EVENT.exec(text.slice(from, ds));
    const start = since ? from + since.index : sinceAfterCue(text, cues, ds, ds + d.text.length);
    if (start < 0) return null;
    // "since they met in Osaka in 2019", "since their Feb. 28 meeting": the clause is itself a contact.
    const de = ds + d.text.length;
    const end = de + (/[,;:.]/.exec(text.slice(de))?.index ?? text.length - de);
    if (cues.some((c) => (c.kind === "contact" || c.kind === "weak") && c.start > start && c.start < end)) return null;
    return { frame: null, chain: false, why: "the date of the event a 'since' clause names" };
  },
};

/**
 * A date opening its own phrase at the end of the sentence, after a comma ("…since the border clash, a
 * rare step, on Monday."), or brought in as the latest of the contacts ("…since taking office,
 * including on Monday in Delhi"), is the contact's, not the "since" clause's.
 */
const OWN_DATE_AFTER_ASIDE = /,\s*(?:including|most\s+recently|the\s+latest(?:\s+\w+)?)\s+(?:on\s+|in\s+)?$/i;
const DATE_AFTER_COMMA = /,\s*(?:on\s+)?$/i;

/**
 * "their first call since the offer, a week ago, to send aid", "visits since the 7.8 earthquakes on
 * Feb. 6": a "since" clause longer than SINCE_EVENT reads (an aside, a figure with a point in it),
 * between the contact word nearest before the date and the date, is still the clause of its own
 * event. Where it starts, or -1. Not "since then, most recently in May" nor "since 2016 – in
 * September": a "since" with no event after it frames the sentence and leaves the date alone.
 */
function sinceAfterCue(text: string, cues: readonly Cue[], ds: number, de: number): number {
  const at = text.lastIndexOf("since", ds);
  if (at < 0 || ds - at > 160 || /\p{L}/u.test(text.charAt(at - 1))) return -1;
  if (OWN_DATE_AFTER_ASIDE.test(text.slice(Math.max(at, ds - 40), ds)) || (DATE_AFTER_COMMA.test(text.slice(Math.max(at, ds - 6), ds)) && /^\s*(?:[.;!?]|$)/.test(text.slice(de, de + 3)))) return -1;
  const cue = cues.findLast((c) => c.end <= ds);
  if (!cue || cue.end > at) return -1;
  return SINCE_OF_AN_EVENT.test(text.slice(at, ds)) ? at : -1;
}

/** "both due in Brasília on Tuesday": a date in the clause of a plan is the plan's. */
export const plannedDate: Rule<DateOwnerInput, DateOwner> = {
  name: "planned-date",
  apply({ text, ds }) {
    // Further back, the rest of the clause ("he is expected to travel to Budapest for the informal
    // summit in …"; the pattern stops at a comma), unless a "since"/"when" clause starts in between.
    const far = text.slice(Math.max(0, ds - 120), ds).split(CLAUSE_OPENER).pop()!;
    return PLANNED_BEFORE_DATE.test(text.slice(Math.max(0, ds - 50), ds)) || PLANNED_BEFORE_DATE.test(far) ? { frame: null, chain: true, why: "the date of a plan" } : null;
  },
};

/**
 * "this year", "the past week", "now": a frame for other dates, not a date of its own. A period that
 * names one calendar month ("last month", "earlier this month") has one reading and dates a contact
 * told in passing at month precision.
 */
export const vaguePeriod: Rule<DateOwnerInput, DateOwner> = {
  name: "vague-period",
  apply: ({ d }) => (VAGUE_PERIOD.test(d.text) && d.date?.precision !== "month" ? { frame: null, chain: false, why: "a vague period" } : null),
};

/**
 * "the first UK-Italy summit since March 2023, when Meloni hosted Sunak in Rome": a "since" date
 * that a "when" clause goes on to tell is the date of the contact that clause tells, the first
 * contact word in it. Read before the "since" rules, which would leave that contact undated (and
 * so dated by the article's day).
 */
export const sinceWhen: Rule<DateOwnerInput, DateOwner> = {
  name: "since-when",
  apply(i) {
    if (!i.d.since && !SINCE_BEFORE.test(i.text.slice(Math.max(0, i.ds - 8), i.ds))) return null;
    const when = WHEN_AFTER.exec(i.text.slice(i.de, i.de + 12));
    if (!when) return null;
    const opens = i.de + when[0].length;
    const closes = opens + (/[;.]|,\s+(?:and|but)\b/.exec(i.text.slice(opens))?.index ?? i.text.length - opens);
    const cue = i.cues.find((c) => c.start >= opens && c.end <= closes && speaks(c));
    if (!cue) return null;
    const frame = frameOf(i, cue, i.ds, closes, i.d, inheritedIn(i.text, cue, i.frames, i.leadType));
    return { frame, chain: false, why: `the "when" clause after it tells "${i.text.slice(cue.start, cue.end)}"` };
  },
};
const SINCE_BEFORE = /\bsince\s+$/i;
const WHEN_AFTER = /^\s*,\s*when\s/i;

/**
 * "their first meeting since 2019" names an earlier meeting of the pair; "at odds since 2011"
 * does not, nor does "since July's failed coup" (the coup's date), and "the first visit by a
 * Brazilian president since 2019" may be someone else's. Either
 * way a "since" date frames the sentence and does not start a list.
 */
export const firstSince: Rule<DateOwnerInput, DateOwner> = {
  name: "first-since",
  apply(i) {
    const { text, cues, d, ds, frames, leadType } = i;
    if (!d.since) return null;
    // "their first meeting since July's failed coup": a date in the possessive dates the noun it
    // qualifies (possessive-date), here no contact of the pair: nothing is framed from it.
    const owned = possessiveDate.apply(i);
    if (owned) return { ...owned, chain: false };
    const before = text.slice(Math.max(0, ds - 60), ds) + (/^since\b/i.test(d.text) ? "since" : "");
    const cue = cues.find((c) => c.kind === "contact") ?? cues.find((c) => c.kind === "weak");
    const first = FIRST_SINCE.exec(before);
    if (!first || FIRST_SINCE_OTHER.test(first[1]) || FIRST_SINCE_COUNTRIES.test(first[1]) || !cue) return { frame: null, chain: false, why: "a 'since' date that names no earlier contact of the pair" };
    // "The three-way call was the first … since late March": a bare "call" takes its medium
    // from the contact just told, like any other weak word.
    const type = cue.type ?? (cue.kind === "weak" ? inheritedIn(text, cue, frames, leadType) : null) ?? "in-person";
    return { frame: newFrame(d, type, cue.start, cue), chain: false, why: "the earlier contact a 'first … since' names" };
  },
};

/**
 * "their Feb. 28 meeting", "Wednesday's call": a date right before a contact noun is that contact's.
 * A venue's name may stand between them ("their Feb. 28 Oval Office meeting"), before a noun only:
 * "on Monday Lula met …" names the verb's subject there. Not after a verb of reporting ("told
 * reporters on Monday the Goa meeting had …", "that" left out): the date there may be the
 * saying's, and the later rules weigh it.
 */
export const dateModifiesNoun: Rule<DateOwnerInput, DateOwner> = {
  name: "date-modifies-noun",
  apply(i) {
    const noun = i.cues.find((c) => c.start >= i.de && c.start <= i.de + VENUE_BETWEEN_MAX);
    if (!noun || !speaks(noun)) return null;
    const between = i.text.slice(i.de, noun.start);
    if (!DATE_MODIFIES.test(between) && !(VENUE_BEFORE_NOUN.test(between) && CONTACT_NOUN.test(i.text.slice(noun.start, noun.end)) && cuesBefore(i).at(-1)?.kind !== "report")) return null;
    const frame = frameOf(i, noun, i.ds, noun.end, i.d, inheritedIn(i.text, noun, i.frames, i.leadType));
    return { frame, chain: true, why: `it modifies the noun after it, "${i.text.slice(noun.start, noun.end)}"` };
  },
};

/** "ahead of Venezuela's July 28 presidential election": a date right before another event's noun is that event's. */
export const dateModifiesOther: Rule<DateOwnerInput, DateOwner> = {
  name: "date-modifies-other",
  apply(i) {
    const noun = i.cues.find((c) => c.start >= i.de && c.start <= i.de + 40 && c.kind === "block");
    if (!noun || !DATE_MODIFIES_OTHER.test(i.text.slice(i.de, noun.start))) return null;
    return { frame: null, chain: true, why: `it modifies "${i.text.slice(noun.start, noun.end)}" after it` };
  },
};

/** How far after a date a contact noun it modifies may start, past a venue's name. */
const VENUE_BETWEEN_MAX = 40;

/** How much of a possessive date's phrase the trace quotes. */
const POSSESSIVE_PHRASE = 30;

/**
 * "after last month's hostilities", "since Sunday's vote": a date in the possessive is the date of
 * the noun it qualifies; when no contact word follows in its clause, it is no contact's.
 */
export const possessiveDate: Rule<DateOwnerInput, DateOwner> = {
  name: "possessive-date",
  apply(i) {
    if (!POSSESSIVE_AFTER_DATE.test(i.text.slice(i.de, i.de + 3))) return null;
    // "Monday's White House gathering was their latest encounter": a contact word later in the clause may be what the phrase names.
    const rest = i.text.slice(i.de);
    const end = i.de + (rest.search(/[,;.]/) + 1 || rest.length + 1) - 1;
    if (i.cues.some((c) => c.start >= i.de && c.start < end && speaks(c))) return null;
    return { frame: null, chain: true, why: `it qualifies "${i.text.slice(i.de + 3, Math.min(end, i.de + POSSESSIVE_PHRASE))}" after it` };
  },
};

/**
 * "WASHINGTON, Sep 26 (Agency) - … met … on Thursday": a wire dateline's date is when the story
 * was filed; the contact is dated by its own words, and by the dateline only when it has none.
 */
const datelineOf = perSentence((text) => DATELINE.exec(text.slice(0, 160)));
export const datelineDate: Rule<DateOwnerInput, DateOwner> = {
  name: "dateline-date",
  apply(i) {
    const line = datelineOf(i.text);
    // With no other date the reader can place, the dateline's is the best the contact has.
    return line && i.de <= line[1].length && i.dates.some((o) => o !== i.d && o.date) ? { frame: null, chain: false, reportDate: i.d, why: "the date of a wire dateline" } : null;
  },
};

/**
 * "held talks with A and with B of Egypt, whose country joined the bloc in January": a date in a
 * relative clause opened after the last contact word belongs to that clause, unless the clause
 * tells a contact itself ("…, who met him there on Tuesday").
 */
export const relativeClause: Rule<DateOwnerInput, DateOwner> = {
  name: "relative-clause",
  apply(i) {
    const lastCue = cuesBefore(i).findLast(speaks);
    if (!lastCue) return null;
    const gap = i.text.slice(lastCue.end, i.ds);
    let opener = -1;
    for (const m of matchesOf(RELATIVE_OPENER, gap)) opener = m.index;
    return opener >= 0 ? { frame: null, chain: true, why: `in a relative clause, "${gap.slice(opener).trim().split(/\s+/)[0]} …", after the contact word` } : null;
  },
};

const cuesBefore = (i: DateOwnerInput) => i.cues.filter((c) => c.end <= i.ds && c.start >= i.from);

/** Where a clause ends after a word: a comma, semicolon or sentence end. */
const CLAUSE_END_MARK = /[,;.!?]/;

/** "in June 2019, April 2016 and August 2014": between two dates of a list there is only glue. */
export const listMember: Rule<DateOwnerInput, DateOwner> = {
  name: "list-member",
  apply(i) {
    if (!i.previous || cuesBefore(i).length) return null;
    const glue = i.text.slice(i.previous.end, i.ds);
    if (/;/.test(glue) || glue.split(/\s+/).filter(Boolean).length > 8) return null;
    // "…, and on Friday he talked with B": a contact word after the date in its own clause makes the
    // date that contact's, not another day of the contact before.
    const clauseEnd = i.de + (CLAUSE_END_MARK.exec(i.text.slice(i.de))?.index ?? i.text.length - i.de);
    if (i.cues.some((c) => c.start >= i.de && c.start < clauseEnd && speaks(c))) return null;
    const f = i.previous.frame;
    return { frame: f ? newFrame(i.d, f.type, f.at, f.cue, f.read, f.stretch) : null, chain: true, why: "a list member after the previous date" };
  },
};

/**
 * A date belongs to the nearest cue before it in its stretch. "last met in person before the
 * war, at the White House in June 2019": a blocking word in an aside set off by a comma
 * leaves the date to the contact word before it.
 */
export const nearestCueBefore: Rule<DateOwnerInput, DateOwner> = {
  name: "nearest-cue-before",
  apply(i) {
    const left = cuesBefore(i);
    const nearest = left[left.length - 1];
    if (!nearest) return null;
    // "Lula talked by phone with Modi, and on Friday (8), he spoke by phone with Ramaphosa": a date
    // that opens the next clause, with a contact word of its own after it, is that word's.
    if (CLAUSE_OPENS_BEFORE_DATE.test(i.text.slice(nearest.end, i.ds)) && i.cues.some((c) => c.start >= i.de && speaks(c) && !NEXT_CLAUSE_JOIN.test(i.text.slice(i.de, c.start)))) return null;
    // "It is their first meeting since …; Lula had postponed the trip in March": a semicolon opens a
    // clause of its own, and a date in it is not the clause's before. With a contact word of its own
    // after it ("…; during the last one, on July 1, A informed B by phone") the later rules read it.
    // A clause that goes on telling the same contact ("…; they lasted until late on Monday", "…; on
    // Monday the two signed six agreements"), its subject the pair and no past perfect, keeps the
    // date for the contact before it.
    const semicolon = i.text.lastIndexOf(";", i.ds);
    if (semicolon >= nearest.end) {
      const end = i.text.indexOf(";", i.de);
      if (i.cues.some((c) => c.start >= i.de && (end < 0 || c.start < end) && speaks(c))) return null;
      const clause = i.text.slice(semicolon + 1, i.ds) + i.text.slice(i.de, end < 0 ? undefined : end);
      if (!SAME_CONTACT_GOES_ON.test(clause) || PAST_PERFECT.test(clause)) return { frame: null, chain: false, why: `a clause of its own after "${i.text.slice(nearest.start, nearest.end)}"` };
    }
    const aside = blocks(nearest) && /[,;]/.test(i.text.slice(nearest.end, i.ds));
    const cue = (aside ? left.findLast(speaks) : undefined) ?? nearest;
    const frame = frameOf(i, cue, i.from, i.de, i.d, inheritedIn(i.text, cue, i.frames, i.leadType));
    const reportDate = !frame && cue.kind === "report" ? i.d : undefined;
    return { frame, chain: true, reportDate, why: `the nearest cue before it, "${i.text.slice(cue.start, cue.end)}"` };
  },
};

/**
 * "June 12, 2019 — Two months after his inauguration, Widodo holds a telephone conversation with
 * Trump": a date heading a timeline entry (a dash or colon after it) dates the entry's contact, its
 * first contact word, past any other event the entry names on the way.
 */
export const timelineHead: Rule<DateOwnerInput, DateOwner> = {
  name: "timeline-head",
  apply(i) {
    if (i.ds > 2 || !TIMELINE_DASH.test(i.text.slice(i.de, i.de + 4))) return null;
    const cue = i.cues.find((c) => c.start >= i.de && speaks(c));
    if (!cue) return null;
    const frame = frameOf(i, cue, i.ds, cue.end, i.d, i.leadType);
    return { frame, chain: true, why: `it heads a timeline entry whose first contact word is "${i.text.slice(cue.start, cue.end)}"` };
  },
};

/**
 * "On Monday he told reporters the meeting had gone well", "In his press conference on Monday,
 * the president said that the conversation had been very friendly": a date before a verb of
 * reporting that stands before the contact word it would reach is the day it was said, not the
 * contact's. When what was said names a contact already told ("the conversation", "their talks"),
 * that day is its report's (the contact keeps the day the article gave it, or stays undated). Not
 * for a contact told new after "said that" ("said that Lula met Petro": left to cue-after-date,
 * the day said), nor for an attribution between commas (", officials said,") or "according to",
 * which tell who reported, not when: the date before them stays the contact's.
 */
export const dateOfTheSaying: Rule<DateOwnerInput, DateOwner> = {
  name: "date-of-the-saying",
  apply(i) {
    const right = firstCueAfter(i);
    if (!right) return null;
    const aside = (c: Cue) => /,[^,;:"“]*$/.test(i.text.slice(i.de, c.start)) && /^[^,;:"“]*,/.test(i.text.slice(c.end, right.start)) && !SAID_THAT.test(i.text.slice(c.end, right.start));
    const report = i.cues.find((c) => c.kind === "report" && c.start >= i.de && c.end <= right.start && !/^according to$/i.test(i.text.slice(c.start, c.end)) && !aside(c));
    if (!report) return null;
    const said = i.text.slice(report.end, right.start);
    const toldBefore = DEFINITE_BEFORE.test(said);
    if (SAID_THAT.test(said) && !toldBefore) return null;
    const reportDate = toldBefore ? i.d : undefined;
    return { frame: null, chain: true, reportDate, why: `the day of "${i.text.slice(report.start, report.end)}", said before "${i.text.slice(right.start, right.end)}"` };
  },
};
/** What opens reported speech after its verb: "that", a colon, a quotation mark. */
const SAID_THAT = /\bthat\b|[:"“]/;

/** The first cue after a date that may own it: a contact word, or a blocking word in the date's own clause. */
function firstCueAfter(i: DateOwnerInput): Cue | undefined {
  return i.cues.find((c) => c.start >= i.de && (speaks(c) || (blocks(c) && !/[,;]/.test(i.text.slice(i.de, c.start)))));
}

/**
 * A date opening the sentence (before any leader is named) belongs to the contact after it; a
 * blocking word ("troops") only vetoes it from the date's own clause, not from an aside between
 * commas. A date after a leader is named takes a cue after it only in its own clause
 * ("travelled on Tuesday to …, where"), not in the next ("the celebrations in Minsk in July, and …").
 * A verb of reporting between them has been read by date-of-the-saying.
 */
/** Between a date and a contact word after it: the contact is told from the date on, not at it. */
const SINCE_THEN = /\b(?:(?:ever\s+)?since\s+(?:then|that\s+(?:day|time|meeting|visit|summit|call))|thereafter|from\s+then\s+on|in\s+the\s+(?:months|years|weeks)\s+(?:since|that\s+followed))\b/i;
export const cueAfterDate: Rule<DateOwnerInput, DateOwner> = {
  name: "cue-after-date",
  apply(i) {
    const right = firstCueAfter(i);
    if (!right) return { frame: null, chain: true, why: "no cue before or after it" };
    if (i.ds > i.firstLeaderAt && OTHER_CLAUSE.test(i.text.slice(i.de, right.start))) return { frame: null, chain: true, why: "no cue before it, and the cue after it is in another clause" };
    // "after the clash in June 2020, and since then A and B had met only in passing": the date is
    // where the stretch the contact came in starts, not the contact's own.
    if (SINCE_THEN.test(i.text.slice(i.de, right.start))) return { frame: null, chain: true, why: `the cue after it is told from it on ("${SINCE_THEN.exec(i.text.slice(i.de, right.start))![0]}")` };
    const frame = frameOf(i, right, i.ds, right.end, i.d, i.leadType);
    return { frame, chain: true, why: `the first cue after it, "${i.text.slice(right.start, right.end)}"` };
  },
};

const precisionOf = (f: Frame) => (f.date?.date ? FINENESS[f.date.date.precision] : -1);
/** Whether two frames' dates tell the same time: equal, or one containing the other. */
function sameTime(a: Frame, b: Frame): boolean {
  const x = a.date?.date?.value;
  const y = b.date?.date?.value;
  return x !== undefined && y !== undefined && (x.startsWith(y) || y.startsWith(x));
}

// ---- the frame set: a sentence's dated frames judged together ----

/** What a frame-set filter reads: the sentence and the frames its dates proposed, in order. */
export interface FrameSetInput {
  text: string;
  frames: Frame[];
  /** Where the sentence starts in the file (date phrases carry the file's offsets); 0 unless said. */
  offset?: number;
}

/** The frames a frame-set filter keeps, and why it dropped the rest. */
export interface FramesKept {
  frames: Frame[];
  why: string;
}

/**
 * "arrived in Tokyo on Sunday evening, and held a summit with Kishida on Monday": the arrival is
 * the journey, the contact is the one told after it; an arrival dated apart from it is dropped.
 */
export const arrivalBeforeContact: Rule<FrameSetInput, FramesKept> = {
  name: "arrival-before-contact",
  apply({ text, frames }) {
    const arrival = (f: Frame) => ARRIVAL.test(text.slice(f.cue.start, f.cue.end));
    const kept = frames.filter((f, k) => !arrival(f) || !frames.some((h, j) => j > k && !arrival(h) && h.type === f.type));
    return kept.length < frames.length ? { frames: kept, why: "an arrival followed by the contact it led to, dated apart: the contact's date stands" } : null;
  },
};

/**
 * "in March 2017 …, followed later the same month by a visit": two dates that tell the same time
 * and reach the same contact word are one contact, dated by the more precise of them.
 */
export const sameCueTwice: Rule<FrameSetInput, FramesKept> = {
  name: "same-cue-twice",
  apply({ frames }) {
    const kept = frames.filter((f, k) => !frames.some((g, j) => j !== k && g.cue.start === f.cue.start && sameTime(g, f) && (precisionOf(g) > precisionOf(f) || (precisionOf(g) === precisionOf(f) && j < k))));
    return kept.length < frames.length ? { frames: kept, why: "two dates of one time reach the same contact word: one contact" } : null;
  },
};

/** Between two dates after one contact word that are one stretch of days: "on Sunday and Monday", "Sunday to Monday". */
const DAYS_JOINED = /^[\s,]*(?:(?:and|or|to|through|into|[-–—])[\s,]*)?(?:on\s+)?$/i;

/** Days of two frames at most this far apart reaching one contact word tell one contact, not two. */
const NEXT_DAY_MS = 86_400_000;

/**
 * "today held a meeting …, on the last day of his visit", "seven weeks ago, on 19 September, the
 * two met": two days a day apart that reach the same contact word are one contact told with two
 * dates (a relative one beside the calendar one, the report's day beside the event's), dated by
 * the phrase nearest the word. A contact word told again ("met on Monday and again on Tuesday")
 * or with another counterpart for each day ("calls with A on Monday, with B on Tuesday") keeps both.
 * A day told by another zone's clock ("late on Tuesday, early Wednesday Tokyo time") is the same
 * moment however it is joined.
 */
export const sameCueNextDay: Rule<FrameSetInput, FramesKept> = {
  name: "same-cue-next-day",
  apply({ text, frames, offset = 0 }) {
    const day = (f: Frame) => (f.date?.date?.precision === "day" ? Date.parse(f.date.date.value) : NaN);
    const distance = (f: Frame) => Math.max(0, f.date!.start - offset - f.cue.end, f.cue.start - (f.date!.end - offset));
    const told = (f: Frame, g: Frame) => {
      const [first, second] = f.date!.start < g.date!.start ? [f, g] : [g, f];
      const from = Math.max(first.date!.end - offset, f.cue.end);
      // "late on Tuesday (early Wednesday Tokyo time)": the later day told by another zone's clock is the same moment.
      const secondEnd = second.date!.end - offset;
      if (ZONE_TIME_AFTER.test(text.slice(secondEnd, secondEnd + 40))) return false;
      const again = from < second.date!.start - offset && AGAIN.test(text.slice(from, second.date!.start - offset));
      // Both dates after the word with more than a joining word between them ("met A on Thursday and
      // B on Friday", "calls with A on Monday, with B on Tuesday"): each day its own counterpart.
      // Days joined after the word are one stretch only for a meeting or a visit: a call does not last
      // from one day into the next ("spoke by phone on Monday and Tuesday": two calls).
      const listed = first.date!.start - offset >= f.cue.end && (f.type !== "in-person" || !DAYS_JOINED.test(text.slice(first.date!.end - offset, second.date!.start - offset)));
      return again || listed;
    };
    const oneContact = (f: Frame, g: Frame) => g !== f && g.cue.start === f.cue.start && Math.abs(day(f) - day(g)) === NEXT_DAY_MS && !told(f, g);
    const kept = frames.filter((f, k) => !frames.some((g, j) => oneContact(f, g) && (distance(g) < distance(f) || (distance(g) === distance(f) && j < k))));
    return kept.length < frames.length ? { frames: kept, why: "two days a day apart reach the same contact word: one contact, dated by the nearer phrase" } : null;
  },
};

/** Between a weekday and a date in brackets right after it: "on Friday (15/11)". */
const DATE_IN_BRACKETS = /^\s*\(\s*$/;
/** Between a contact word and a later date: the contact told again ("met on Monday and again on Wednesday"). */
const AGAIN = /\b(?:again|also|twice|then)\b|,\s*and\b/i;

/**
 * "flew into Cape Town late on Monday and was received by X … on Tuesday morning", "returned on
 * Thursday from Tokyo, where he met Y on Tuesday": a contact word with a date of its own after
 * it does not also take the date before it, another verb's ("met on Monday and again on Wednesday"
 * keeps both). "on Friday (15/11)": a weekday and its date in brackets are one date, the numbers'.
 */
export const dateOfItsOwn: Rule<FrameSetInput, FramesKept> = {
  name: "date-of-its-own",
  apply({ text, frames, offset = 0 }) {
    const between = (a: DateMention, b: DateMention) => text.slice(a.end - offset, b.start - offset);
    const other = (f: Frame, g: Frame) =>
      (f.date !== null && g.date !== null && DATE_IN_BRACKETS.test(between(f.date, g.date))) ||
      (f.read?.date === "cue-after-date" && g.read?.date === "nearest-cue-before" && g.date?.date != null && !AGAIN.test(text.slice(g.cue.end, g.date.start - offset)));
    const kept = frames.filter((f) => !frames.some((g) => g !== f && g.cue.start === f.cue.start && other(f, g)));
    return kept.length < frames.length ? { frames: kept, why: "the contact word has a date of its own: the other date it reached is another verb's, or the same date told twice" } : null;
  },
};

// ---- one more frame beside a dated one ----

/** What a proposer of a joined frame reads: the sentence, a dated frame kept, and the frames kept so far. */
export interface JoinedInput extends SentenceFrames {
  frame: Frame;
  frames: Frame[];
}

/**
 * The dated frames of a sentence, and the date it was reported on, if it says: each date phrase
 * given its owner (dateOwners), the frames judged together (frameSet), then one more frame
 * proposed beside each kept (joined).
 */
export function datedFrames(sentence: SentenceFrames): { frames: Frame[]; reportDate: DateMention | null } {
  const { frames, reportDate } = ownedFrames(sentence);
  const kept = keptTogether(sentence, frames);
  return { frames: kept.length && sentence.rules.joined.length ? withJoined(sentence, kept) : kept, reportDate };
}

/**
 * Each date phrase, in order, given to the first date owner that takes it. A date that is a link
 * of the sentence's chain (a list shares its first member's contact) starts the next date's stretch.
 */
function ownedFrames(sentence: SentenceFrames): { frames: Frame[]; reportDate: DateMention | null } {
  const { rules, text, offset, cues, dates, leadType, firstLeaderAt, trace, told } = sentence;
  const frames: Frame[] = [];
  let reportDate: DateMention | null = null;
  let previous: DateOwnerInput["previous"] = null;
  for (const d of dates) {
    const ds = d.start - offset;
    const de = d.end - offset;
    const from: number = previous ? previous.end : 0;
    const decided: { rule: string; value: DateOwner } = firstRule(rules.dateOwners, { rules, text, offset, cues, dates, leadType, firstLeaderAt, trace, told, d, ds, de, from, previous, frames }, trace, "propose", (o) => `date "${d.text}": ${o.why}${o.frame ? ` → frame #${frames.length + 1}, ${o.frame.type}` : ", no contact"}`)!;
    const owner: DateOwner = decided.value;
    const f = owner.frame && newFrame(owner.frame.date, owner.frame.type, owner.frame.at, owner.frame.cue, { medium: owner.frame.read?.medium ?? "cue-word", date: decided.rule }, owner.frame.stretch);
    owner.frame = f;
    if (owner.reportDate) reportDate ??= owner.reportDate;
    if (f) frames.push(owner.chain ? newFrame(f.date, f.type, f.at, f.cue, f.read, [from, ds]) : f);
    if (owner.chain) previous = { end: de, frame: owner.frame };
  }
  return { frames, reportDate };
}

/** The frames the frame-set filters keep, each filter reading what the ones before it kept. */
function keptTogether({ rules, text, offset, trace }: SentenceFrames, frames: Frame[]): Frame[] {
  let kept = frames;
  for (const rule of rules.frameSet) {
    const out = rule.apply({ text, frames: kept, offset });
    if (!out) continue;
    trace?.record("veto", rule.name, out.why);
    kept = out.frames;
  }
  return kept;
}

/** The frames kept, each followed at the end by one more frame the first joined-frame proposer that can puts beside it. */
function withJoined(sentence: SentenceFrames, frames: Frame[]): Frame[] {
  const { rules, text, offset, cues, dates, leadType, firstLeaderAt, trace, told } = sentence;
  let kept = frames;
  for (const f of [...kept]) {
    const joined = firstRule(rules.joined, { rules, text, offset, cues, dates, leadType, firstLeaderAt, trace, told, frame: f, frames: kept }, trace, "propose", (g) => `"${text.slice(g.cue.start, g.cue.end)}" joined to "${text.slice(f.cue.start, f.cue.end)}" shares its date → frame #${kept.length + 1}, ${g.type}`);
    if (joined) kept = [...kept, joined.value];
  }
  return kept;
}
