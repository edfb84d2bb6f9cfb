/**
 * Reading: text as other tools hand it over (a PDF's copy, a mail client's plain text) → the text
 * the sentence stages read, with each paragraph on one line. A PDF breaks its lines where the
 * page ran out ("held a tele-\nphone conversation with Prime Minister\nAnthony Albanese") and sets
 * running headers and page numbers between a sentence's halves; read line by line, such a sentence
 * is three fragments that no rule can read. Here the breaks inside a paragraph are joined, each by
 * a small named rule, and an edit list maps every offset of the reading back to the file as read,
 * so quotes still point at the file's own characters.
 *
 * One pass over the lines, each looked at a fixed number of times: linear in the text's size.
 */
import { PARTICLES } from "./leaders";
import { OFFICE_NAME_WORDS } from "./offices";
import { codePointBefore } from "./matches";
import { lastAtOrBefore } from "./sorted";
import { OPEN_END } from "./mentions/vocabulary";

/** One change: text[from, to) of the file is read as `insert`. */
export interface Edit {
  from: number;
  to: number;
  insert: string;
}

/** The text as read by the later stages, and the way back to the file's offsets. */
export interface Reading {
  edits: Edit[];
  /** The offset in the file of the character at `offset` in the reading. */
  toSource(offset: number): number;
  /** The offset in the reading of the file's character at `offset` (of the join's space, for a character joined away). */
  toReading(offset: number): number;
}

interface Line {
  /** Where the line's text begins and ends, surrounding spaces left out. */
  start: number;
  end: number;
  text: string;
}

/** A line that ends a sentence or a label: a stop, question or exclamation mark, a colon or semicolon, perhaps inside closing quotes. */
const ENDS_SENTENCE = /[.!?:;…]["”’»)\]]?$/;
/** A word broken at the line's end by a hyphen: "tele-", "co-". */
const HYPHEN_END = /(\p{L}+)-$/u;
/** A line going on in lower case: the rest of a sentence, not a new one or a heading. */
const LOWER_START = /^\p{Ll}/u;
/** A name's particle in lower case opening a line: "al-Sisi", "bin Salman" (the leader index's), "de Gaulle", "van Rompuy". */
const NAME_PARTICLE = new RegExp(`^(?:${[...PARTICLES, "de", "da", "di", "du", "van", "von", "le", "la"].join("|")})\\b`);
/** The first word of a line: "phone" of "phone conversation with …". */
const FIRST_WORD = /^\p{L}+/u;
/**
 * Prefixes whose hyphen is part of the word ("vice-president", "ex-leader", "self-rule",
 * "well-known", "follow-up"): broken at the hyphen, the word keeps it. Asked only when the
 * document spells the word neither way and it is no known word; a prefix that also opens plain
 * words ("pre-sident", "re-ceived", "counter-part", "inter-national", "all-ies") is not listed.
 */
const KEPT_HYPHEN = /^(?:vice|ex|self|well|follow|half|non|anti|face|two|three|four|five|first|second|third|cross|semi|multi)$/i;
/** Words the rules read whatever the document spells: the offices' words ("president", "minister"). */
const KNOWN_WORDS = new Set(OFFICE_NAME_WORDS.map((w) => w.toLowerCase()));
/** Hard-wrapped text: lines no longer than this. A paragraph kept on one line is longer. */
const WRAP_WIDTH = 130;
/** A wrapped line fills most of the width of its block's longest line. */
const WRAP_FILL = 0.6;
/** A wrapped line holds at least this many words: a short line is a heading, a label or a name. */
const WRAP_WORDS = 5;
/** A running header or footer is short: a wrapped line of text is longer. */
const RUNNING_WORDS = 9;
/** Running furniture skipped between a sentence's halves: at most this many lines. */
const FURNITURE_SKIP = 4;

/**
 * A running header or footer a PDF sets between pages: a page number ("Page 2 of 6", "- 3 -", "3"),
 * or a short line the document repeats (its title, an issue and a month). Decided per line.
 */
const PAGE_NUMBER = /^(?:[-–—|\s]*\d{1,4}[-–—|\s]*|.{0,80}?\b(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\b.{0,80}|.{0,80}?\b\d{1,4}\s*(?:of|\/)\s*\d{1,4}\s*)$/i;

/**
 * Words in a line: its runs of non-space characters, as `/\S+/g` would find them. Counted, not
 * collected, and by a loop over the characters rather than that pattern (every line of a page is
 * counted, some several times; a search per word cost ~1 % of extraction).
 */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether a UTF-16 code unit is one that `\s` matches (ECMAScript's white space and line terminators). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The non-blank lines of text[from…], with the blank lines between them marked. */
function linesOf(text: string, from: number): { lines: Line[]; blankBefore: boolean[] } {
  const lines: Line[] = [];
  const blankBefore: boolean[] = [];
  let blank = false;
  for (let at = from; at <= text.length; ) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    const raw = text.slice(at, nl);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      lines.push({ start: at + lead, end: at + lead + trimmed.length, text: trimmed });
      // A form feed is a page break: a blank line.
      blankBefore.push(blank || raw.slice(0, lead).includes("\f"));
      blank = raw.slice(lead + trimmed.length).includes("\f");
    } else blank = true;
    at = nl + 1;
  }
  return { lines, blankBefore };
}

/** The words a document spells, lower case: "telephone" read whole somewhere tells how "tele-" + "phone" is spelt. */
function spelledWords(text: string, from: number): Set<string> {
  const out = new Set<string>();
  // The whole text lowered at once, not each word: the same words, but for "İ", which lowers to
  // "i" and a combining dot (no letter), and "Σ", whose lower case depends on what follows it
  // (a word's last "ς" or "σ"): a text holding either is lowered word by word.
  const whole = !text.includes("\u0130", from) && !text.includes("\u03A3", from);
  const read = whole ? text.slice(from).toLowerCase() : text;
  // exec on one pattern, not matchAll: matchAll copies its pattern on every call (bench/README).
  SPELLED.lastIndex = whole ? 0 : from;
  for (let m = SPELLED.exec(read); m; m = SPELLED.exec(read)) out.add(whole ? m[0] : m[0].toLowerCase());
  SPELLED.lastIndex = 0;
  return out;
}
const SPELLED = /\p{L}+(?:-\p{L}+)*/gu;
const SPELLED_HERE = /\p{L}+(?:-\p{L}+)*/uy;
const LETTER = /^\p{L}$/u;
/** Look-ups a SpelledWords answers by scanning before it lists the document's words. */
const SCANS_BEFORE_LISTING = 4;

/**
 * The same words, asked about one at a time: a broken line asks about two, and listing every word
 * of the document for them was 1.5–2 % of extraction. A word is looked for in the text lowered
 * whole, and counts where spelledWords would have read it: where a word of SPELLED starts (a
 * letter not after a letter, nor after a hyphen that goes on from a letter) and ends. Lowering
 * that depends on the letters around ("Σ") or changes lengths ("İ") is left to spelledWords.
 */
class SpelledWords {
  private lowered: string | null = null;
  private all: Set<string> | null = null;
  private asked = 0;
  constructor(
    private readonly text: string,
    private readonly from: number,
  ) {}

  has(word: string): boolean {
    if (this.all) return this.all.has(word);
    this.lowered ??= this.text.toLowerCase();
    // Each look-up scans the whole text: a page with many broken lines would cost lines × length,
    // so past a few look-ups the words are listed once and answered from the set.
    if (++this.asked > SCANS_BEFORE_LISTING || this.lowered.length !== this.text.length || this.text.includes("Σ")) {
      this.all = spelledWords(this.text, this.from);
      return this.all.has(word);
    }
    for (let at = this.lowered.indexOf(word, this.from); at !== -1; at = this.lowered.indexOf(word, at + 1)) if (this.startsWord(at) && this.wordLength(at) === word.length) return true;
    return false;
  }

  private startsWord(at: number): boolean {
    if (at === this.from) return true;
    const before = codePointBefore(this.text, at);
    if (LETTER.test(before)) return false;
    if (before !== "-" || at - 1 <= this.from) return true;
    const letter = codePointBefore(this.text, at - 1);
    return !(LETTER.test(letter) && at - 1 - letter.length >= this.from);
  }

  private wordLength(at: number): number {
    SPELLED_HERE.lastIndex = at;
    const m = SPELLED_HERE.exec(this.text);
    SPELLED_HERE.lastIndex = 0;
    return m ? m[0].length : -1;
  }
}

/** How a break between two lines is read: joined by a space, joined with no space (a broken word), or left. */
type Join = { insert: string; keepHyphen?: boolean } | null;

export interface JoinInput {
  previous: Line;
  next: Line;
  /** `previous` is a full line of a block of hard-wrapped text (see unwrapEdits). */
  wrapped: boolean;
  words: { has(word: string): boolean };
}

/**
 * Each rule reads one break between two lines of a block and says whether it is inside a
 * paragraph. Order: a word broken by a hyphen first (it joins with no space), then a line that
 * goes on in lower case, then a full line of hard-wrapped text, then a line stopping on a word no
 * sentence ends on.
 */
export const LINE_JOINS: { name: string; join: (i: JoinInput) => Join }[] = [
  // "held a tele-" / "phone conversation": one word; "vice-" / "president" keeps its hyphen, as does a word the document spells with one.
  {
    name: "hyphenated-word",
    join: ({ previous, next, words }) => {
      // Most lines do not end in a hyphen: the pattern, tried from each letter, only where one does.
      const head = previous.text.endsWith("-") ? HYPHEN_END.exec(previous.text) : null;
      if (!head || !LOWER_START.test(next.text)) return null;
      const tail = FIRST_WORD.exec(next.text)![0].toLowerCase();
      const first = head[1].toLowerCase();
      const joined = first + tail;
      // The document's own spelling first, then a known word; the prefix list only when neither tells.
      const keep = words.has(joined) || KNOWN_WORDS.has(joined) ? false : words.has(`${first}-${tail}`) || KEPT_HYPHEN.test(first);
      return { insert: "", keepHyphen: keep };
    },
  },
  // "… with the Australian" / "leaders on trade": a sentence going on in lower case on the next line.
  // A short line over one in lower case is a heading or a label over a name ("Statement by" / "al-Sisi"): not joined.
  {
    name: "lowercase-continuation",
    join: ({ previous, next }) => (!ENDS_SENTENCE.test(previous.text) && LOWER_START.test(next.text) && !NAME_PARTICLE.test(next.text) && wordCount(previous.text) >= WRAP_WORDS ? { insert: " " } : null),
  },
  // "Narendra Modi held a telephone conversation with Prime Minister" / "Anthony Albanese on 12 March.": a full line of wrapped text.
  { name: "wrapped-line", join: ({ previous, next, wrapped }) => (wrapped && !ENDS_SENTENCE.test(previous.text) && /^["“‘(]?[\p{L}\d]/u.test(next.text) ? { insert: " " } : null) },
  // "… as well as the" / "launch of new projects": a line that stops on a word a sentence seldom ends
  // on, over one in lower case. Text that lost its full stops (an app's copy, a reader mode) has no
  // stop at its block's end by which wrapped-line could tell its full lines. A name's particle under
  // such a line ("… on behalf of" / "al-Sisi and …") goes on with it: the line is no label.
  {
    name: "open-ended-line",
    join: ({ previous, next }) => (OPEN_END.test(previous.text) && LOWER_START.test(next.text) && wordCount(previous.text) >= WRAP_WORDS ? { insert: " " } : null),
  },
];

/** A running header, footer or page number set between a sentence's halves. */
export function isRunningLine(line: string, repeated: boolean): boolean {
  if ((ENDS_SENTENCE.test(line) && !/\d$/.test(line)) || wordCount(line) > RUNNING_WORDS) return false;
  return PAGE_NUMBER.test(line) || repeated;
}

/** A line's shape with its digits and spacing set aside: "Page 2 of 6" and "Page 3 of 6" are one running footer. */
const shapeOf = (line: string) => line.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ");

/**
 * The edits that join the breaks inside paragraphs of text[from…]. `text` is the file with its
 * markup blanked (same length as the file), so the edits apply to either. Each line not ending a
 * sentence is read with the next one that is no running furniture (nextLineAfter), by the first
 * rule of LINE_JOINS that joins them (joinOf).
 */
export function unwrapEdits(text: string, from = 0): Edit[] {
  if (!text.includes("\n", from)) return [];
  const { lines, blankBefore } = linesOf(text, from);
  const running = runningLines(lines);
  const wrapped = wrappedLines(lines, blankBefore, running);
  const words = new SpelledWords(text, from);
  const edits: Edit[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const previous = lines[i];
    if (running[i] || ENDS_SENTENCE.test(previous.text)) continue;
    const n = nextLineAfter(i, lines, blankBefore, running);
    if (n < 0) continue;
    const next = lines[n];
    const join = joinOf({ previous, next, wrapped: wrapped[i], words }, n === i + 1 && !blankBefore[n]);
    if (!join) continue;
    edits.push({ from: join.keepHyphen === undefined ? previous.end : previous.end - (join.keepHyphen ? 0 : 1), to: next.start, insert: join.insert });
    i = n - 1;
  }
  return edits;
}

/**
 * Which lines are running ones (a header, footer or page number, isRunningLine). Only short lines
 * of few words can be: no other line's shape is asked for. Lines of one shape have as many words,
 * so leaving the wordier out changes no count that is asked.
 */
function runningLines(lines: Line[]): boolean[] {
  const shape = lines.map((l) => (l.text.length <= 120 && wordCount(l.text) <= RUNNING_WORDS ? shapeOf(l.text) : null));
  const shapes = new Map<string, number>();
  for (const k of shape) if (k !== null) shapes.set(k, (shapes.get(k) ?? 0) + 1);
  return lines.map((l, i) => shape[i] !== null && isRunningLine(l.text, (shapes.get(shape[i]!) ?? 0) >= 2));
}

/**
 * Each block (lines with no blank line between them): its width, and which of its lines are full
 * lines of wrapped text: full lines from there to the block's end, which ends a sentence (or runs
 * on past a page's furniture). A headline over a timestamp, a menu over a label, is no such block.
 */
function wrappedLines(lines: Line[], blankBefore: boolean[], running: boolean[]): boolean[] {
  const wrapped: boolean[] = new Array(lines.length).fill(false);
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && !blankBefore[j]) j++;
    let w = 0;
    for (let k = i; k < j; k++) w = Math.max(w, lines[k].text.length);
    // Running lines inside the block (a footer set with no blank line around it) are passed over.
    let lastText = j - 1;
    while (lastText > i && running[lastText]) lastText--;
    const runsOn = lastText < j - 1 || (j < lines.length && running[j]);
    if (w <= WRAP_WIDTH && (ENDS_SENTENCE.test(lines[lastText].text) || runsOn)) {
      for (let k = lastText - 1; k >= i; k--) {
        if (running[k]) continue;
        const t = lines[k].text;
        if (t.length < w * WRAP_FILL || wordCount(t) < WRAP_WORDS) break;
        wrapped[k] = true;
      }
    }
    i = j;
  }
  return wrapped;
}

/**
 * The line a sentence broken at line i may go on in: the next one, or across a page break the one
 * after the running furniture between the halves; -1 when none (the text ends, the furniture runs
 * on too long, or a blank line comes first).
 */
function nextLineAfter(i: number, lines: Line[], blankBefore: boolean[], running: boolean[]): number {
  let n = i + 1;
  while (n < lines.length && n - i <= FURNITURE_SKIP && running[n]) n++;
  return n >= lines.length || running[n] || (n === i + 1 && blankBefore[n]) ? -1 : n;
}

/** The first rule of LINE_JOINS that joins a break. Within a block, full lines are joined; across a page's furniture, only a broken word or a line that plainly goes on. */
function joinOf(input: JoinInput, sameBlock: boolean): Join {
  for (const rule of LINE_JOINS) {
    if (rule.name !== "hyphenated-word" && sameBlock === (rule.name === "lowercase-continuation")) continue;
    const join = rule.join(input);
    if (join) return join;
  }
  return null;
}

/** `text` read with `edits` applied. */
export function applyEdits(text: string, edits: Edit[]): string {
  if (!edits.length) return text;
  const out: string[] = [];
  let at = 0;
  for (const e of edits) {
    out.push(text.slice(at, e.from), e.insert);
    at = e.to;
  }
  out.push(text.slice(at));
  return out.join("");
}

/** The way back from the reading's offsets to the file's. */
export function readingOf(edits: Edit[]): Reading {
  // Where each edit's text ends in the reading, and how far the reading has fallen behind the file there.
  const at: number[] = [];
  const shift: number[] = [];
  let behind = 0;
  for (const e of edits) {
    const readingEnd = e.from - behind + e.insert.length;
    behind += e.to - e.from - e.insert.length;
    at.push(readingEnd);
    shift.push(behind);
  }
  return {
    edits,
    toSource(offset: number): number {
      // The edits whose text ends at or before `offset` in the reading.
      const before = lastAtOrBefore(at, offset, (x) => x) + 1;
      return offset + (before ? shift[before - 1] : 0);
    },
    toReading(offset: number): number {
      // The edits whose span ends at or before `offset` in the file.
      const lo = lastAtOrBefore(edits, offset, (e) => e.to) + 1;
      // Inside an edit's span: where the edit's text stands in the reading.
      if (lo < edits.length && edits[lo].from <= offset) return at[lo] - edits[lo].insert.length;
      return offset - (lo ? shift[lo - 1] : 0);
    },
  };
}
