/**
 * Who speaks: spoken news (broadcast transcripts, briefings, interviews, quoted speech) tells
 * contacts in the first person ("I spoke to President X on Monday"). An "I" stands for a leader
 * only where the text says who is talking: a speaker label opening a transcript's turn, or a
 * quotation with its speaker named beside it. Anywhere else "I" is nobody: precision first.
 * A question's turn ("Q: Reports say A met B. Can you confirm?") states a premise, not a fact: the
 * answer decides, so the question itself is never evidence.
 */
import type { LeaderRef } from "../leaders";
import { matchesOf } from "../matches";
import type { Rule } from "./rules";
import { ASKER_LABEL, ASKING_PARAGRAPH, ATTRIBUTED_AFTER_QUOTE, ATTRIBUTED_BEFORE_QUOTE, INTERVIEW_FORM, INTERVIEW_QUESTION, INTERVIEW_WORD, OWN_WORDS_HEADLINE, REPORTED_INTERVIEW, REPORTING_VERB, TURN_ENDER, WE_CONTACT, WE_WITH_OTHERS } from "./vocabulary";
import type { Span } from "../types";

export interface SpeakerInput {
  /** One paragraph, and its offset in the file. */
  text: string;
  offset: number;
  /** The leaders the paragraph names (offsets into the file). */
  refs: LeaderRef[];
  /** The leaders a stretch of text names, found as in the body (a speaker label is read through this: "PRESIDENT X" in capitals). */
  find: (text: string, offset: number) => LeaderRef[];
  /** The leader the page is an interview with (see `intervieweeOf`), or null on any other page. */
  interviewee?: string | null;
  /** The leader whose labelled turn this unlabelled paragraph goes on with (see `turnOf`), or null. */
  turn?: string | null;
}

/** A stretch of a paragraph spoken by one leader. */
export interface Voiced extends Span {
  leaderId: string;
}

/**
 * A transcript's speaker label at a paragraph's start, after an optional clock time ("[19:02]",
 * "14:02 –"): a few capitalised words, which an office's "of" may join ("President of Kenya William
 * Ruto", "Prime Minister of the Republic of India"), maybe an office after a comma ("ANTHONY ALBANESE,
 * PRIME MINISTER": group 2), maybe a role in parentheses ("REPORTER (voice-over):", "(retranslated)"),
 * then a colon, and maybe a note in parentheses after it ("KISHIDA: (As interpreted.) When I met …").
 * Its words (group 1) must name a leader for the turn to be his.
 */
const LABEL = /^(?:[[(]?\d{1,2}[:.]\d{2}(?::\d{2})?[\])]?\s*[-–—]?\s*)?((?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,6}\p{Lu}[\p{L}.'’-]*)(?:,\s+((?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+(?:the\s+)?|and\s+)?){0,6}\p{Lu}[\p{L}.'’-]*))?(?:\s*\([^)\n]{1,40}\))?\s*:\s+(?:\([^)\n]{1,40}\)\s*)?/u;

/** An answer's label inside a question's line ("Q: Did they meet? A: Yes, …"): where the question ends. */
const ANSWER_LABEL = /[?.]["”’)]?\s+(?:A|Answer)\s*:\s/;

/**
 * The first person standing for its speaker: "we" or "our" telling a contact (WE_CONTACT: its
 * other party is found by PARTNERS), or "I" before a lowercase word or a contraction ("I
 * spoke", "I've"), after a sentence's start, a quotation mark or a lowercase word ("and I met");
 * never a numeral after a name ("Elizabeth I", "World War I"). "me" is the object ("X called me").
 * Candidates are found by a plain pattern and what stands before each is read from a bounded
 * slice (`FIRST_PERSON_REACH`): a lookbehind ending in `\s*` rescanned every space run before
 * every position, quadratic on the runs of spaces that blanked markup leaves.
 */
const FIRST_PERSON = new RegExp(String.raw`\bI(?=\s+\p{Ll}|['’](?:ve|d|ll|m)\b)|\bme\b|${WE_CONTACT}`, "gu");
/** How far before an "I" its opener is looked for (after the spaces right before it). */
const FIRST_PERSON_REACH = 40;
/** Before "I", with or without spaces between: a sentence's or clause's mark, a quotation mark. */
const MARK_BEFORE_I = /[.!?:;,"“‘(—–]$/u;
/** Before "I" and the spaces after it: a lowercase word ("and I"), a sentence's first word ("Yesterday I"). */
const WORD_BEFORE_I = /(?:\b\p{Ll}+|[.!?"“]\s+\p{Lu}\p{Ll}*)$/u;
const FIRST_WORD_BEFORE_I = /^\p{Lu}\p{Ll}*$/u;

/** Whether the "I" at `at` of `part` stands where a speaker says it (see FIRST_PERSON). */
function speaksAsI(part: string, at: number): boolean {
  let end = at;
  while (end > 0 && /\s/.test(part[end - 1])) end--;
  const spaced = end < at;
  if (end === 0) return !spaced;
  const before = part.slice(Math.max(0, end - FIRST_PERSON_REACH), end);
  if (MARK_BEFORE_I.test(before)) return true;
  if (!spaced) return false;
  return WORD_BEFORE_I.test(before) || (end <= FIRST_PERSON_REACH && FIRST_WORD_BEFORE_I.test(before));
}

/** Reporting verbs that attribute a quotation to its speaker: the one list the teller rules read too. */
const SAID = REPORTING_VERB;
/** After a quotation's close: ", Mr X told reporters" / ", said President X": only titles and a reporting verb between. */
const BEFORE_NAME_AFTER_QUOTE = new RegExp(String.raw`^[,.!?]?\s*(?:${SAID}\s+)?(?:(?:the|Mr|Mrs|Ms|Dr|[\p{Lu}][\p{L}.'’-]*)\s+){0,4}$`, "u");
const VERB_AFTER_NAME = new RegExp(String.raw`^\s*(?:${SAID})\b`, "u");
const VERB_BEFORE_NAME = new RegExp(String.raw`^[,.!?]?\s*${SAID}\s`, "u");
/** Before a quotation's opening: "President X said:" / "X told reporters on Monday:" (the speaker named last before the verb, nobody else after him). */
const NAME_THEN_VERB_BEFORE_QUOTE = new RegExp(String.raw`^\s*(?:,[^,"“”]{0,60},\s*)?${SAID}\b[^"“”.!?]{0,60}[:,]\s*$`, "u");

/** A label's words as a name is written ("PRESIDENT X" → "President X"): labels are often in capitals. */
export function labelAsWritten(words: string): string {
  return words.replace(/\p{Lu}+/gu, (w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w)).replace(NAME_PARTICLE, (p) => p.toLowerCase());
}

/** A name's particle after its first word, written in lower case ("MOHAMMED BIN SALMAN" → "Mohammed bin Salman"). */
const NAME_PARTICLE = /(?<=\p{L}\s)(?:Bin|Bint|Ibn|Da|Dos|Van|Von|Der)(?=\s\p{Lu})/gu;

/** The one leader a label names ("PRESIDENT X", "Chancellor Y"), or null. */
function labelSpeaker(words: string, offset: number, find: SpeakerInput["find"]): string | null {
  const label = labelAsWritten(words);
  const named = new Set(find(label, offset).map((r) => r.leaderId));
  return named.size === 1 ? [...named][0] : null;
}

function firstPerson(text: string, from: number, to: number, offset: number, leaderId: string, via: string): LeaderRef[] {
  const out: LeaderRef[] = [];
  const part = text.slice(from, to);
  for (const m of matchesOf(FIRST_PERSON, part)) {
    if (m[0] === "I" && !speaksAsI(part, m.index)) continue;
    out.push({ leaderId, start: offset + from + m.index, end: offset + from + m.index + m[0].length, text: m[0], via });
  }
  return out;
}

/** The quotations of a paragraph, straight or curly, as [open, close) offsets (close at the closing mark). */
export function quotations(text: string): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  for (const m of text.matchAll(/"([^"\n]*)"|“([^”\n]*)”/g)) out.push({ open: m.index, close: m.index + m[0].length - 1 });
  return out;
}

/**
 * speaker-label: "PRESIDENT X: I spoke to President Y by phone on Monday": a transcript's turn
 * opened by a label naming one leader is his, and its "I" is he (quotations of others inside it
 * excepted).
 */
export const speakerLabel: Rule<SpeakerInput, LeaderRef[]> = {
  name: "speaker-label",
  apply({ text, offset, find }) {
    const m = LABEL.exec(text);
    if (!m) return null;
    const leaderId = labelSpeaker(m[1], offset, find);
    return leaderId ? spokenBy(text, m[0].length, offset, leaderId, this.name) : null;
  },
};

/** The first persons of a speaker's stretch of a paragraph from `from` on, the quotations of others inside it excepted. */
function spokenBy(text: string, from: number, offset: number, leaderId: string, via: string): LeaderRef[] | null {
  const out: LeaderRef[] = [];
  for (const q of quotations(text)) {
    if (q.close < from) continue;
    out.push(...firstPerson(text, from, q.open, offset, leaderId, via));
    from = q.close + 1;
  }
  out.push(...firstPerson(text, from, text.length, offset, leaderId, via));
  return out.length ? out : null;
}

/**
 * Whose turn a paragraph of a transcript is: a label opens a turn (its leader's, or null for a
 * label naming none: "Q:", "ANCHOR:"); a paragraph with no label goes on with the turn before it
 * (undefined: "keep the turn"), unless it is a question, addresses someone or gives its words to
 * another by a reporting clause (TURN_ENDER: null, the turn ends).
 */
export function turnOf(paragraph: string, offset: number, find: SpeakerInput["find"]): string | null | undefined {
  const m = LABEL.exec(paragraph);
  if (m) return labelSpeaker(m[1], offset, find);
  const heading = headingSpeaker(paragraph, offset, find);
  if (heading) return heading;
  return TURN_ENDER.test(paragraph) ? null : undefined;
}

/** The longest paragraph read as a speaker's heading line (see headingSpeaker). */
export const HEADING_LABEL_MAX = 70;
/** A line of capitalised words only, two to seven, an office's "of" between: "Prime Minister Kishida Fumio". */
const HEADING_LABEL = /^(?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+(?:the\s+)?)?){1,6}\p{Lu}[\p{L}.'’-]*$/u;

/**
 * A transcript's speaker given as a heading line of its own, with no colon ("Prime Minister
 * Kishida Fumio", then his statement; "President Lula", then his): a short line of capitalised
 * words that names one leader and ends with his name (or a part of it the finder left: "Kishida
 * Fumio"), so an office and a name are all it holds ("Lula's Visit" ends otherwise). Undefined when the
 * line is no such heading.
 */
export function headingSpeaker(paragraph: string, offset: number, find: SpeakerInput["find"]): string | undefined {
  if (paragraph.length > HEADING_LABEL_MAX || !HEADING_LABEL.test(paragraph)) return undefined;
  const named = find(labelAsWritten(paragraph), offset);
  const ids = new Set(named.map((r) => r.leaderId));
  if (ids.size !== 1) return undefined;
  const end = Math.max(...named.map((r) => r.end)) - offset;
  return NAME_REST.test(paragraph.slice(end)) ? [...ids][0] : undefined;
}

/** After the name found in a speaker's heading, what may still stand: a part of the name it was found by ("Kishida Fumio"). */
const NAME_REST = /^(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u;


/**
 * turn-runs-on: "President X: Thank you all for coming. …" and then, with no label of its own, "I
 * have met the Prime Minister more times than I can count.": a speaker's turn runs over the
 * paragraphs after its label until the next label, and their "I" is still he (quotations of
 * others excepted).
 */
export const turnRunsOn: Rule<SpeakerInput, LeaderRef[]> = {
  name: "turn-runs-on",
  apply({ text, offset, turn }) {
    return turn && !LABEL.test(text) ? spokenBy(text, 0, offset, turn, this.name) : null;
  },
};

/**
 * quote-speaker: '"I met President Y in Jakarta on Tuesday," Mr X told reporters' or 'President X
 * said: "I spoke to Y this morning."': a quotation whose speaker is named right beside it (only
 * titles and a reporting verb between) is his, and its "I" is he. A quotation whose speaker is a
 * pronoun, an unnamed official or nobody says "I" for no leader.
 */
export const quoteSpeaker: Rule<SpeakerInput, LeaderRef[]> = {
  name: "quote-speaker",
  apply({ text, offset, refs }) {
    const out: LeaderRef[] = [];
    for (const q of quotations(text)) {
      const speaker = speakerAfter(text, offset, refs, q.close + 1) ?? speakerBefore(text, offset, refs, q.open);
      if (speaker) out.push(...firstPerson(text, q.open + 1, q.close, offset, speaker, this.name));
    }
    return out.length ? out : null;
  },
};

/**
 * quote-pronoun-speaker: 'In an interview, X said the talks went well. "When I met Y in Lima, we
 * agreed," he said.': a quotation given to a pronoun ("he said", "said she") is the one leader the
 * paragraph names before it, outside any quotation, and its "I" is he. With two leaders named
 * before it, or none in its own paragraph, the pronoun may be anyone: nobody is read.
 */
export const quotePronounSpeaker: Rule<SpeakerInput, LeaderRef[]> = {
  name: "quote-pronoun-speaker",
  apply({ text, offset, refs }) {
    const out: LeaderRef[] = [];
    const quotes = quotations(text);
    for (const q of quotes) {
      if (!PRONOUN_SAID_AFTER_QUOTE.test(text.slice(q.close + 1, q.close + 1 + PRONOUN_SAID_REACH))) continue;
      const outside = refs.filter((r) => r.end - offset <= q.open && !quotes.some((o) => o.open < r.start - offset && r.start - offset < o.close));
      const named = new Set(outside.map((r) => r.leaderId));
      if (named.size === 1) out.push(...firstPerson(text, q.open + 1, q.close, offset, [...named][0], this.name));
    }
    return out.length ? out : null;
  },
};

/** Right after a quotation's close: ", he said", ", she told reporters", ", added he". */
const PRONOUN_SAID_AFTER_QUOTE = new RegExp(String.raw`^[,.!?]?\s*(?:(?:he|she)\s+${SAID}|${SAID}\s+(?:he|she))\b`, "u");
const PRONOUN_SAID_REACH = 24;

function speakerAfter(text: string, offset: number, refs: LeaderRef[], at: number): string | null {
  const next = refs.find((r) => r.start - offset >= at);
  if (!next || next.start - offset - at > 60) return null;
  const between = text.slice(at, next.start - offset);
  if (!BEFORE_NAME_AFTER_QUOTE.test(between)) return null;
  return VERB_BEFORE_NAME.test(between) || VERB_AFTER_NAME.test(text.slice(next.end - offset, next.end - offset + 20)) ? next.leaderId : null;
}

function speakerBefore(text: string, offset: number, refs: LeaderRef[], at: number): string | null {
  const before = refs.filter((r) => r.end - offset <= at);
  const last = before[before.length - 1];
  if (!last || at - (last.end - offset) > 90) return null;
  return NAME_THEN_VERB_BEFORE_QUOTE.test(text.slice(last.end - offset, at)) ? last.leaderId : null;
}

/**
 * A transcript names its speaker in full once ("MOHAMMED BIN SALMAN, CROWN PRINCE:", "ANTHONY
 * ALBANESE, PRIME MINISTER:") and then labels his turns by a part of that name or by the office
 * alone ("BIN SALMAN:", "PRIME MINISTER:"), which name nobody by themselves. The labels of a page
 * that name one leader teach those shorter labels: each later part of the name (from its second
 * word on) and the office after the comma stand for him, as lower-case keys. A short label two
 * full labels would teach for two leaders stands for neither.
 */
export function labelAliases(paragraphs: { text: string; start: number }[], find: SpeakerInput["find"]): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  const teach = (words: string, leaderId: string) => {
    const key = labelAsWritten(words).toLowerCase();
    if (clash.has(key)) return;
    if (out.has(key) && out.get(key) !== leaderId) {
      out.delete(key);
      clash.add(key);
    } else out.set(key, leaderId);
  };
  for (const { text, start } of paragraphs) {
    if (!MAY_OPEN_WITH_LABEL.test(text)) continue;
    const m = LABEL.exec(text);
    if (!m) continue;
    const leaderId = labelSpeaker(m[1], start, find);
    if (!leaderId) continue;
    const words = m[1].split(/\s+/);
    for (let i = 1; i < words.length; i++) teach(words.slice(i).join(" "), leaderId);
    if (m[2]) teach(m[2], leaderId);
  }
  return out;
}

/** A paragraph that may open with a label within its first words: cheap to test before LABEL. */
const MAY_OPEN_WITH_LABEL = /^[^\n:]{1,120}:\s/;

/** The words of a paragraph's label ("PRESIDENT X", "Q", "CCTV"), or null when it opens with none. */
export function labelOf(paragraph: string): string | null {
  return LABEL.exec(paragraph)?.[1] ?? null;
}

/** What says whether a paragraph's label may be a questioner who is no "Q:". */
export interface TurnsOfText {
  /** The text is told in labelled turns (at least two paragraphs labelled by other than a place). */
  transcript: boolean;
  /** The label's words name a place: a dateline ("WASHINGTON:"), never a speaker. */
  isPlace: (label: string) => boolean;
}

/**
 * A question's turn: a paragraph opened by a questioner's label ("Q:", "Question:"), or, in a text
 * told in labelled turns, by any label naming no leader and no place and ending in a question mark
 * ("CCTV: Reports say A met B. Can you confirm?"), up to an answer's label on the same line. Its
 * sentences state what is asked about, not what happened. A dateline ("WASHINGTON: A met B on
 * Wednesday. What comes next?") is no questioner. Where it ends (an offset into the paragraph), 0
 * when the paragraph is no question.
 */
export function questionTurn(paragraph: string, find: SpeakerInput["find"], turns: TurnsOfText): number {
  const m = LABEL.exec(paragraph);
  // A leader's own turn is an answer, whatever it asks ("Why would I hide it?").
  if (!m || labelSpeaker(m[1], 0, find)) return 0;
  const answer = ANSWER_LABEL.exec(paragraph);
  const end = answer ? answer.index + 1 : paragraph.length;
  if (ASKER_LABEL.test(m[1])) return end;
  if (!turns.transcript || turns.isPlace(m[1])) return 0;
  return /\?["”’)]?\s*$/.test(paragraph.slice(0, end)) ? end : 0;
}

/** How many of a page's first paragraphs may say it is an interview (its standfirst, perhaps after a dateline or a kicker). */
export const INTERVIEW_INTRO_PARAGRAPHS = 2;

/**
 * The leader a page is an interview with: one of its first paragraphs says it is an interview
 * (INTERVIEW_WORD) and the first leader that paragraph names is the first its headline names
 * ("Lula in radio interview: …" / "President Lula gave an interview to …"). A page whose headline
 * names nobody, or whose intro is about someone else's interview, has none. The page must also be
 * built as an interview: its headline or standfirst says so ("Lula in radio interview: …", "sat
 * down with", "Q&A": INTERVIEW_FORM) or some paragraph of its body asks a question. A lead that
 * reports what was said in an interview ("Lula said in an interview with a radio station …") is a
 * news story, whose "I"s may be anyone's.
 */
export function intervieweeOf(headline: { text: string; refs: LeaderRef[] }, intro: { text: string; refs: LeaderRef[] }[], body: { text: string }[]): string | null {
  const first = headline.refs[0]?.leaderId;
  if (!first) return null;
  for (const p of intro.slice(0, INTERVIEW_INTRO_PARAGRAPHS)) {
    if (!INTERVIEW_WORD.test(p.text)) continue;
    if (p.refs[0]?.leaderId !== first || REPORTED_INTERVIEW.test(p.text)) return null;
    return INTERVIEW_FORM.test(p.text) || INTERVIEW_WORD.test(headline.text) || body.some((b) => ASKING_PARAGRAPH.test(b.text)) ? first : null;
  }
  return null;
}

/**
 * The leader whose own words a page is, on a page that is no interview: its headline says so
 * (OWN_WORDS_HEADLINE: "Remarks by President X", "Press Conference by Prime Minister Y", "Z's
 * signed article") and names that leader alone, or names no leader at all on a press office's own
 * page ("Speech by the President of the Republic", "From the Desk of the President": its principal,
 * `site`). A headline naming two leaders (a joint press conference) leaves each turn to its label.
 */
export function ownWordsOf(headline: { text: string; refs: LeaderRef[] }, site: string | null): string | null {
  if (!OWN_WORDS_HEADLINE.test(headline.text)) return null;
  const named = new Set(headline.refs.map((r) => r.leaderId));
  if (named.size === 1) return [...named][0];
  return named.size === 0 ? site : null;
}

/**
 * interview-subject: on a page that is one leader's interview (intervieweeOf), an answer's "I" is
 * his: an unlabelled paragraph that is no question ("I spoke with President Tinubu by telephone
 * just this Monday."), and a quotation nobody else is said to have spoken ('the president
 * corrected: "In May I sat down with …"'). A labelled turn is its label's (speaker-label), a
 * question is the interviewer's, and a quotation attributed to someone else is theirs, whether the
 * attribution follows it ('…," an aide said') or introduces it ('Speaking in Nairobi, he said: "…').
 */
export const interviewSubject: Rule<SpeakerInput, LeaderRef[]> = {
  name: "interview-subject",
  apply({ text, offset, interviewee }) {
    if (!interviewee || LABEL.test(text) || INTERVIEW_QUESTION.test(text)) return null;
    const out: LeaderRef[] = [];
    let from = 0;
    for (const q of quotations(text)) {
      out.push(...firstPerson(text, from, q.open, offset, interviewee, this.name));
      if (!ATTRIBUTED_AFTER_QUOTE.test(text.slice(q.close + 1, q.close + 61)) && !ATTRIBUTED_BEFORE_QUOTE.test(text.slice(Math.max(from, q.open - 80), q.open))) out.push(...firstPerson(text, q.open + 1, q.close, offset, interviewee, this.name));
      from = q.close + 1;
    }
    out.push(...firstPerson(text, from, text.length, offset, interviewee, this.name));
    return out.length ? out : null;
  },
};

/** What says who a speaker's "we" (or "our") is besides the speaker (see PARTNERS). */
export interface PartnerInput {
  /** The leader speaking. */
  speaker: string;
  /** The leaders named outright (no first person, no pronoun) from the start of the sentence before the plural's up to the plural. */
  namedBefore: string[];
  /** The rest of the plural's sentence after it: who else it takes in ("with the governors", "my ministers and I"). */
  rest: string;
  /** The page's pair (the two its headline names, else its two most named when they stand out), or null. */
  pagePair: () => string[] | null;
}

/**
 * page-partner: "Mr President, friends, I am very glad to see you. We have already had a chance to
 * talk by telephone, in August": a speaker's "we" is he and his counterpart on the page, the other
 * of the page's pair, when he is one of it, no leader but those two is named in its sentence
 * before it or in the two sentences before, and the rest of its sentence takes in nobody else.
 */
export const pagePartner: Rule<PartnerInput, string> = {
  name: "page-partner",
  apply({ speaker, namedBefore, rest, pagePair }) {
    // "We met in Lima with the governors", "we talked, my ministers and I": a "we" of others.
    if (WE_WITH_OTHERS.test(rest)) return null;
    const pair = pagePair();
    if (!pair?.includes(speaker)) return null;
    const partner = pair.find((id) => id !== speaker) ?? null;
    // Another leader named just before may be whom "we" takes in: no guess.
    return namedBefore.every((id) => id === speaker || id === partner) ? partner : null;
  },
};

/** A sentence's end inside a paragraph: a full stop, a question or exclamation mark, maybe a closing quotation mark, then a space. */
const SENTENCE_END = /[.!?]["”’)]?\s/g;

/**
 * Where the sentence holding `at` starts, where the one before it starts (its own start when it
 * is the paragraph's first) and where it ends, as offsets into the paragraph.
 */
export function sentenceBounds(text: string, at: number): { before: number; start: number; end: number } {
  let before = 0;
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const next = m.index + m[0].length;
    if (next > at) return { before, start, end: m.index + 1 };
    before = start;
    start = next;
  }
  return { before, start, end: text.length };
}
