/** Filters: vetoes on a filled frame, each with its reason (order in mentions/config.ts). */
import type { LeaderIndex, LeaderRef } from "../leaders";
import type { Frame, PredicateInput } from "./frames";
import { dateContains, findDates } from "../dates";
import { cuesIn } from "./cues";
import { findIn, perSentence } from "./memo";
import type { Place } from "./place";
import type { Veto } from "./rules";
import type { Sentence } from "./sentences";
import { ASKED_WHETHER_BEFORE, CLAUSE_OF_ITS_OWN, PAST_CONTACT_VERB, PAST_CONTACT_BEFORE, SEPARATE, ATTENDING, GROUP_PHOTO, PHOTO_LINE, ARRIVAL, ARRIVAL_AT_GATHERING, COMPANIONS, GATHERING_MODIFIES, GATHERING_WORD, MULTILATERAL_NAME, GREETING, GUESTS_MANY, HOSTING_CUE, GATHERING_HOST_BEFORE, LEFT_OUT_BEFORE, LEFT_OUT_WORDS, LESSER_TITLE_BEFORE, JOURNEY_OR_GATHERING, HABITUAL, NOT_YET_LEADER, REPORTED_BEFORE, DENIED_NEXT, DENIED_KINDS, DENIAL_SPAN, OWN_POST, CLAIM_NOUN, OTHER_PARTY_AFTER, PERSON_WORD, WELCOMED_OBJECT, AWAY_AFTER, AWAY_BEFORE, ELSEWHERE_AFTER, DEPICTION_BEFORE, EARLIER_CONTACT, LONG_PAST } from "./vocabulary";

export interface FilledFrame {
  index: LeaderIndex;
  s: Sentence;
  frame: Frame;
  people: string[];
  place: Place | null;
  /** The article's date, if any. */
  ref: string | null;
  /** How many distinct leaders the sentence names itself (not by a pronoun or group word). */
  namedInSentence: number;
  /** The leaders the sentence names (with a pronoun's antecedent, of no text), where known. */
  refs?: LeaderRef[];
  /** The text just after the sentence, where a denial of what it reports would follow. */
  next?: string;
  /** The rules that read the participants, in the order they acted, where known. */
  who?: string[];
  /** The leaders the article's headline names. */
  inHeadline?: Set<string>;
  /** The two leaders the article is about, when they stand out from any third. */
  mainPair?: string[];
  /** The sentence stands under a heading of what is still to come ("COMING UP", "The week ahead"). */
  ahead?: boolean;
}

/**
 * "the two presidents welcomed the prospect of talks", "welcomes the decision": a welcoming verb
 * is a contact only when it welcomes someone; with a thing as its object it tells a stance.
 */
export const welcomedAThing: Veto<PredicateInput> = {
  name: "welcomed-a-thing",
  veto({ text, cue }) {
    if (!/^welcom(?:ed|es|ing)$/i.test(text.slice(cue.start, cue.end))) return null;
    const object = WELCOMED_OBJECT.exec(text.slice(cue.end, cue.end + 60));
    return object && !PERSON_WORD.test(object[1].toLowerCase()) ? `"${text.slice(cue.start, cue.end)}" welcomes a thing ("${object[1]}"), not a person` : null;
  },
};

/**
 * "Modi met Kishida, the summit host, and Meloni later on Sunday", "in a hallway of the summit
 * venue": a gathering word naming a person's role or a place is no gathering told, and no date
 * or people belong to it.
 */
export const gatheringModifier: Veto<PredicateInput> = {
  name: "gathering-modifier",
  veto: ({ text, cue }) => (GATHERING_WORD.test(text.slice(cue.start, cue.end)) && GATHERING_MODIFIES.test(text.slice(cue.end, cue.end + 20)) ? `"${text.slice(cue.start, cue.end)}${GATHERING_MODIFIES.exec(text.slice(cue.end, cue.end + 20))![0]}" names a place or a role, not a gathering` : null),
};

/**
 * "Biden and Xi shook hands at the family photo", "Lula and Scholz stood side by side for the
 * group photograph": a handshake or a place side by side in a gathering's photo line is its
 * ceremony, shared with every leader there, not a meeting of the two.
 */
export const photoLine: Veto<PredicateInput> = {
  name: "photo-line",
  veto: ({ text, cue }) => (PHOTO_LINE.test(text.slice(cue.start, cue.end)) && GROUP_PHOTO.test(text) ? `"${text.slice(cue.start, cue.end)}" in a gathering's photo line, not a meeting` : null),
};

/**
 * "attended the banquet hosted by Biden for heads of delegation", "the dinner for NATO leaders
 * hosted by the President", "welcomed each leader": a host receiving guests told as many meets none
 * of them in particular (a meeting with one of them has a contact word of its own). Read in the
 * hosting word's clause, before it as well as after it.
 */
export const hostedTheMany: Veto<PredicateInput> = {
  name: "hosted-the-many",
  veto({ text, cue }) {
    // "received each leader separately": one meeting each, told apart, is no crowd.
    if (!HOSTING_CUE.test(text.slice(cue.start, cue.end)) || SEPARATE.test(text)) return null;
    const from = Math.max(0, cue.start - 60, text.lastIndexOf(";", cue.start) + 1);
    const stop = text.indexOf(";", cue.end);
    const many = GUESTS_MANY.exec(text.slice(from, Math.min(cue.end + 80, stop < 0 ? text.length : stop)));
    return many ? `"${text.slice(cue.start, cue.end)}" hosts guests told as many ("${many[0]}"), none in particular` : null;
  },
};

/**
 * "On arrival at the Summit venue, the Prime Minister was welcomed by President Lula": the host of
 * a gathering greeting each leader who arrives is no meeting with any of them.
 */
export const greetedAtGathering: Veto<PredicateInput> = {
  name: "greeted-at-gathering",
  veto: ({ text, cue }) => (GREETING.test(text.slice(cue.start, cue.end)) && ARRIVAL_AT_GATHERING.test(text) ? `"${text.slice(cue.start, cue.end)}" greets an arrival at a gathering, as its host greets everyone` : null),
};

/**
 * "A portrait of Scholz shaking hands with Lula was unveiled", "a documentary about the summit
 * between Kishida and Yoon": a work that shows or tells a contact is the news, not the contact
 * (which it does not date).
 */
export const depicted: Veto<PredicateInput> = {
  name: "depicted",
  veto({ text, cue }) {
    const work = DEPICTION_BEFORE.exec(text.slice(Math.max(0, cue.start - 120), cue.start));
    return work ? `"${text.slice(cue.start, cue.end)}" is what a work shows or tells ("${work[0].split(/\s+/).slice(0, 2).join(" ")}"), not a contact told` : null;
  },
};

/** "visited" or "spoke" with no medium, read as in person: only with a place does it say so. */
export const inPersonNeedsPlace: Veto<FilledFrame> = {
  name: "in-person-needs-place",
  veto: ({ frame, place }) => (frame.cue.kind === "weak" && frame.type === "in-person" && !place ? "a talking word read as in person, with no place" : null),
};

/**
 * "met Mirziyoyev, then still prime minister", "talks with the president-elect": not yet a contact
 * between leaders. But "then prime minister Lula", "Sánchez, then prime minister" name an office the
 * leader beside it held, as the catalogue knows: a leader then, whose tenure the in-office veto weighs.
 */
export const notYetLeader: Veto<FilledFrame> = {
  name: "not-yet-leader",
  veto({ s, index, refs }) {
    const then = findIn(NOT_YET_LEADER, s.text);
    if (!then) return null;
    const office = then[0].replace(/^then\s+(?:still\s+)?(?:an?\s+|the\s+)?/i, "").toLowerCase();
    const at = s.start + then.index;
    const end = at + then[0].length;
    // The leader the office is said of: named right after it, or right before its comma.
    const holder = refs?.find((r) => r.text && ((r.start >= end && r.start - end <= THEN_OFFICE_REACH) || (r.end <= at && at - r.end <= 3)));
    const held = holder && index.leader(holder.leaderId)?.roles.some((r) => r.title.toLowerCase() === office);
    return held ? null : "a participant is told as not yet (or no longer) the leader";
  },
};
/** How far after "then prime minister" the name it is said of may start ("then prime minister of Japan, Shinzo Abe"). */
const THEN_OFFICE_REACH = 20;

/** A contact needs two sides: the rules found fewer. */
export const twoSides: Veto<FilledFrame> = {
  name: "two-sides",
  veto: ({ people }) => (people.length < 2 ? `only ${people.join("") || "nobody"} found as a participant` : null),
};

/**
 * "the first meeting between leaders of the two countries since 2016": not these two, if one of
 * them was not yet (or no longer) in office then. An undated contact is weighed at the article's
 * date, the only date it can take ("Trump and the Kenyan leader met for the first time since
 * the election" in a story of the president-elect's weeks).
 */
export const inOffice: Veto<FilledFrame> = {
  name: "in-office",
  veto({ index, frame, people, s, refs, ref }) {
    const period = periodOf(frame, ref);
    if (!period) return null;
    const held = inOfficeOnly(index, period, people, s, refs);
    const out = people.filter((id) => !held.includes(id));
    return held.length < 2 ? `${out.join(", ")} not in office in ${period}` : null;
  },
};

/** The period a contact is weighed in: its own date, else the article's. */
export function periodOf(frame: Frame, ref: string | null): string | null {
  return frame.date?.date?.value ?? ref;
}

/**
 * Of a frame's participants, those in office in `period` (a third leader out of office drops out
 * of a three-way contact). A period need only overlap the catalogue's dates, but not for a leader
 * the sentence names by a lesser office ("Abu Dhabi Crown Prince Sheikh Mohamed …" in the month
 * he became president): then the office must cover the period's start.
 */
export function inOfficeOnly(index: LeaderIndex, period: string | null, people: string[], s?: Sentence, refs?: LeaderRef[]): string[] {
  if (!period) return people;
  const lesser = (id: string) => !!s && !!refs?.some((r) => r.leaderId === id && r.text && LESSER_TITLE_BEFORE.test(s.text.slice(Math.max(0, r.start - s.start - 40), r.start - s.start)));
  return people.filter((id) => index.inOffice(id, period) && (!lesser(id) || heldStrictly(index, id, period)));
}

/** Whether a role of the leader's had begun by the period's start. */
function heldStrictly(index: LeaderIndex, id: string, period: string): boolean {
  const first = period.length === 4 ? `${period}-01-01` : period.length === 7 ? `${period}-01` : period;
  return (index.leader(id)?.roles ?? []).some((r) => r.from <= first && (!r.to || r.to >= first));
}

/** A contact dated after the article: planned, or a misread date. */
export const afterPublication: Veto<FilledFrame> = {
  name: "after-publication",
  veto: ({ frame, ref }) => (frame.date?.date && ref && frame.date.date.value.slice(0, 10) > ref ? `dated ${frame.date.date.value}, after the article (${ref})` : null),
};

/**
 * An undated frame is evidence for the article's news only when the sentence names both leaders
 * itself, or when "the two leaders" as its subject ("The two leaders met at the Great Hall") stand
 * for the very two the headline names: the headline's contact, told on. Under a headline that names
 * no leader, the article's clear pair stands in for the headline's.
 */
export const undatedNeedsBothNamed: Veto<FilledFrame> = {
  name: "undated-needs-both-named",
  veto: (f) => (!f.frame.date && f.namedInSentence < 2 && !headlinePairAsSubject(f) && !statedGroup(f) ? "undated, and the sentence does not name both leaders" : null),
};

/**
 * "The three leaders stood together and chatted", right after all three were told: a group of a
 * stated size read as the very leaders told before is named as surely as a pair named outright.
 * It still dates nothing by itself: with no date it only joins the story's news.
 */
function statedGroup({ s, who, people }: FilledFrame): boolean {
  return people.length >= 3 && !!who?.some((w) => STATED_GROUP_READINGS.includes(w)) && !EARLIER_CONTACT.test(s.text) && !LONG_PAST.test(s.text);
}
const STATED_GROUP_READINGS = ["sized-group", "sized-so-far", "sized-earlier"];

function headlinePairAsSubject({ s, who, people, inHeadline, mainPair }: FilledFrame): boolean {
  if (!who?.includes("dual-subject") || people.length !== 2) return false;
  // "The two leaders had met there once before", "last met … years ago": an earlier meeting, not the
  // headline's contact, and with no date of its own it would take the article's day.
  if (EARLIER_CONTACT.test(s.text) || LONG_PAST.test(s.text)) return false;
  // A headline that names no leader (a masthead read for it, a bare "Binational Commission
  // resumes"): the article's clear pair is the story's pair, as the headline's would be.
  if (!inHeadline?.size) return !!mainPair && people.every((id) => mainPair.includes(id));
  if (inHeadline.size === 2) return people.every((id) => inHeadline.has(id));
  // A headline may name one of them by a part of the name the body gives in full ("PM Shehbaz"): the
  // article's clear pair, one of whom the headline names, is that headline's pair.
  return !!mainPair && people.every((id) => mainPair.includes(id)) && people.some((id) => inHeadline.has(id));
}

/**
 * denied-after: "A newspaper reported that A and B had spoken by phone on Wednesday. Asked about
 * it, a spokesman said no such conversation had taken place.", "Posts claim that A and B held a
 * secret call. We found no evidence of the call.": a contact told only as a report, a claim or a
 * circulating picture, which the next sentences deny, did not happen. The answer decides, not the
 * premise. The denial must be of this contact: of its kind ("no meeting" denies no call) and of
 * nobody else's ("there was no meeting of their ministers", "no such call with the envoy"); the
 * pair's own names after it ("no contact between President Lula and the Kenyan president") are
 * this contact's.
 */
export const deniedAfter: Veto<FilledFrame> = {
  name: "denied-after",
  veto({ s, frame, next, index, people, ref }) {
    const before = s.text.slice(0, frame.at);
    if (!next || !REPORTED_BEFORE.test(before)) return null;
    const following = next.split(/(?<=[.!?])\s+(?=\S)/).slice(0, 2).join(" ");
    const denial = DENIED_NEXT.exec(following);
    if (!denial) return null;
    const noun = (denial.groups?.noun ?? denial.groups?.noun2 ?? denial.groups?.noun3)?.toLowerCase();
    if (noun && !DENIED_KINDS[frame.type].test(noun)) return null;
    const rest = following.slice(denial.index + denial[0].length);
    // "There has been no meeting between them since 2019": a span, which presupposes this contact.
    if (DENIAL_SPAN.test(rest.split(/[.!?;]/)[0])) return null;
    // "The claim is false" after another claim is named ("a neighbour's claim over river water").
    if (!noun && CLAIM_NOUN.test(following.slice(0, denial.index))) return null;
    // "Lula said in a post on X that he had …": his own word, first-hand.
    const own = OWN_POST.exec(before);
    if (own && index.find(own[1], 0, ref).some((r) => people.includes(r.leaderId))) return null;
    if (OTHER_PARTY_AFTER.test(rest) && !namesOnlyThem(index, rest, people, ref)) return null;
    return "a report the next sentence denies";
  },
};

/** The party a denial names after its noun, up to the end of its sentence, is some of `people` and nobody else. */
function namesOnlyThem(index: LeaderIndex, rest: string, people: string[], ref: string | null): boolean {
  const named = index.find(rest.split(/[.!?;]/)[0], 0, ref);
  return named.length > 0 && named.every((r) => people.includes(r.leaderId));
}

/**
 * "COMING UP / • Lula's state visit starts Tuesday, with a summit with Modi on Thursday": under a
 * heading of what is still to come, a digest tells its plans in the present tense or with a bare
 * weekday, which read like news of the week gone by. Every contact there is a plan, unless it is
 * told as done ("met", "held talks"): plans are never told in the past tense, and a heading-like
 * line ("Looking ahead", "Upcoming") standing above a plain report must not silence the report.
 */
export const aheadSection: Veto<FilledFrame> = {
  name: "ahead-section",
  veto: ({ ahead, frame: { cue }, s }) =>
    ahead && !PAST_CONTACT_VERB.test(s.text.slice(cue.start, cue.end)) && !PAST_CONTACT_BEFORE.test(s.text.slice(Math.max(0, cue.start - 40), cue.start))
      ? "told under a heading of what is still to come"
      : null,
};

/** "have met more than 40 times", "speak regularly": how often, not a contact one can date. */
export const habitual: Veto<FilledFrame> = {
  name: "habitual",
  veto: ({ frame, s }) => (!frame.date && HABITUAL.test(s.text) ? "tells how often, not one contact" : null),
};

/**
 * "Tinubu, who arrived in the capital on Tuesday, is attending the summit convened by Ramaphosa", "he
 * flew to the summit at the invitation of President Lula": a journey to a gathering, or the
 * gathering itself, does not tell a meeting with the leader named only as its host or inviter.
 * (A meeting told with the host, "and met him on the sidelines", has a contact word of its own.)
 */
export const hostOfGatheringOnly: Veto<FilledFrame> = {
  name: "host-of-gathering-only",
  veto({ s, frame, people, refs }) {
    if (!refs || people.length !== 2 || !JOURNEY_OR_GATHERING.test(s.text.slice(frame.cue.start, frame.cue.end))) return null;
    const host = people.find((id) => {
      const named = refs.filter((r) => r.leaderId === id && r.text);
      return named.length > 0 && named.every((r) => GATHERING_HOST_BEFORE.test(s.text.slice(Math.max(0, r.start - s.start - 120), r.start - s.start)));
    });
    return host ? `${host} is named only as the host of a gathering the other attends` : null;
  },
};

/**
 * "The two leaders participated together in the BRICS summit", "the Emir took part in the summit
 * chaired by the Crown Prince": two leaders told only as attending one gathering, among however many
 * others, are not told to have met (a meeting there has a contact word of its own; a gathering
 * whose every party is named, three or more, is read as their contact).
 */
export const pairAttendingGathering: Veto<FilledFrame> = {
  name: "pair-attending-gathering",
  veto({ s, frame, people }) {
    if (people.length !== 2) return null;
    // "the summit", or a medium's phrase around a named multilateral one ("an online BRICS summit",
    // MULTILATERAL_NAME: a bare "online summit" may be two leaders' own);
    // not "a video conference", which two leaders hold between them.
    const word = s.text.slice(frame.cue.start, frame.cue.end);
    if (!GATHERING_WORD.test(word) && !(MULTILATERAL_NAME.test(word) && GATHERING_WORD.test(word.split(/\s+/).pop()!))) return null;
    const from = Math.max(0, frame.cue.start - 80);
    const attending = ATTENDING.exec(s.text.slice(from, frame.cue.start));
    if (!attending) return null;
    // "attending the summit in Cairo, where Sisi welcomed him": a contact word of its own in the
    // sentence tells the meeting, and the date the gathering holds is that meeting's too ("both
    // spoke at" is attending, not a contact word of its own).
    const [aStart, aEnd] = [from + attending.index, from + attending.index + attending[0].length];
    // A contact word told before, in a clause of its own ("last met in Lima on 7 May, and the two took
    // part in an online summit in June"), is another contact, not one at the gathering; one asked
    // about ("officials did not say whether the two spoke") tells none.
    const told = cuesIn(s.text).some(
      (c) =>
        c.start !== frame.cue.start &&
        (c.kind === "contact" || c.kind === "weak") &&
        !GATHERING_WORD.test(s.text.slice(c.start, c.end)) &&
        !ASKED_WHETHER_BEFORE.test(s.text.slice(Math.max(0, c.start - 40), c.start)) &&
        ((c.end <= aStart && !CLAUSE_OF_ITS_OWN.test(s.text.slice(c.end, aStart))) || c.start >= aEnd),
    );
    return told ? null : "two leaders told as attending one gathering, not as meeting";
  },
};

/**
 * "Merz travelled to Nairobi overnight together with Meloni and Starmer", "A, B and C have all landed in Washington", "arrived in Jakarta this
 * morning alongside Sánchez and Tusk": leaders who make a journey together are its fellow
 * travellers, not a meeting of their own; only the leader of the country they reach, among them,
 * makes the journey a visit (a meeting told there has a contact word of its own).
 */
export const fellowTravellers: Veto<FilledFrame> = {
  name: "fellow-travellers",
  veto({ index, s, frame, people, place, refs }) {
    if (!ARRIVAL.test(s.text.slice(frame.cue.start, frame.cue.end))) return null;
    const clause = s.text.slice(0, frame.cue.end + 120).split(/;|\.\s/).pop()!;
    // "Starmer, Albanese, Merz and Meloni have all landed in Washington": everyone the journey takes
    // was named before it, as its subject, and nobody after it is whom they went to see.
    const allSubjects = !!refs && people.length >= 2 && people.every((id) => {
      const named = refs.filter((r) => r.leaderId === id && r.text);
      return named.length > 0 && named.every((r) => r.end - s.start <= frame.cue.start);
    });
    if (!COMPANIONS.test(clause) && !allSubjects) return null;
    const when = frame.date?.date?.value ?? null;
    const local = place && people.some((id) => index.countryOf(id, when) === place.country);
    return local ? null : "the leaders travelled together: fellow travellers, not a meeting";
  },
};

/**
 * "At the summit the host granted bilateral meetings to most visiting leaders but not to X",
 * "met every leader there except X": a leader the sentence names only as the one left out is no
 * party to its contact.
 */
export const leftOut: Veto<FilledFrame> = {
  name: "left-out",
  veto({ s, people, refs }) {
    if (!refs) return null;
    const out = people.find((id) => {
      const named = refs.filter((r) => r.leaderId === id && r.text);
      return named.length > 0 && named.every((r) => namedAsLeftOut(s.text, r.start - s.start));
    });
    return out ? `${out} is named only as the one left out` : null;
  },
};

/**
 * "Modi arrived in Tokyo while Kishida was abroad", "Lula visited Beijing, but Xi was on a tour of
 * the provinces", "in the absence of the emir": a visit to a country whose leader the sentence
 * tells away (or in another country) is no meeting with that leader.
 */
export const hostAway: Veto<FilledFrame> = {
  name: "host-away",
  veto({ index, s, frame, people, place, refs, ref }) {
    if (frame.type !== "in-person" || !refs || !place) return null;
    const when = frame.date?.date?.value ?? null;
    // Only the host can be away: the traveller "on a state visit" is where the visit went.
    const away = people.find((id) =>
      index.countryOf(id, when) === place.country &&
      refs.some((r) => {
        if (r.leaderId !== id || !r.text) return false;
        const at = r.start - s.start;
        const after = s.text.slice(r.end - s.start, r.end - s.start + 80);
        const trip = AWAY_AFTER.exec(after);
        if (trip) return !datedApart(after.slice(trip[0].length).split(/[,;]|\.\s/)[0], ref, when);
        if (AWAY_BEFORE.test(s.text.slice(Math.max(0, at - 60), at))) return true;
        const elsewhere = ELSEWHERE_AFTER.exec(after);
        if (!elsewhere) return false;
        const rest = after.slice(elsewhere[0].length);
        const there = index.findPlaces(rest.slice(0, 40), 0)[0];
        return !!there && there.start === 0 && there.country !== place.country && !datedApart(rest.split(/[,;]|\.\s/)[0], ref, when);
      }),
    );
    return away ? `${away} is told as away from where the visit went` : null;
  },
};

/**
 * "Ramaphosa, who was on a trip to Brazil in March": an away clause with a date of its own, not
 * the visit's, tells another time than the visit. A date that bounds a stretch ("from Sunday to
 * Wednesday", "until Tuesday", "since Friday") is apart only when the visit lies beyond that bound:
 * otherwise the stretch may cover the visit, and the host stays away.
 */
function datedApart(clause: string, ref: string | null, when: string | null): boolean {
  return findDates(clause, 0, ref).some((d) => {
    if (!d.date) return false;
    const value = d.date.value;
    if (when && (dateContains(value, when) || dateContains(when, value))) return false;
    const before = clause.slice(Math.max(0, d.start - 12), d.start);
    if (STRETCH_END_BEFORE.test(before)) return !!when && when > value;
    if (d.since || STRETCH_START_BEFORE.test(before) || STRETCH_IN_PHRASE.test(d.text)) return !!when && when < value;
    return true;
  });
}
/** Before a date that ends a stretch: "until Tuesday", "between Sunday and Wednesday". */
const STRETCH_END_BEFORE = /\b(?:until|till|through|and|to)\s+$|[-–]\s*$/i;
/** Before a date that starts a stretch: "since Friday", "from Sunday", "between Sunday". */
const STRETCH_START_BEFORE = /\b(?:since|from|between)\s+$/i;
/** A date phrase that is itself a stretch: "Sunday to Wednesday", "16–19 March". */
const STRETCH_IN_PHRASE = /\s(?:to|through|until)\s|\d\s*[-–]\s*\d/i;

/** The answers of `namedAsLeftOut` for the sentence read last, by offset: each frame of a sentence asks them of the same leaders. */
const leftOutAnswers = perSentence(() => new Map<number, boolean>());
/**
 * Whether the sentence holds one of LEFT_OUT_BEFORE's words followed by a space anywhere: most do
 * not, and then no window of it can match. The end-anchored pattern is tried at every position of
 * each 60-character window; this search skips ahead to its words' first letters (no `\b`, so that
 * a window cut inside a word, where `\b` would hold, is covered too).
 */
const mayLeaveOut = perSentence((text) => LEFT_OUT_WORDS.test(text));

/** Whether the words just before offset `at` of a sentence ("but not to", "except") leave out whoever is named there. */
function namedAsLeftOut(text: string, at: number): boolean {
  if (!mayLeaveOut(text)) return false;
  const answers = leftOutAnswers(text);
  let answer = answers.get(at);
  if (answer === undefined) answers.set(at, (answer = LEFT_OUT_BEFORE.test(text.slice(Math.max(0, at - 60), at))));
  return answer;
}
