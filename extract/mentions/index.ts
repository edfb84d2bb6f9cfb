/**
 * Mentions stage: sentence by sentence, the contacts between two catalogue leaders, each with its
 * type, date, place, host or caller, and the exact sentence as evidence. Each candidate contact is
 * a frame proposed by a finder, filled by resolvers and judged by filters; every list of rules is
 * stated once, in order, in mentions/config.ts, and the runner records each decision in a trace
 * when one is asked for (`extract --explain`).
 */
import { lastAtOrBefore } from "../sorted";
import { findDates, weekdayNamed, weekdayOf } from "../dates";
import { anchorToStory, storyAnchor } from "./story-dates";
import type { LeaderIndex, LeaderRef } from "../leaders";
import type { Article, ContactType, DateMention, DateValue, Mention, Span } from "../types";
import { CALL_REFINERS, CALLERS, UNDATED_TALK, DATE_PHRASES, YEARLESS_DATES, GATES, CONTACT_FILTERS, EVIDENCE_FILTERS, FRAME_FILTERS, PRECISION_GATE, FRAME_RULES, GROUPS, TOLD_LISTS, HEADINGS, PARAGRAPH_HEADINGS, HOSTS, OFFICE_HOLDERS, PARTICIPANTS, PARTNERS, PLACE_PARTICIPANTS, PLACES, SPLITS } from "./config";
import { lastRefBefore, questionAnswered, refsWithin, type ArticleContext } from "./context";
import { SPEAKERS } from "./config";
import { CONTACT_HINT, cuesIn, headlineMedium, mediumIn, refineCalls, speaks, type Cue } from "./cues";
import { inOfficeOnly, periodOf, type FilledFrame } from "./filters";
import { datedFrames, frameOf, newFrame, type Frame, type SentenceFrames, type ToldContact } from "./frames";
import { AMBIGUOUS, groupOfOffice, heldByAll, protagonistPronoun, whoInput } from "./participants";
import { placesOf, preferCity, type Place } from "./place";
import type { RoleInput } from "./roles";
import { firstOf, firstRule, vetoedBy, type Rule, type Trace } from "./rules";
import { longBefore, type Reading } from "./precision";
import { noContactWord, type GateInput } from "./gates";
import { headingsOf, SectionDays, toldAsBackground } from "./sections";
import { lineStart, sentenceStopBefore, sentences, type Sentence } from "./sentences";
import { OPENING_ADVERBIAL, SUBJECT_GOES_ON, TITLE_BEFORE_NAME, ANY_PRONOUN, AN_OFFICIAL, POSSESSIVE_CONTACT_OPENING, OFFICE_WORD, LATEST_SINCE, CITED_PIECE_AFTER_DATE, CITED_PIECE_BEFORE_DATE, CORRECTED_REPORT, CONVENED_GATHERING, EARLIER_MEETING, FRAMING_YEAR, IN_ASIDE, YEAR_CONTRAST, SAME_DAY_STEP, COLLECTIVE, NARRATIVE_CONTINUATION, NARRATIVE_MONTH, PRESENT_PERFECT, JUST_TOLD_OPENING, EARLIER_CONTACT, LONG_PAST, NARRATIVE_STEP, OFFICE_AFTER_THE, OFFICIAL_OPENING, OPENING, RELATIVE_PHRASE, PRONOUN, PRONOUN_AFTER_OPENING, PRONOUN_OPENING, PROXY_AFTER_POSSESSIVE, PROXY_OF, EVENT_AFTER_POSSESSIVE, SENDER_AFTER_POSSESSIVE, SENDER_BEFORE, SENDER_FROM_NEED, SENDER_OF, OF_NEED, SIZED_GROUP, GATHERING_NOUN, LIST_HINT, MANY_CONTACTS_WORD, ANOTHER_STEP, ANOTHER_CONTACT_OF_PAIR, COUNTS_SINCE, PLUPERFECT_BEFORE, TOLD_FROM_TODAY } from "./vocabulary";

/** How much of the sentence before a date phrase its vetoes read ("on a " before "Friday"). */
const DATE_PHRASE_BEFORE = 12;

/** The readings of a "we" partner (config PARTNERS): read from outside the sentence, they name nobody for an undated contact. */
const PARTNER_READINGS = new Set(PARTNERS.map((r) => r.name));
/** The office rules whose references name a leader by a bare office: their reading shows in the contact's `who`. */
const OFFICE_READINGS = new Set(OFFICE_HOLDERS.map((r) => r.name));

export { articleContext, type ArticleContext } from "./context";
export { sentences, type Sentence } from "./sentences";
export { Trace } from "./rules";

/** How far after a contact's sentence a denial of it is looked for: the next sentence or two. */
const DENIAL_READ = 300;

/** What the sentences of one article carry over to the next. */
interface Narrative {
  /** "Readout of the President's Call with …": the headline's medium, then the medium of the contact told last. */
  leadType: ContactType | null;
  /** The year the narrative is in: "They met again in Samarkand that September" follows it. */
  year: number | null;
  /** Who took part in the contact told last: "the leaders" after a three-way call are those three. */
  recent: string[] | null;
  /** The medium and day of the contact told last: a gathering's attendee list joins it only when it is that gathering. */
  recentHeld: ToldContact | null;
  /** Who took part in each contact told so far, in order: "the three leaders last met …" reach back past a pair. */
  earlier: string[][];
  /** Which sentence (its place in reading order) told the contact told last; and which one is being read. */
  recentAt: number;
  at: number;
  /** The last sentence read that opened with "He"/"She", and whom it stood for: the next such sentence goes on about the same leader. */
  pronoun: { end: number; leader: string } | null;
  /** The page's day or live-entry headings: the day of the section a sentence is in. */
  sections: SectionDays;
  /** The dates read in the last sentence that got as far as its dates: "the next day" is told from them. */
  told: { s: Sentence; dates: DateMention[] } | null;
  /** The sentences read closely, in order (`at` indexes them), and the dates of each that got as far as its dates, as read then. */
  sentences: Sentence[];
  dated: Map<Sentence, DateMention[]>;
  /** The last date stated with its year ("in March 2011", "on 4 May 2012") in any sentence read, vetoed or not: a later "on April 27" near it goes on in that year. */
  stated: StatedDate | null;
  /** The last gathering or contact a frame was filled for (emitted or not: "X chaired the summit" has one leader), where, and with whom: a list of who else took part right after it completes it. */
  gathering: ToldGathering | null;
  /** The last sentence a gate vetoed for naming too few leaders ("X chaired the summit by video link."): a list right after it may name the rest. */
  gated: number;
}

interface ToldGathering {
  at: number;
  s: Sentence;
  frame: Frame;
  people: string[];
  place: Place | null;
}

/** A date told with its year: where it was told, its year and month. */
interface StatedDate {
  at: number;
  year: number;
  month: number;
  /** Told as a look back: an earlier contact's date ("first met in March 2023", "had last met in"), or in an aside. */
  lookBack: boolean;
}

/**
 * The mentions of contacts in one article. Undated ones come back with `date: null`. Sentence by
 * sentence, in reading order: the mentions a sentence makes (readSentence); a vetoed sentence's
 * stated year noted; a contact told just before that the sentence completes dropped
 * (dropCompleted); then each mention, the narrative's contact told last, judged as evidence
 * (emitted).
 */
export function findMentions(article: Article, index: LeaderIndex, ctx: ArticleContext, trace: Trace | null = null): { dated: Mention[]; floating: Mention[] } {
  const dated: Mention[] = [];
  const floating: Mention[] = [];
  const story = newNarrative(article, ctx);
  if (story.leadType) trace?.record("fill", "headline-medium", `the headline names a ${story.leadType} contact`);
  // Only paragraphs with a word of contact are split into sentences and read closely. A
  // paragraph that names no leader can only go on about one by a pronoun or a group word.
  // The paragraphs read, by start and end: a sentence spanning one is the very text whose hint matched.
  const hinted = new Map<number, number>();
  const worthReading = (para: string, p: Span) => {
    if (!CONTACT_HINT.test(para) || !(refsWithin(ctx.refs, p.start, p.end).length > 0 || COLLECTIVE.test(para) || ANY_PRONOUN.test(para) || OPENING.test(para) || SIZED_GROUP.test(para))) return false;
    hinted.set(p.start, p.end);
    return true;
  };
  const anchored = !ctx.ref || article.publishedSource === "inferred";
  const read = sentences(article, worthReading);
  story.sentences = read;
  const quiet = new Set<Sentence>();
  const ahead = readAhead(read, ctx, story.sections, quiet, hinted);
  const reader: Reader = { article, index, ctx, story, trace, ahead, quiet };
  for (const [at, s] of read.entries()) {
    trace?.enter(s);
    story.at = at;
    const emitted = readSentence(reader, s);
    // A sentence vetoed before its dates were read still moves the narrative on ("Until March 2011 the
    // two had never met."); only one that states a year is worth reading for it.
    if (story.told?.s !== s && STATED_YEAR.test(s.text)) noteStated(story, s, ahead.get(s)?.dates ?? findDates(s.text, s.start, ctx.ref));
    dropCompleted(story, emitted, [dated, floating]);
    for (const m of emitted) {
      toldLast(story, m.mention, s);
      story.earlier.push(m.mention.participants);
      trace?.focus(m.label);
      if (emittedAsEvidence(reader, s, m, anchored)) (m.frame.date || m.mention.date ? dated : floating).push(m.mention);
    }
  }
  return { dated, floating };
}

/** The narrative before an article's first sentence: the headline's medium, the page's day headings, nothing told yet. */
function newNarrative(article: Article, ctx: ArticleContext): Narrative {
  const sections = new SectionDays(headingsOf(HEADINGS, article, ctx.ref, PARAGRAPH_HEADINGS), ctx.ref);
  return { leadType: headlineMedium(article.title ?? ""), year: null, recent: null, recentHeld: null, earlier: [], recentAt: -Infinity, at: 0, pronoun: null, sections, told: null, stated: null, sentences: [], dated: new Map(), gathering: null, gated: -1 };
}

/** A mention the sentence being read makes is the narrative's contact told last: its medium (the story's, if none yet), its people and its day. */
function toldLast(story: Narrative, mention: Mention, s: Sentence): void {
  story.leadType ??= mention.type;
  story.recent = mention.participants;
  story.recentHeld = { type: mention.type, date: mention.date?.value ?? null, text: s.text };
  story.recentAt = story.at;
}

/**
 * A list of who else took part completes the contact told just before it: that one, told with
 * fewer of its people, is not a contact of its own, and is taken out of `lists`. The sentence that
 * completes it gives no day of its own: the contact's is the day it was told.
 */
function dropCompleted(story: Narrative, emitted: Emitted[], lists: Mention[][]): void {
  const completed = emitted.find((m) => m.read.who.some((rule) => COMPLETES_TOLD.has(rule)))?.mention;
  const toldFrom = story.sentences[story.at - 1]?.start;
  if (!completed || toldFrom === undefined) return;
  const within = (x: Mention) => x !== completed && x.start >= toldFrom && x.type === completed.type && x.participants.every((p) => completed.participants.includes(p));
  for (const list of lists)
    for (let i = list.length - 1; i >= 0; i--) {
      if (!within(list[i])) continue;
      const [told] = list.splice(i, 1);
      if (!completed.date && told.date) Object.assign(completed, { date: told.date, dateText: told.dateText, resolvedAgainst: told.resolvedAgainst, weekday: told.weekday, monthDay: told.monthDay });
    }
}

/** Whether a mention is kept as evidence: the evidence filters, then the precision gate (the trace says which vetoed it, or that it was emitted). */
function emittedAsEvidence({ article, index, ctx, story, trace }: Reader, s: Sentence, m: Emitted, anchored: boolean): boolean {
  const filled: FilledFrame = { index, s, frame: m.frame, people: m.mention.participants, place: null, ref: ctx.ref, namedInSentence: m.named, next: article.text.slice(s.end, s.end + DENIAL_READ), who: m.read.who, inHeadline: ctx.inHeadline, mainPair: ctx.pairClear ? ctx.mainPair : undefined, ahead: story.sections.aheadAt(s.start) };
  if (vetoedBy(EVIDENCE_FILTERS, filled, trace)) return false;
  if (vetoedBy(PRECISION_GATE, { read: m.read, anchored, date: m.mention.date?.value ?? null, ref: ctx.ref, people: m.mention.participants.length }, trace)) return false;
  trace?.record("emit", m.frame.date ? "dated" : "undated", `${describe(index, m.mention)} [who ${m.read.who.join(">")}; medium ${m.read.medium}; date ${m.read.date}]`);
  return true;
}

/** The rules that read a sentence's leaders as more of the people of the contact told right before it: that contact, told with fewer, gives way. */
const COMPLETES_TOLD = new Set(["members-of-told", "also-in-told"]);

/** A sentence's cues and dates, found before the rules run. */
interface ReadAhead {
  cues: Cue[];
  dates: DateMention[];
}

/**
 * The cues and dates of the sentences that will most likely need them (a word of contact and two
 * leaders named, or a group word), found in one pass before any rule runs. chrono read sentence
 * by sentence between the rules' work takes about twice as long (measured on the dense 1 MB case:
 * 0.85 s instead of 0.45 s; its large patterns and the rules' work seem to crowd each other out
 * of the processor's caches), and so, less, does the one pattern of all cue words. A sentence not
 * read ahead has them found when its turn comes, as before; they are only ever used where the
 * sentence would have found them, so which sentences are read ahead changes the time, never the result.
 * The sentences with no contact or talking word at all go into `quiet`.
 */
function readAhead(read: Sentence[], ctx: ArticleContext, sections: SectionDays, quiet: Set<Sentence>, hinted: ReadonlyMap<number, number>): Map<Sentence, ReadAhead> {
  const ahead = new Map<Sentence, ReadAhead>();
  for (const s of read) {
    const named = refsWithin(ctx.refs, s.start, s.end);
    const twoNamed = named.some((r) => r.leaderId !== named[0].leaderId);
    // A sentence naming two leaders is read ahead if it has a contact or talking word at all: its
    // cues are found first, and one of those kinds among them answers the hint without a second
    // pass (CONTACT_HINT is the alternation of those very vocabularies, so it matches wherever one
    // of them did). Only a sentence with none among them is asked the hint itself, unless it is its
    // whole paragraph (its text is the paragraph's, whose hint matched: `hinted`).
    const cues = twoNamed ? cuesIn(s.text) : null;
    if (!cues?.some(speaks) && hinted.get(s.start) !== s.end && !CONTACT_HINT.test(s.text)) {
      quiet.add(s);
      continue;
    }
    const likely = twoNamed || COLLECTIVE.test(s.text) || OPENING.test(s.text);
    if (likely) ahead.set(s, { cues: cues ?? cuesIn(s.text), dates: sections.datesIn(s.text, s.start, ctx.ref) });
  }
  return ahead;
}

/** Whether the gates after the cues veto a sentence with no contact or talking word (CONTACT_HINT finds every such word cuesIn can). */
const QUIET_VETOED = GATES.afterCues.includes(noContactWord);

/** Whether the sentence names a place; asked only by the rules that need it (made here: a closure held by a named variable costs more per sentence under tsx). */
function placeTest(index: LeaderIndex, s: Sentence): () => boolean {
  return () => placesOf(index, s).length > 0;
}

function describe(index: LeaderIndex, m: Mention): string {
  const who = m.participants.map((id) => index.leader(id)?.name ?? id).join(" + ");
  const extras = [m.place && `in ${m.place}`, m.host && `host ${m.host}`, m.initiator && `caller ${m.initiator}`].filter(Boolean).join(", ");
  return `${m.type} ${who} ${m.date ? `on ${m.date.value}` : "(undated)"}${extras ? `, ${extras}` : ""}`;
}

/** A mention one sentence makes, with its frame, the frame's label in the trace, and how many leaders the sentence names itself. */
interface Emitted {
  mention: Mention;
  frame: Frame;
  label: string;
  named: number;
  read: Reading;
}

/**
 * What reading one article's sentences shares, made once per article: the article, its leaders
 * and context, the narrative so far, the trace, and what was read ahead (the cues and dates of the
 * likely sentences, and the sentences with no contact or talking word at all).
 */
interface Reader {
  article: Article;
  index: LeaderIndex;
  ctx: ArticleContext;
  story: Narrative;
  trace: Trace | null;
  ahead: Map<Sentence, ReadAhead>;
  quiet: Set<Sentence>;
}

/** The leaders a sentence names who may take part in its contacts, and those it names only to leave out. */
interface Parties {
  refs: LeaderRef[];
  /** Named only as another's proxy or a message's sender: no rule may bring them back in. */
  excluded: Set<string>;
}

/**
 * "The presidents of Lula's and Modi's countries held two calls this year, the last on April 16":
 * the article reads an office at its publication day; an office nobody in the catalogue held then
 * (its holder died or left, an acting holder) is its holder on the day the sentence tells, when
 * every day or month the sentence dates names the same one. Only a sentence naming fewer than two
 * leaders, with an office word (OFFICE_WORD) and a date, is read again (its contact words are read
 * then, by the frames it makes): an office someone held
 * on the publication day keeps that holder.
 */
function officesThen({ index, ctx, ahead, quiet, story, trace }: Reader, s: Sentence, { refs, excluded }: Parties): void {
  if (!ctx.ref || quiet.has(s) || new Set(refs.map((r) => r.leaderId)).size >= 2 || !OFFICE_WORD.test(s.text)) return;
  let early = ahead.get(s);
  if (!early) {
    early = { cues: cuesIn(s.text), dates: story.sections.datesIn(s.text, s.start, ctx.ref) };
    ahead.set(s, early);
  }
  const days = new Set(early.dates.filter((d) => d.date && d.date.precision !== "year" && !d.since && d.date.value < ctx.ref!).map((d) => d.date!.value));
  if (!days.size) return;
  // Only spans that name nobody on the publication day, read alone or in the article's context (a
  // leader left out as a message's sender or another's envoy stays out).
  const known = [...index.find(s.text, s.start, ctx.ref), ...refsWithin(ctx.refs, s.start, s.end)];
  let then: LeaderRef[] | null = null;
  for (const day of days) {
    const found = index.find(s.text, s.start, day.length === 7 ? `${day}-15` : day).filter((r) => !excluded.has(r.leaderId) && !known.some((o) => o.start < r.end && r.start < o.end));
    if (then && (then.length !== found.length || then.some((r, i) => r.leaderId !== found[i].leaderId))) return;
    then = found;
  }
  for (const r of then ?? []) {
    refs.push({ ...r, via: "office-then" });
    trace?.record("fill", "office-then", `"${r.text}" was ${r.leaderId} on the day the sentence tells; nobody the catalogue knows held it on the publication day`);
  }
  refs.sort((a, b) => a.start - b.start);
}

/**
 * The mentions one sentence makes, step by step. Each step may end the reading (a gate vetoes the
 * sentence, or nothing is left to read); the cheap questions come before the costly ones:
 *   1. who the sentence names as a party (partiesOf, then officesThen);
 *   2. the gates before the cues (a question's turn, nobody named);
 *   3. a list of who else took part in the contact told just before (listOfTold);
 *   4. the cues, refined, and the gate after them (no word of contact);
 *   5. whom a pronoun stands for (openingOf, pronounSubject, addPronounLeader), then the gate before dates (one side);
 *   6. the dates, read in the narrative (datesOf);
 *   7. the contacts with a date of their own (filledDated), else one with none (undatedContact).
 */
function readSentence(r: Reader, s: Sentence): Emitted[] {
  const { article, ctx, story, trace } = r;
  const parties = partiesOf(article.text, ctx, s);
  officesThen(r, s, parties);
  const { refs } = parties;
  // "He", "his visit": the leader named last before this sentence.
  const previousLeader = lastRefBefore(ctx.refs, s.start)?.leaderId ?? null;
  const hasPlace = placeTest(r.index, s);
  if (vetoedBy(GATES.beforeCues, { s, refs, previousLeader, cues: [], hasPlace, asked: inQuestionsTurn(ctx, s) }, trace)) {
    story.gated = story.at;
    return [];
  }
  const listed = listOfTold(r, s, refs);
  if (listed) return listed;
  // No contact or talking word: the gate after the cues vetoes it whatever they are (the call
  // refiners only make a talking word a contact word). Unless a trace is to say so, they are not looked for.
  if (!trace && r.quiet.has(s) && QUIET_VETOED) return [];
  const early = r.ahead.get(s);
  const cues = early?.cues ?? cuesIn(s.text);
  const cued: GateInput = { s, refs, previousLeader, cues, hasPlace };
  // With no contact told yet to inherit a medium from, "spoke" between two leaders is a call.
  refineCalls(CALL_REFINERS, cued, story.leadType === null, trace);
  if (vetoedBy(GATES.afterCues, cued, trace)) return [];
  const opening = openingOf(s, refs, story.sentences[story.at - 1]?.text ?? "");
  addPronounLeader(r, s, refs, opening, pronounSubject(r, s, opening), previousLeader);
  // A pronoun after an opening phrase tells a step of a narrative, not the article's news: it does not
  // name a leader for an undated contact.
  // Nor does the other party of a speaker's "we", read from the sentences before (PARTNERS).
  const named = new Set(refs.filter((r) => (r.text || !opening.pronounAfterOpening) && !PARTNER_READINGS.has(r.via ?? "")).map((r) => r.leaderId)).size;
  if (vetoedBy(GATES.beforeDates, { s, refs, previousLeader, cues, hasPlace }, trace)) {
    story.gated = story.at;
    return [];
  }
  const dates = datesOf(r, s, early);
  const firstLeaderAt = refs.find((r) => r.text)?.start ?? s.end;
  const sentence: SentenceFrames = {
    rules: FRAME_RULES,
    text: s.text,
    offset: s.start,
    cues,
    dates,
    leadType: askedMedium(article.text, ctx, s) ?? story.leadType,
    firstLeaderAt: firstLeaderAt - s.start,
    trace,
    told: recentNear(story) ? story.recentHeld : null,
  };
  const { frames, reportDate } = datedFrames(sentence);
  if (frames.length) return filledDated(r, s, parties, frames, named);
  // "The next day they spoke" with no date to tell it from: the contact has a date, only not one
  // that can be read; reading it as undated would let it take the article's day.
  const refused = dates.find((d) => d.refused);
  if (refused) {
    trace?.record("veto", "refused-date", refused.refused!);
    return [];
  }
  return undatedContact(r, s, parties, sentence, reportDate, named);
}

/**
 * Step 1: the leaders a sentence names, less those it names only for whom someone else acts or who
 * sent a message. "Trump's envoy met Xi", "the envoy of Trump met Xi": a leader named only for whom
 * someone else acts takes no part. "conveyed Xi's greetings to Kim": nor does the sender of a
 * message; "delivered a written message to her from King X", "conveyed the greetings of King X":
 * nor does one named as a message's sender.
 */
function partiesOf(text: string, ctx: ArticleContext, s: Sentence): Parties {
  const excluded = new Set<string>();
  const refs = refsWithin(ctx.refs, s.start, s.end).filter((r) => {
    const after = text.slice(r.end, r.end + 40);
    const before = text.slice(Math.max(s.start, r.start - 110), r.start);
    const of = OF_NEED.test(before);
    if (!PROXY_AFTER_POSSESSIVE.test(after) && !EVENT_AFTER_POSSESSIVE.test(after) && !SENDER_AFTER_POSSESSIVE.test(after) && !(SENDER_FROM_NEED.test(before) && SENDER_BEFORE.test(before)) && !(of && SENDER_OF.test(before)) && !(of && PROXY_OF.test(before))) return true;
    excluded.add(r.leaderId);
    return false;
  });
  return { refs, excluded };
}

/** Step 2: whether the sentence is within a question's turn. The turns are in order and apart: only the last one opening before the sentence may hold it. */
function inQuestionsTurn(ctx: ArticleContext, s: Sentence): boolean {
  const turn = ctx.asked[lastAtOrBefore(ctx.asked, s.start, (q) => q.start)];
  return turn !== undefined && s.start < turn.end;
}

/** How a sentence opens, as the pronoun steps read it. */
interface Opening {
  /** It opens on an official's words ("The President's office said …"): no pronoun of it stands for a leader. */
  official: boolean;
  /** It opens with "He"/"She", or with a phrase naming nobody and then a pronoun. */
  opensWithPronoun: boolean;
  /** The pronoun comes after an opening phrase ("In April he …"). */
  pronounAfterOpening: boolean;
  /** The opening pronoun is "she" or "her". */
  she: boolean;
}

/**
 * Step 5a: "He also held talks with Lula": a sentence opening with a pronoun goes on about the
 * leader named last; so does one naming nobody but saying "he" or "his". An opening phrase before
 * the pronoun may not name anyone ("In Paris with Lula he …" is not about the leader before).
 */
function openingOf(s: Sentence, refs: LeaderRef[], sentenceBefore: string): Opening {
  const official = OFFICIAL_OPENING.test(s.text);
  const afterOpening = PRONOUN_AFTER_OPENING.exec(s.text);
  const pronounAfterOpening = !official && !PRONOUN_OPENING.test(s.text) && afterOpening !== null && !refs.some((r) => r.start - s.start < afterOpening[0].length);
  // "The foreign minister arrived later. His meeting with X …": a possessive opening after a sentence
  // naming an official may be the official's; it goes on about no leader.
  const officialsContact = POSSESSIVE_CONTACT_OPENING.test(s.text) && AN_OFFICIAL.test(sentenceBefore);
  const opensWithPronoun = !official && !officialsContact && (PRONOUN_OPENING.test(s.text) || pronounAfterOpening);
  // "The following day she flew to Toronto": "she" is never a leader the catalogue calls "he".
  const she = opensWithPronoun && /^(?:She|Her)\b|\bshe\s$/.test(pronounAfterOpening ? afterOpening![0] : s.text.slice(0, 4));
  return { official, opensWithPronoun, pronounAfterOpening, she };
}

/** Whom a sentence's opening pronoun stands for (none when it opens with none, or when it is ambiguous). */
interface OpeningPronoun {
  subject: string | null;
  /** Two leaders could be meant: no guess, not even the article's protagonist. */
  ambiguous: boolean;
}

/**
 * Step 5b: whom an opening pronoun stands for, and whether two leaders could be meant (then no
 * guess); the narrative's pronoun run moves on to it. "He flew to Minsk … He was in Beijing …": a
 * run of such sentences stays with one leader.
 */
function pronounSubject({ article, index, ctx, story }: Reader, s: Sentence, { opensWithPronoun, pronounAfterOpening, she }: Opening): OpeningPronoun {
  const chained = opensWithPronoun && story.pronoun && s.start - story.pronoun.end <= 3 ? story.pronoun.leader : null;
  // "His first trip … where he and X met. In April he …": when the sentence before is itself about a
  // pronoun's leader, its first name is no subject to go on with.
  // "Monday / … a call with Albanese. / Tuesday / He spoke to Scholz": a pronoun opening a section
  // under a heading goes on about nobody named only in the section before.
  const lastNamed = lastRefBefore(ctx.refs, s.start);
  const acrossHeading = lastNamed !== undefined && lastNamed !== null && story.sections.headingBetween(lastNamed.end, s.start);
  const guessedBefore = opensWithPronoun ? (chained ?? ((pronounAfterOpening && pronounLeads(article.text, ctx.refs, s.start)) || acrossHeading ? null : previousSubject(article.text, ctx.refs, s.start))) : null;
  // "Last week he was in Canberra with Y. Y said no. On Friday he was in Nairobi": a pronoun run of this
  // paragraph went on about one leader and the sentence before names another: two candidates, no guess.
  const ambiguous = !chained && guessedBefore !== null && rivalInParagraph(article.text, story.pronoun, guessedBefore, s.start);
  const guessed = ambiguous ? null : guessedBefore;
  // "she" stands for the leader called "she" named last, if any.
  const subject = opensWithPronoun ? agreeing(index, ctx.refs, s.start, guessed, she) : null;
  story.pronoun = opensWithPronoun && subject ? { end: s.end, leader: subject } : null;
  return { subject, ambiguous };
}

/**
 * Step 5c: the leader a pronoun stands for joins the sentence's references, at its start and with
 * no text of its own: the opening pronoun's subject, else "he" or "his" in a sentence naming nobody
 * (the leader named last) or only a speaker (the other one), else the article's protagonist when the
 * sentence names one leader and a pronoun of theirs.
 */
function addPronounLeader({ article, index, ctx, story, trace }: Reader, s: Sentence, refs: LeaderRef[], { official }: Opening, { subject, ambiguous }: OpeningPronoun, previousLeader: string | null): void {
  const pronounLeader = subject && !refs.some((r) => r.leaderId === subject) ? subject : !official && PRONOUN.test(s.text) ? (!refs.length ? previousLeader : otherThanSpeaker(ctx.refs, refs, s.start)) : null;
  if (pronounLeader) {
    refs.unshift({ leaderId: pronounLeader, start: s.start, end: s.start, text: "" });
    trace?.record("fill", "pronoun-antecedent", `the pronoun stands for ${pronounLeader}`);
  } else if (!official && !ambiguous && refs.length && refs.every((r) => r.leaderId === refs[0].leaderId) && ANY_PRONOUN.test(s.text)) {
    const last = lastRefBefore(ctx.refs, s.start);
    const boundary = last ? Math.max(sentenceStopBefore(article.text, last.start) + 1, lineStart(article.text, last.start)) : s.start;
    const earlier = refsWithin(ctx.refs, 0, s.start);
    const found = protagonistPronoun.apply({ s, refs, earlier: earlier.slice(-300), previous: refsWithin(ctx.refs, boundary, s.start), previousLed: pronounLeads(article.text, ctx.refs, s.start) });
    const protagonist = found && /\bshe\b/i.test(s.text.slice(0, refs[0].start - s.start)) === (pronounOf(index, found) === "she") ? found : null;
    if (protagonist) {
      refs.unshift({ leaderId: protagonist, start: s.start, end: s.start, text: "", via: protagonistPronoun.name });
      // "His first trip, in March, was to Lima, where he met X. Only in April did he …": the pronoun run
      // goes on about the leader this sentence's pronoun was read as, as after a sentence opening with it.
      story.pronoun = { end: s.end, leader: protagonist };
      trace?.record("fill", protagonistPronoun.name, `the pronoun stands for ${protagonist}, whom the article is about`);
    }
  }
}

/**
 * Step 6: the sentence's dates as the narrative reads them: a date phrase the vetoes leave (DATE_PHRASES),
 * its year when it tells none, the narrative's year and stated date moved on, and a phrase told
 * from the story's date ("the next day") anchored. An entry under a day heading tells "today" and
 * "on Tuesday" from that day, not the page's. The narrative keeps them for the sentences after.
 */
function datesOf({ article, ctx, story, ahead, trace }: Reader, s: Sentence, early: ReadAhead | undefined): DateMention[] {
  const phrases = early?.dates ?? story.sections.datesIn(s.text, s.start, ctx.ref);
  const sentenceRefs = refsWithin(ctx.refs, s.start, s.end);
  const read = phrases.length && sentenceRefs.length ? phrases.filter((d) => !vetoedBy(DATE_PHRASES, { d, refs: sentenceRefs, before: article.text.slice(Math.max(s.start, d.start - DATE_PHRASE_BEFORE), d.start) }, trace)) : phrases;
  yearless(article.text, s, read, story.sections.yearAt(s.start), ctx.ref ? null : { stated: story.stated }, trace);
  story.year = followNarrative(s, read, story.year);
  carryStoryYear(article.text, s, read, story.stated, ctx.ref, trace);
  noteStated(story, s, read);
  const dates = anchorToStory(s.text, s.start, read, () => previousDates(article, s, story, ahead, ctx.ref), lineStart(article.text, s.start));
  story.told = { s, dates };
  story.dated.set(s, dates);
  return dates;
}

/** Step 7a: each dated frame filled; every mention it makes is the narrative's contact told last. */
function filledDated(r: Reader, s: Sentence, parties: Parties, frames: Frame[], named: number): Emitted[] {
  const { story, trace } = r;
  const out: Emitted[] = [];
  const namedBefore = namedJustBefore(r.article.text, r.ctx.refs, s.start);
  for (const [i, f] of frames.entries()) {
    trace?.focus(`#${i + 1}`);
    for (const { mention, read } of fill(r, s, parties, f, namedBefore)) {
      out.push({ mention, frame: f, label: `#${i + 1}`, named, read });
      toldLast(story, mention, s);
    }
  }
  return out;
}

/**
 * Step 7b: a contact with no date of its own, or dated only by when it was reported ("held talks …,
 * the presidency announced on Thursday"), dated by the first of UNDATED_DATINGS that can. "Before
 * the summit, Modi held a meeting with Xi": the contact word after a leader, not the frame before one.
 */
function undatedContact(r: Reader, s: Sentence, parties: Parties, sentence: SentenceFrames, reportDate: DateMention | null, named: number): Emitted[] {
  const { article, ctx, story, trace } = r;
  const { refs } = parties;
  const { cues } = sentence;
  const local = refs.map((r) => ({ start: r.start - s.start, end: r.end - s.start }));
  const usable = cues.filter((c) => c.kind === "contact" || (c.kind === "weak" && (mediumIn(s.text, c.start - 40, c.end + 40) || firstOf(UNDATED_TALK, { s, cue: c, local, leadType: story.leadType }, trace, "cue", (t) => `"${s.text.slice(c.start, c.end)}" is one more ${t} contact of the story`))));
  const cue = usable.find((c) => refs.some((r) => r.end - s.start <= c.start)) ?? usable[0];
  if (!cue) {
    trace?.record("veto", "no-usable-cue", "no contact word, and no talking word with a medium near it");
    return [];
  }
  const undated: UndatedInput = { article, s, cueEnd: cue.end, story, ahead: r.ahead, ref: ctx.ref, reportDate, refs: ctx.refs };
  const dating = firstRule(UNDATED_DATINGS, undated, null, "propose");
  const date = dating?.value ?? null;
  const dateRule = dating?.rule ?? "undated";
  const how = date ? ` ${UNDATED_DATINGS.find((r) => r.name === dateRule)!.how}, "${date.text}"${dateRule === "narrative-carry" ? `, to the ${date.date!.precision}` : ""}` : " with no date of its own";
  trace?.record("propose", dateRule === "report-date" ? "report-dated" : dateRule, `"${s.text.slice(cue.start, cue.end)}"${how} → frame #1`);
  trace?.focus("#1");
  const found = frameOf(sentence, cue, 0, s.text.length, date, sentence.leadType);
  if (!found) return [];
  const frame = newFrame(found.date, found.type, found.at, found.cue, { medium: found.read?.medium ?? "cue-word", date: dateRule }, found.stretch);
  return fill(r, s, parties, frame, namedJustBefore(article.text, ctx.refs, s.start)).map(({ mention, read }) => ({ mention, frame, label: "#1", named, read }));
}

/** The days before the article that are its news week: a step dated in them is the news, pegged by the rules for undated contacts. */
const NEWS_WEEK_DAYS = 7;

/** What the rules dating a contact with no date of its own read. */
interface UndatedInput {
  article: Article;
  s: Sentence;
  /** Where the contact's word ends in the sentence. */
  cueEnd: number;
  story: Narrative;
  ahead: Map<Sentence, ReadAhead>;
  ref: string | null;
  /** The day the sentence says the contact was reported ("…, the presidency announced on Thursday"). */
  reportDate: DateMention | null;
  /** Every reference to a leader in the article, in text order. */
  refs: LeaderRef[];
}

/** A rule dating a contact with no date of its own, and how --explain says it dated one. */
interface UndatedRule extends Rule<UndatedInput, DateMention> {
  how: string;
}

/** "held talks …, the presidency announced on Thursday": the day it was reported (the precision gate weighs it). */
const reportDated: UndatedRule = { name: "report-date", how: "dated by its report", apply: ({ reportDate }) => reportDate };

/**
 * "14:45 — Modi and Lula have finished their talks": in a section headed by a day or a live
 * entry's hour, the section's day, unless the sentence tells it as background.
 */
const sectionDay: UndatedRule = {
  name: "section-day",
  how: "dated by its section's heading",
  apply: ({ s, story }) => {
    const section = story.sections.at(s.start);
    return section && !toldAsBackground(s.text) ? section : null;
  },
};

/**
 * "9 September — Attended the summit in Goa. Held a bilateral meeting with Modi.": an entry of a
 * chronology or a table's row opens on its date, and the date heads the whole entry, as a day's
 * heading heads its section, but only to the end of its own line: a later sentence of the entry with
 * no date of its own is of that day. The entry's first sentence must open on the date (after a
 * bullet, a number or a cell's bar) and a mark must follow it; the date is the one read for that
 * sentence, its year already given by a heading over it. Not for a sentence told as background or
 * in the pluperfect or the present perfect, nor one telling an earlier contact ("They had first met
 * in 2014"), nor contacts told in the plural ("the leaders appear together only at video summits"),
 * which are many occasions, not the entry's one, nor a step told as after another ("He later
 * spoke by video with …"). Only a day: an entry of a month ("May 2017 — …") may hold several days.
 */
const entryDate: UndatedRule = {
  name: "entry-date",
  how: "dated by its entry's date",
  apply({ article, s, cueEnd, story, ahead, ref }) {
    const from = lineStart(article.text, s.start);
    if (from >= s.start) return null;
    const upToCue = s.text.slice(0, cueEnd);
    if (toldAsBackground(upToCue) || PRESENT_PERFECT.test(upToCue) || MANY_CONTACTS_WORD.test(upToCue) || ANOTHER_STEP.test(s.text) || EARLIER_CONTACT.test(s.text) || LONG_PAST.test(s.text)) return null;
    const first = entryFirstSentence(article.text, story, from);
    if (!first) return null;
    const dates = story.dated.get(first) ?? ahead.get(first)?.dates ?? story.sections.datesIn(first.text, first.start, ref);
    // The entry's date opens it, or is a whole cell of its row ("17 | Lima | 9 May | Official visit.").
    const d = dates.find((x) => x.start - first.start <= ENTRY_DATE_AT) ?? dates.find((x) => rowCell(article.text, x));
    if (d?.date?.precision !== "day") return null;
    const opens = d.start - first.start <= ENTRY_DATE_AT && ENTRY_BEFORE_DATE.test(article.text.slice(first.start, d.start)) && ENTRY_AFTER_DATE.test(article.text.slice(d.end, d.end + 4));
    if (!opens && !rowCell(article.text, d)) return null;
    // Nor a date that is another cell's than the one telling the contact, after it.
    if (d.start > s.start) return null;
    return { ...d, storyShift: undefined };
  },
};
/** The entry's first sentence: the one read closely that starts its line (`from`), a few sentences back at most. */
function entryFirstSentence(text: string, story: Narrative, from: number): Sentence | null {
  let first: Sentence | null = null;
  for (let k = 1; k <= ENTRY_REACH && story.at - k >= 0; k++) {
    const prev = story.sentences[story.at - k];
    if (prev.start < from) break;
    // Only a row's markup can stand before the entry's first sentence on its line: a short gap, so
    // a long line of prose is never sliced and searched again for each of its sentences.
    if (prev.start === from || (prev.start - from <= ROW_MARKUP_READ && !text.slice(from, prev.start).replace(ROW_MARKUP, "").trim())) first = prev;
  }
  return first;
}
/** How many sentences back an entry's first sentence is looked for. */
const ENTRY_REACH = 6;
/** How far into its first sentence an entry's date may start: a bullet, a number, a cell's bar. */
const ENTRY_DATE_AT = 8;
const ENTRY_BEFORE_DATE = /^(?:[•*·▪►–—|-]\s*|\(?\d{1,3}[.)]\s+)?$/u;
/** After the entry's date: a dash, colon or bar, or a tab. */
const ENTRY_AFTER_DATE = /^(?:\s*[—–:|]|\s+-\s|\t)/;
/** A table row's markup before its first cell ("<tr><td>"). */
const ROW_MARKUP = /<\/?(?:tr|td|th)\b[^>]*>/g;
const ROW_MARKUP_READ = 200;
/** A date that is a whole cell of a table row: a bar, a tab or a cell's tag on either side. */
function rowCell(text: string, d: { start: number; end: number }): boolean {
  return CELL_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start)) && CELL_AFTER.test(text.slice(d.end, d.end + 8));
}
const CELL_BEFORE = /(?:\s\|\s*|\t\s*|<t[dh][^>]*>\s*)$/;
const CELL_AFTER = /^(?:\s*\|\s|\s*\t|\s*<\/t[dh]>)/;

/**
 * "We said A and B spoke by telephone on Monday, 14 April. Officials have since told us the two
 * leaders held a video call.", "A brief (…) said A and B held a video call on 16 April. They spoke
 * by telephone.": a corrections item tells what a piece said (CORRECTED_REPORT, a contact taken
 * back) and then, in the same item, the corrected contact; what the correction does not restate
 * stands as the piece told it, so one with no date of its own takes the claim's day. The claim
 * must be one of the two sentences just before, on the same line, and tell exactly one date
 * besides the cited piece's day (two would leave the corrected one unknown).
 */
const CORRECTED_CLAIM_REACH = 2;
const correctedClaim: UndatedRule = {
  name: "corrected-claim",
  how: "dated by the claim it corrects",
  apply({ article, s, story, ahead, ref }) {
    const from = lineStart(article.text, s.start);
    for (let k = 1; k <= CORRECTED_CLAIM_REACH; k++) {
      const prev = story.sentences[story.at - k];
      if (!prev || prev.start < from) return null;
      const claim = CORRECTED_REPORT.exec(prev.text);
      if (!claim) continue;
      const dates = (story.dated.get(prev) ?? ahead.get(prev)?.dates ?? story.sections.datesIn(prev.text, prev.start, ref)).filter(
        (d) => d.date && d.start - prev.start > claim.index && !(CITED_PIECE_AFTER_DATE.test(article.text.slice(d.end, d.end + 3)) && CITED_PIECE_BEFORE_DATE.test(article.text.slice(Math.max(prev.start, d.start - 140), d.start))),
      );
      return dates.length === 1 ? { ...dates[0], storyShift: undefined } : null;
    }
    return null;
  },
};

/** Whether the sentence right before `s`, on its line, tells what a corrected piece said. */
function correctsClaim(article: Article, story: Narrative, s: Sentence): boolean {
  const prev = story.sentences[story.at - 1];
  return !!prev && prev.start >= lineStart(article.text, s.start) && CORRECTED_REPORT.test(prev.text);
}

/**
 * "In early March she went east. In New Delhi she held talks with Modi": a sentence with no date of
 * its own that goes on with the narrative's last step ("There", "From there", "In New Delhi she")
 * in the same paragraph takes that step's date, to the month at most (the day may have moved on).
 * Not for a day of the news week (the news has its own rules), never for one told in the
 * pluperfect or the present perfect, which leave the narrative's time. `cueEnd` is where the
 * contact's word ends in the sentence.
 */
const narrativeCarry: UndatedRule = {
  name: "narrative-carry",
  how: "dated by the narrative's last step",
  apply(input) {
    const { article, s, ref } = input;
    if (!NARRATIVE_CONTINUATION.test(s.text)) return null;
    const anchor = anchorOfStep(input);
    if (!anchor?.date || anchor.start < lineStart(article.text, s.start)) return null;
    // A day of the news week is the news's own: its undated steps are pegged to it by other rules.
    if (ref && anchor.date.precision === "day" && (Date.parse(ref) - Date.parse(anchor.date.value)) / 86_400_000 < NEWS_WEEK_DAYS) return null;
    const date = anchor.date.precision === "day" ? { value: anchor.date.value.slice(0, 7), precision: "month" as const } : anchor.date;
    return { ...anchor, date, storyShift: undefined };
  },
};

/**
 * "Modi landed in Brasília on Monday afternoon, … In the evening, his host greeted him with a hug",
 * "The welcome took place on Thursday morning. The two leaders then held talks": a contact told as
 * a later part of the day just told takes that day, when the sentences before it in reach tell
 * exactly one date and it is a day. Not for a contact told in the pluperfect or the present perfect.
 */
const sameDayStep: UndatedRule = {
  name: "same-day-step",
  how: "dated by the day just told",
  apply(input) {
    if (!SAME_DAY_STEP.test(input.s.text.slice(0, input.cueEnd))) return null;
    const anchor = anchorOfStep(input);
    return anchor?.date?.precision === "day" ? { ...anchor, storyShift: undefined } : null;
  },
};

/**
 * "Obama and Lula met on Monday on the sidelines of the assembly. The meeting, requested by …, was
 * the first …", "… where the premier was received by Tinubu on Sunday. The two leaders held a
 * tete-a-tete": a sentence that opens on the contact just told, or on its people, right after a
 * sentence naming two leaders or more and telling one day, is that contact told on: it takes that
 * day. The contact's word must be the opening's noun or stand in its clause, a few words on. Never
 * for a contact told as earlier ("had last met", "years ago"), nor in the pluperfect or the present perfect,
 * nor for another contact of the pair ("also met in Bali", "spoke weeks ahead of the trip").
 */
/** How many words, the contact's own included, may stand between a just-told opening and the contact's word. */
const JUST_TOLD_REACH = 6;
const justToldAgain: UndatedRule = {
  name: "just-told-again",
  how: "dated by the contact just told",
  apply(input) {
    const { s, story, refs } = input;
    const opening = JUST_TOLD_OPENING.exec(s.text);
    if (!opening || EARLIER_CONTACT.test(s.text) || LONG_PAST.test(s.text) || ANOTHER_CONTACT_OF_PAIR.test(s.text)) return null;
    // The contact's word is the opening's own noun or the predicate of its people, in the same clause
    // ("The two leaders held talks"), not a noun further on ("… discussed trade and the coming summit").
    const between = s.text.slice(opening[0].length, input.cueEnd);
    if (/[,;:]|\b(?:and|but|or)\b/.test(between) || between.trim().split(/\s+/).length > JUST_TOLD_REACH) return null;
    const prev = story.sentences[story.at - 1];
    if (!prev || input.article.text.slice(prev.end, s.start).trim()) return null;
    const anchor = anchorOfStep(input);
    if (anchor?.date?.precision !== "day" || anchor.start < prev.start) return null;
    return new Set(refsWithin(refs, prev.start, prev.end).map((r) => r.leaderId)).size >= 2 ? { ...anchor, storyShift: undefined } : null;
  },
};

/**
 * The one date the sentences just before a step of the story tell, for the two rules above; none
 * when the contact's own words leave the narrative's time: told as background, or in the
 * pluperfect or the present perfect ("where he had been received"; "a relationship that had been
 * frozen" after the contact's word does not count).
 */
function anchorOfStep({ article, s, cueEnd, story, ahead, ref }: UndatedInput): DateMention | null {
  const upToCue = s.text.slice(0, cueEnd);
  if (toldAsBackground(upToCue) || PRESENT_PERFECT.test(upToCue)) return null;
  return storyAnchor(previousDates(article, s, story, ahead, ref));
}

/**
 * How a contact with no date of its own is dated, first that applies: by its report, by its
 * section's heading, by the claim a correction just quoted, by its entry's date, by the day just told when it is a later part of it, by the day of the contact
 * just told when it opens on that contact again, by the narrative's last step; none leaves it undated.
 */
const UNDATED_DATINGS: readonly UndatedRule[] = [reportDated, sectionDay, correctedClaim, entryDate, sameDayStep, justToldAgain, narrativeCarry];

/** How many sentences back, within one paragraph, a phrase told from the story's date may find it. */
const STORY_REACH = 2;

/**
 * The dates of the sentence just before `s` (nothing between them but space), as read when its turn
 * came, else read now. When it tells no date at all, the one before it in the same paragraph: "On 4
 * November he was received by Xi. He was criticised at home for it. Ten days later the two met again".
 */
function previousDates(article: Article, s: Sentence, story: Narrative, ahead: Map<Sentence, ReadAhead>, ref: string | null): readonly DateMention[] {
  let next = s;
  for (let k = 1; k <= STORY_REACH; k++) {
    const prev = story.sentences[story.at - k];
    const gap = prev ? article.text.slice(prev.end, next.start) : "x";
    if (gap.trim() || (k > 1 && gap.includes("\n"))) return [];
    const dates = story.told?.s === prev ? story.told.dates : (story.dated.get(prev) ?? ahead.get(prev)?.dates ?? story.sections.datesIn(prev.text, prev.start, ref));
    if (dates.length) return dates;
    next = prev;
  }
  return [];
}

/**
 * "They met again in Samarkand that September": a month told as "that"/"the same" belongs to the
 * year of the narrative's last absolute date, not to the publication's. Returns the narrative's
 * year after this sentence.
 */
function followNarrative(s: Sentence, dates: DateMention[], year: number | null): number | null {
  // "In June 2023 they went to Jakarta, where they met him on 16 June": a day or month of no stated
  // year after a dated one in the same sentence is in that date's year (sentenceCarry). Then the
  // narrative's year moves on to a date told with its year, and a month told as "that"/"the same"
  // takes the narrative's year.
  let stated: SentenceStated | null = null;
  for (const d of dates) {
    if (!d.date) continue;
    if (framingYear(s, d)) {
      stated ??= { year: Number(d.date.value), month: 1, yearOnly: true, end: d.end };
      if (d.resolvedAgainst !== null) continue;
    }
    if (contrastsTheYear(s, d, stated)) stated = null;
    if (d.resolvedAgainst === null) {
      if (d.date.precision !== "year" && (!stated || stated.yearOnly)) stated = { year: Number(d.date.value.slice(0, 4)), month: Number(d.date.value.slice(5, 7)), end: d.end };
    } else if (stated && sentenceCarry(s, d, stated)) {
      d.date = { ...d.date, value: `${carriedYear(d, stated)}${d.date.value.slice(4)}` };
      d.resolvedAgainst = null;
      continue;
    }
    if (d.resolvedAgainst === null) year = Number(d.date.value.slice(0, 4));
    else if (year && d.date.precision !== "year" && NARRATIVE_MONTH.test(s.text.slice(0, d.start - s.start))) {
      d.date = { ...d.date, value: `${year}${d.date.value.slice(4)}` };
      d.resolvedAgainst = null;
    }
  }
  return year;
}

/** The date a sentence's later dates of no stated year go on from: its year and month, and where it ends in the file. */
interface SentenceStated {
  year: number;
  month: number;
  /** A year alone that frames the sentence ("In 2023, …"): its months are January on. */
  yearOnly?: boolean;
  end?: number;
}

/**
 * "In 2023, Lula visited Modi in March", "Last year, … in March": a year the sentence tells its
 * contacts in gives its later months that year, until a dated month or day says more. Not a year
 * in an aside ("who last met in 2019, spoke by video in December", ", having first met in 2019,"),
 * nor one of an earlier contact ("After their first meeting in 2019,"), nor "since 2019", a span's start.
 */
function framingYear(s: Sentence, d: DateMention): boolean {
  return d.date!.precision === "year" && FRAMING_YEAR.test(d.text) && !d.since && !yearOfAside(s.text.slice(0, d.start - s.start));
}

/** "Last year he skipped the summit, but on March 18 …": a contrasting clause leaves a framing year behind. */
function contrastsTheYear(s: Sentence, d: DateMention, stated: SentenceStated | null): boolean {
  return !!stated?.yearOnly && stated.end !== undefined && d.start > stated.end && YEAR_CONTRAST.test(s.text.slice(stated.end - s.start, d.start - s.start));
}

/**
 * Whether a day or month of no stated year goes on in the year the sentence stated before it. Not
 * a weekday, a month told as the narrative's, or a relative phrase; not when the sentence comes
 * back to the present between them ("first met in June 2023, and have spoken since, most recently
 * in May"): the latest May is the article's.
 */
function sentenceCarry(s: Sentence, d: DateMention, stated: SentenceStated): boolean {
  if (d.date!.precision === "year" || d.weekday !== undefined || NARRATIVE_MONTH.test(s.text.slice(0, d.start - s.start)) || RELATIVE_PHRASE.test(d.text)) return false;
  return !(!d.since && stated.end !== undefined && LATEST_SINCE.test(s.text.slice(stated.end - s.start, d.start - s.start)));
}

/**
 * The year a date goes on in after the stated one: that year, or the next if its month is earlier.
 * "On 10 September they spoke, the first call since February": a "since" month starts a span that
 * runs up to the dated one, so it comes before it (the year before, if its month is later).
 */
function carriedYear(d: DateMention, stated: SentenceStated): number {
  const month = Number(d.date!.value.slice(5, 7));
  if (d.since) return stated.yearOnly || month <= stated.month ? stated.year : stated.year - 1;
  return month >= stated.month ? stated.year : stated.year + 1;
}

/** The sentence's words before a year put it in an aside or an earlier meeting's phrase ("their first meeting in"), within its clause. */
function yearOfAside(before: string): boolean {
  if (IN_ASIDE.test(before)) return true;
  const clause = before.slice(before.lastIndexOf(",") + 1);
  return EARLIER_MEETING.test(clause);
}

/**
 * Give each day or month of no stated year the year the first rule of YEARLESS_DATES reads for it.
 * On a page with no date of its own (`undated`, with the page's last stated date), such a day has
 * only its month and day, and the page's last stated date may give it a year too. A weekday told with the day ("Saturday 24
 * August") must fall on it in that year, or the year is not the day's.
 */
function yearless(text: string, s: Sentence, dates: DateMention[], year: number | null, undated: { stated: StatedDate | null } | null, trace: Trace | null): void {
  if (year === null && !undated?.stated) return;
  for (const d of dates) {
    if (d.date ? d.resolvedAgainst === null || d.date.precision === "year" || d.weekday !== undefined : !undated || !d.monthDay) continue;
    if (d.storyShift || d.refused) continue;
    const last = undated?.stated;
    const stated = last && d.start >= last.at && d.start - last.at <= PAGE_STATED_REACH ? { year: last.year, month: last.month, between: text.slice(last.at, d.start), stepped: NARRATIVE_STEP.test(s.text), background: last.lookBack || COUNTS_SINCE.test(s.text) } : null;
    const found = firstRule(YEARLESS_DATES, { d, sectionYear: year, stated }, null, "fill");
    if (!found) continue;
    const weekday = d.date ? undefined : weekdayNamed(d.text);
    if (weekday !== undefined && weekdayOf(found.value.value) !== weekday) continue;
    trace?.record("fill", found.rule, `"${d.text}" is in ${found.value.value.slice(0, 4)}`);
    d.date = found.value;
    d.resolvedAgainst = null;
  }
}

/** How far (in characters) after the page's last stated date a day of no year may still take its year, on a page with no date of its own: a few paragraphs. */
const PAGE_STATED_REACH = 1500;

/** A four-digit year in the sentence: the cheap test before reading a vetoed sentence's dates. */
const STATED_YEAR = /\b(?:19|20)\d\d\b/;
/**
 * Words that say the narrative has come back to the present between a dated step and a later one:
 * the present tense, or a time told from the article's day ("July last year", "two years ago").
 */
const PRESENT_AGAIN = /\b(?:has|have|now|today|currently|this year|yesterday|ago|last(?<!\bthe\slast) (?:year|month|week)(?!\s+of\b))\b/i;
/**
 * How many paragraph breaks a year-less date may be from the last stated date and still go on in its
 * year: none, unless the sentence says it steps on from it ("the following month"); a new paragraph
 * with no such word as often turns back to the article's news. But the news is of the last month:
 * a date the article's year would put longer before the article is no news, and goes on in the
 * narrative's year a few paragraphs further (`beyondNews` more).
 */
const STATED_REACH = { plain: 0, stepped: 1, beyondNews: 3 };

/** "since" and the clause it opens, up to a date: the date starts a span that runs to the present. */
const SINCE_SPAN = /\bsince\b[^,;.:()]*$/i;

/** Remember the last day or month this sentence states with its year. */
function noteStated(story: Narrative, s: Sentence | null, dates: readonly DateMention[]): void {
  for (const d of dates) {
    // "the fifth call since Biden took office in January 2021": the start of a span that runs to the present, no step the story is at.
    if (s && SINCE_SPAN.test(s.text.slice(Math.max(0, d.start - s.start - 60), d.start - s.start))) continue;
    if (!d.date || d.resolvedAgainst !== null || d.date.precision === "year") continue;
    const before = s ? s.text.slice(0, d.start - s.start) : "";
    story.stated = { at: d.end, year: Number(d.date.value.slice(0, 4)), month: Number(d.date.value.slice(5, 7)), lookBack: EARLIER_CONTACT.test(before) || yearOfAside(before) };
  }
}

/**
 * "In March 2011 the two first met. The following month, on April 27, they …": a day or month with no
 * year, told in the paragraph of the narrative's last stated date (or the next, stepping on from it;
 * or a few on, when the article's year would put it months before the article), goes on in that
 * date's year rather than the article's, when it comes later in that year, is not after the article's
 * day, and nothing between says the narrative came back to the present. A date further away, or
 * earlier in the year than the stated one, keeps the article's year: precision first; but one
 * earlier in the year told in the pluperfect, in the stated date's paragraph ("who had hosted him
 * in August"), looks back within the narrative's year.
 */
function carryStoryYear(text: string, s: Sentence, dates: DateMention[], stated: StatedDate | null, ref: string | null, trace: Trace | null): void {
  if (!stated || !ref) return;
  for (const d of dates) {
    if (!d.date || d.resolvedAgainst === null || d.date.precision === "year" || d.weekday !== undefined || RELATIVE_PHRASE.test(d.text)) continue;
    if (Number(d.date.value.slice(0, 4)) === stated.year || d.start < stated.at) continue;
    // "Modi's day in Nairobi on Tuesday began with talks …, after his visit to Lima in July": a day
    // of the news week told before it in the sentence has brought the story back to the present.
    if (dates.some((n) => n !== d && n.start < d.start && ofTheNewsWeek(n, ref))) continue;
    const month = Number(d.date.value.slice(5, 7));
    const value = `${stated.year}${d.date.value.slice(4)}`;
    if (value > ref) continue;
    const between = text.slice(stated.at, d.start);
    if (month < stated.month) {
      if (!looksBackInYear(s, d, stated, between)) continue;
      trace?.record("fill", "narrative-year", `"${d.text}" looks back within ${stated.year}, the year of the narrative's last stated date`);
      d.date = { ...d.date, value };
      d.resolvedAgainst = null;
      continue;
    }
    if (!withinStatedReach(s, d, ref, between)) continue;
    trace?.record("fill", "narrative-year", `"${d.text}" goes on in ${stated.year}, the year of the narrative's last stated date`);
    d.date = { ...d.date, value };
    d.resolvedAgainst = null;
  }
}

/**
 * "They spoke on 11 July 2019, and again in September. Widodo, who had hosted him in August, …": a
 * month earlier in the year than the narrative's, told in the pluperfect in the same paragraph
 * while the narrative goes on (`between`: the text since the stated date), looks back within the
 * narrative's year. Told from today ("Ramaphosa says the two had met …", "… and will meet again"),
 * it is the article's year.
 */
function looksBackInYear(s: Sentence, d: DateMention, stated: StatedDate, between: string): boolean {
  return !(stated.lookBack || /\n\s*\n/.test(between) || PRESENT_AGAIN.test(between) || !PLUPERFECT_BEFORE.test(s.text.slice(0, d.start - s.start)) || TOLD_FROM_TODAY.test(s.text));
}

/**
 * Whether a later month is close enough to the stated date to go on in its year: within
 * STATED_REACH paragraph breaks, and nothing between says the narrative came back to the present.
 * "In August" read in the article's year, at its latest day, still more than a month before the
 * article: no news of it, and it may be a few paragraphs further.
 */
function withinStatedReach(s: Sentence, d: DateMention, ref: string, between: string): boolean {
  const beforeNews = longBefore(d.date!.value, ref);
  const reach = (NARRATIVE_STEP.test(s.text) ? STATED_REACH.stepped : STATED_REACH.plain) + (beforeNews ? STATED_REACH.beyondNews : 0);
  return !((between.match(/\n\s*\n/g)?.length ?? 0) > reach || PRESENT_AGAIN.test(between));
}

/** A day told from the article's date ("on Tuesday", "today") less than a week before it: the news. */
function ofTheNewsWeek(d: DateMention, ref: string): boolean {
  return d.resolvedAgainst !== null && d.date?.precision === "day" && (Date.parse(ref) - Date.parse(d.date.value)) / 86_400_000 < NEWS_WEEK_DAYS;
}

/** The pronoun a leader is called by: "he" unless the catalogue says otherwise. */
function pronounOf(index: LeaderIndex, id: string): "he" | "she" {
  return index.leader(id)?.pronoun ?? "he";
}

/** How many references back a "she" may look for the leader it stands for. */
const SHE_REACH = 40;

/** Whether a pronoun run of this paragraph or the one before stood for a leader other than `guessed`: either may be the "he" that goes on. */
function rivalInParagraph(text: string, run: Narrative["pronoun"], guessed: string, start: number): boolean {
  if (run === null || run.leader === guessed) return false;
  const here = lineStart(text, start);
  const before = text.slice(0, here).trimEnd().length;
  return run.end >= (before > 0 ? lineStart(text, before - 1) : 0);
}

/**
 * The leader a subject pronoun stands for, given the one guessed from the sentences before: the
 * guess when its pronoun agrees; for "she", else the leader called "she" named last (a few
 * dozen references back at most); for "he", else nobody.
 */
function agreeing(index: LeaderIndex, refs: LeaderRef[], start: number, guessed: string | null, she: boolean): string | null {
  if (guessed && (pronounOf(index, guessed) === "she") === she) return guessed;
  if (!she) return null;
  const before = refsWithin(refs, 0, start);
  for (let i = before.length - 1; i >= Math.max(0, before.length - SHE_REACH); i--) if (pronounOf(index, before[i].leaderId) === "she") return before[i].leaderId;
  return null;
}

/**
 * The leader a sentence opening with "He" goes on about: the first named in the sentence before
 * (its subject, as a rule), not the last ("Xi met Modi. He also met Lula": Xi).
 */
function previousSubject(text: string, refs: LeaderRef[], start: number): string | null {
  const last = lastRefBefore(refs, start);
  if (!last) return null;
  // "… which the Federal Chancellor began in his first days. On 7 May he travelled …": an office
  // told after the last leader, naming nobody the catalogue knows, may be whom "he" stands for.
  if (OFFICE_AFTER_THE.test(text.slice(last.end, start))) return null;
  const boundary = Math.max(sentenceStopBefore(text, last.start), lineStart(text, last.start) - 1);
  const named = refsWithin(refs, boundary + 1, start);
  const from = boundary + 1 + (text.slice(boundary + 1, boundary + 2).trim() ? 0 : 1);
  const opening = OPENING_ADVERBIAL.exec(text.slice(from, Math.min(start, from + 100)));
  if (!opening) return named[0]?.leaderId ?? null;
  // After an opening clause: its main clause's subject leader; else the first leader of the
  // sentence, as with no opening clause, most often the opening's own subject ("After A landed in Lima, an honour guard greeted him. He later met B"). Giving nobody
  // instead ("prefer no event over a guess") cost a right held-out event: not taken.
  return mainClauseSubject(text, named, from + opening[0].length) ?? named[0]?.leaderId ?? null;
}

/**
 * "Before meeting Modi, Biden had breakfast with A. He also met B": after an opening clause, "he"
 * is the main clause's subject, when that is a leader standing at its start (perhaps after a
 * title) and going on to a verb. Anyone else there ("an honour guard sent by A", "his aides said
 * A would …", "A's foreign minister", a list's next name "B, C and D in Lima") is not whom "he"
 * stands for.
 */
function mainClauseSubject(text: string, named: LeaderRef[], main: number): string | null {
  const subject = named.find((r) => r.start >= main);
  if (!subject || !TITLE_BEFORE_NAME.test(text.slice(main, subject.start))) return null;
  return SUBJECT_GOES_ON.test(text.slice(subject.end, subject.end + 12)) ? subject.leaderId : null;
}

/** Whether the sentence before `start` says "he" or "she" before the first leader it names ("his inauguration" may look ahead to a name; a subject pronoun looks back). */
function pronounLeads(text: string, refs: LeaderRef[], start: number): boolean {
  const last = lastRefBefore(refs, start);
  if (!last) return false;
  const boundary = Math.max(sentenceStopBefore(text, last.start) + 1, lineStart(text, last.start));
  const first = refsWithin(refs, boundary, start)[0];
  return first !== undefined && /\b(?:he|she)\b/i.test(text.slice(boundary, first.start));
}

const names = (ids: string[]) => ids.join(" + ");

/**
 * The leaders the sentence right before `start` names, each once (none when a paragraph break comes
 * between). Asked once per sentence, not per frame: the answer is the sentence's.
 */
function namedJustBefore(text: string, refs: LeaderRef[], start: number): string[] {
  const before = text.slice(Math.max(0, start - 600), start);
  // trimEnd drops what /\s+$/ matches; a paragraph break is two newlines in the space it drops.
  const kept = before.trimEnd().length;
  if (newlinesFrom(before, kept) >= 2) return [];
  const end = kept - 1;
  const boundary = Math.max(before.lastIndexOf(". ", end - 1), before.lastIndexOf("\n", end - 1)) + 1;
  const from = start - before.length + boundary;
  return [...new Set(refsWithin(refs, from, start).filter((r) => r.text).map((r) => r.leaderId))];
}

/** How many newlines `text` holds from `from` on (counted, not split into an array: asked once per sentence). */
function newlinesFrom(text: string, from: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * How many sentences back the contact told last may be for a word like "the two" to stand for its
 * people: a live entry goes on with the one before it ("15.25 A met B. B said … A called it a good
 * meeting. 15.40 A reminder: the two men had spoken in October").
 */
const RECENT_REACH = 3;
const recentNear = (story: Narrative) => story.at - story.recentAt <= RECENT_REACH;

/**
 * The one leader who convened a gathering in the sentence read right before `s` ("X chaired the
 * summit."), with nothing but space between them and no contact told in it, and how it was held:
 * by the medium that sentence names, else in person.
 */
function convenerBefore(text: string, refs: LeaderRef[], story: Narrative, s: Sentence): { leader: string; type: ContactType } | null {
  const before = story.sentences[story.at - 1];
  if (!before || story.recentAt === story.at - 1 || !/^\s*$/.test(text.slice(before.end, s.start)) || !CONVENED_GATHERING.test(before.text)) return null;
  const named = [...new Set(refsWithin(refs, before.start, before.end).filter((r) => r.text).map((r) => r.leaderId))];
  if (named.length !== 1) return null;
  return { leader: named[0], type: mediumIn(before.text, 0, before.text.length) ?? "in-person" };
}

/**
 * A sentence right after a gathering's (nothing but space between) that only lists who else took
 * part in it: one contact of them all, held as the gathering was (by the medium its sentence names,
 * for one read as in person: "chaired the summit … via video link"), on its day, with both
 * sentences as its quote. Asked before any gate: the list has no contact word of its own, and a
 * word it has ("joined from Rome, where Italy is hosting a conference") is not a contact.
 */
function listOfTold(r: Reader, s: Sentence, refs: LeaderRef[]): Emitted[] | null {
  const { article, index, ctx, story, trace } = r;
  if (story.recentAt >= story.at - 1 && story.gathering?.at !== story.at - 1) return null;
  if (!LIST_HINT.test(s.text)) return null;
  const told = story.gathering?.at === story.at - 1 ? story.gathering : story.gated === story.at - 1 ? gatheringOfGated(r) : null;
  if (!told || story.recentAt > told.at || !/^\s*$/.test(article.text.slice(told.s.end, s.start))) return null;
  const found = firstRule(TOLD_LISTS, { s, refs, told: told.people }, trace, "fill", names);
  if (!found) return null;
  const type = told.frame.type === "in-person" ? (mediumIn(told.s.text, 0, told.s.text.length) ?? "in-person") : told.frame.type;
  const frame: Frame = { ...told.frame, type };
  const both: Sentence = { start: told.s.start, end: s.end, text: article.text.slice(told.s.start, s.end) };
  const bothRefs = refsWithin(ctx.refs, both.start, both.end);
  const place = type === "in-person" ? told.place : null;
  const people = inOfficeOnly(index, periodOf(frame, ctx.ref), found.value, both, bothRefs);
  if (vetoedBy(CONTACT_FILTERS, { index, s: both, frame, people, place, ref: ctx.ref, namedInSentence: 0, refs: bothRefs }, trace)) return null;
  const read: Reading = { who: [found.rule], medium: type === told.frame.type ? (told.frame.read?.medium ?? "cue-word") : "medium-of-gathering", date: told.frame.read?.date ?? "undated" };
  return [{ mention: mentionOf(r, { s: both, refs: bothRefs, frame, people, place, when: frame.date?.date?.value ?? ctx.ref }), frame, label: "#1", named: people.length, read }];
}

/**
 * The gathering a sentence told that a gate vetoed for naming one leader or none ("Lula chaired a
 * video summit on Monday."), read now that a list of its people follows: its first dated frame
 * whose word is a gathering's, with the leaders it names. Undated, it is none (the list alone
 * cannot say which gathering it was).
 */
function gatheringOfGated({ ctx, story, trace }: Reader): ToldGathering | null {
  const before = story.sentences[story.gated];
  if (!before) return null;
  const dates = story.sections.datesIn(before.text, before.start, ctx.ref);
  if (!dates.length) return null;
  const { frames } = datedFrames({ rules: FRAME_RULES, text: before.text, offset: before.start, cues: cuesIn(before.text), dates, leadType: story.leadType, firstLeaderAt: before.text.length, trace: null, told: null });
  const frame = frames.find((f) => f.date && GATHERING_NOUN.test(before.text.slice(f.cue.start, f.cue.end)));
  if (!frame) return null;
  trace?.record("fill", "gathering-of-gated", `the sentence before told "${before.text.slice(frame.cue.start, frame.cue.end)}", ${frame.type}, "${frame.date!.text}"`);
  const people = [...new Set(refsWithin(ctx.refs, before.start, before.end).filter((r) => r.text).map((r) => r.leaderId))];
  return { at: story.gated, s: before, frame, people, place: null };
}

/** Whether a leader held a catalogue title at some time in `period` (a day, a month or a year). */
function heldOn(index: LeaderIndex, id: string, title: string, period: string | null): boolean {
  if (!period) return true;
  const end = period.length === 4 ? `${period}-12-31` : period.length === 7 ? `${period}-31` : period;
  return (index.leader(id)?.roles ?? []).some((r) => r.title === title && r.from <= end && (!r.to || r.to >= period));
}

/** Fill a frame's participants, place and roles; the mentions it makes (usually one; one per person for "calls with A, B and C"). */
function fill(r: Reader, s: Sentence, { refs, excluded }: Parties, frame: Frame, namedBefore: string[]): { mention: Mention; read: Reading }[] {
  const { article, index, ctx, story, trace } = r;
  const when = frame.date?.date?.value ?? ctx.ref;
  const resolved = firstRule(PARTICIPANTS, whoInput(s, refs, frame, (id) => pronounOf(index, id) === "she", ctx.strangers), trace, "fill", names);
  let people = resolved?.value ?? [];
  const who = [resolved?.rule ?? "none"];
  // "the two Presidents" names people who held that office on the date: a group rule's answer of anyone else is passed over.
  const office = groupOfOffice(s.text);
  const groups = office ? GROUPS.map((rule) => heldByAll(rule, office, (id, title) => heldOn(index, id, title, when))) : GROUPS;
  const grouped = firstRule(groups, { s, refs, frame, ctx, people, recent: story.recent, recentHeld: story.recentHeld, earlier: story.earlier, excluded, recentNear: recentNear(story), toldJustBefore: story.recentAt === story.at - 1, namedBefore, convener: () => convenerBefore(article.text, ctx.refs, story, s), correcting: () => correctsClaim(article, story, s) }, trace, "fill", names);
  if (grouped) {
    people = grouped.value;
    who.push(grouped.rule);
  }

  let place: Place | null = null;
  if (frame.type === "in-person") {
    const found = firstOf(PLACES, { index, ctx, s, frame, people, when }, trace, "fill", (p) => p.name);
    place = found && preferCity(index, s, frame, found);
    // A pair refused as a guess is not completed by the place either.
    if (place && people !== AMBIGUOUS) {
      for (const rule of PLACE_PARTICIPANTS) {
        const more = rule.apply({ index, ctx, s, frame, people, when, place, refs });
        if (!more) continue;
        trace?.record("fill", rule.name, names(more));
        people = more;
        who.push(rule.name);
      }
    }
  }
  if (GATHERING_NOUN.test(s.text.slice(frame.cue.start, frame.cue.end))) story.gathering = people === AMBIGUOUS ? null : { at: story.at, s, frame, people, place };
  const filled: FilledFrame = { index, s, frame, people, place, ref: ctx.ref, namedInSentence: 0, refs };
  if (vetoedBy(FRAME_FILTERS, filled, trace)) return [];
  const split = firstRule(SPLITS, { s, refs, frame, people }, trace, "split", (g) => g.map(names).join("; "));
  if (split) who.push(split.rule);
  // A leader who stands in the sentence only as a pronoun's antecedent was read from outside it.
  const pronoun = refs.find((r) => !r.text);
  return (split?.value ?? [people]).flatMap((group) => {
    if (vetoedBy(CONTACT_FILTERS, { ...filled, people: group }, trace)) return [];
    // So is one named only by a bare office ("the prime minister"): the office rule read who it was.
    const offices = refs.filter((r) => r.text && OFFICE_READINGS.has(r.via ?? "") && group.includes(r.leaderId)).map((r) => r.via!);
    const read: Reading = { who: [...(pronoun && group.includes(pronoun.leaderId) ? [...who, pronoun.via ?? "pronoun-antecedent"] : who), ...new Set(offices)], medium: frame.read?.medium ?? "cue-word", date: frame.read?.date ?? "undated" };
    return [{ mention: mentionOf(r, { s, refs, frame, people: inOfficeOnly(index, periodOf(frame, ctx.ref), group, s, refs), place, when }), read }];
  });
}

/** A frame filled for one group of people: what a mention is made of. */
interface FilledContact {
  s: Sentence;
  refs: LeaderRef[];
  frame: Frame;
  people: string[];
  place: Place | null;
  /** The day the contact is read at (its date, else the article's): whose office a title names. */
  when: string | null;
}

/** The mention a filled frame makes, with its people in the catalogue's order and its host or caller. */
function mentionOf({ article, index, trace }: Reader, { s, refs, frame, people, place, when }: FilledContact): Mention {
  const ordered = orderByCatalogue(index, people);
  const roles: RoleInput = { index, s, refs, people: ordered, placeCountry: place?.country ?? null, when };
  const host = frame.type === "in-person" ? firstOf(HOSTS, roles, trace, "fill") : null;
  const initiator = frame.type !== "in-person" ? firstOf(CALLERS, roles, trace, "fill") : null;
  return {
    file: article.file,
    type: frame.type,
    participants: ordered,
    date: dayOfRange(frame.date) ?? frame.date?.date ?? null,
    dateText: frame.date?.text ?? null,
    resolvedAgainst: frame.date?.resolvedAgainst ?? null,
    weekday: frame.date?.weekday,
    monthDay: frame.date?.monthDay,
    place: place?.name ?? null,
    placeCountry: place?.country ?? null,
    host,
    initiator,
    quote: s.text,
    start: s.start,
    end: s.end,
  };
}

/**
 * "paid a state visit to China from August 18 to 20", "visited Qatar on 14–15 February": the
 * contact was on one of the range's days, which the range does not say. Its month is what it
 * tells (so a day the article gives the talks joins it, rather than the range's first day
 * standing beside that day as a second contact); a range across two months keeps its first day.
 */
function dayOfRange(date: DateMention | null | undefined): DateValue | null {
  if (!date?.through || !date.date || date.date.precision !== "day" || date.through.slice(0, 7) !== date.date.value.slice(0, 7)) return null;
  return { value: date.date.value.slice(0, 7), precision: "month" };
}

export function orderByCatalogue(index: LeaderIndex, ids: string[]): string[] {
  return [...ids].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
}

/**
 * The medium a question names, for its answer's words that name none ("Q: Did the two leaders
 * speak by phone? — A: Yes, they spoke on Monday" is a phone call): nearer than the story's.
 */
function askedMedium(text: string, ctx: ArticleContext, s: Sentence): ContactType | null {
  const q = ctx.asked.length ? questionAnswered(ctx, s.start) : null;
  return q ? mediumIn(text, q.start, q.end) : null;
}

/** The rules that read a speaker's "I": a ref they give is a first person, not a name. */
const FIRST_PERSON_VIA = new Set(SPEAKERS.map((r) => r.name));
/** How far back the leader a speaker's "him" stands for is looked for: about a paragraph. */
const SPEAKER_PRONOUN_REACH = 600;

/**
 * "I look forward to welcoming him again, as I did in July": a sentence whose only leader is its
 * speaker's first person and which says "he" or "him" goes on about the last other leader named
 * shortly before, as a sentence naming nobody goes on about the leader before it. The speaker
 * himself named before ("Lula said …") is no antecedent of his own "him".
 */
function otherThanSpeaker(all: LeaderRef[], refs: LeaderRef[], at: number): string | null {
  const speaker = refs[0].leaderId;
  if (!refs.every((r) => r.leaderId === speaker && r.via !== undefined && FIRST_PERSON_VIA.has(r.via))) return null;
  const before = refsWithin(all, Math.max(0, at - SPEAKER_PRONOUN_REACH), at);
  for (let i = before.length - 1; i >= 0; i--) if (before[i].leaderId !== speaker && before[i].text) return before[i].leaderId;
  return null;
}
