/** The body's sentences, with offsets into the file. */
import { lastAtOrBefore } from "../sorted";
import type { Article, Span } from "../types";
import { GLUED_ABBREVIATION } from "./vocabulary";

export interface Sentence extends Span {
  text: string;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Abbreviations and initials after which Intl.Segmenter wrongly ends a sentence ("St. Petersburg", "Feb. 12", "Joseph R. Biden", "a Japan-U.S. Summit", "H.E. Mr.", "with the Hon. Anthony Albanese"). */
const ABBREVIATION = /(?:^|[\s(]|[-–](?<=\p{L}[-–]))(?:[A-Z]|St|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof|Sr|Jr|No|vs|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|H\.E|H\.M|H\.H|H\.R\.H|Hon|Rt)\.\s*$/u;
/** "at 10:00 p.m. (JST) for about an hour, …": a clock time's "a.m."/"p.m." before a parenthesis goes on with the sentence. */
const CLOCK_BEFORE_PARENTHESIS = /\b[ap]\.m\.\s*$/i;

/**
 * A full stop glued to the next sentence, as reader modes and app copies leave it when they drop
 * the space ("called it historic.Before the talks"): a word of two lower-case letters or more, its
 * stop (perhaps inside closing quotes), then a capitalised word. Intl.Segmenter reads no break
 * there. Only the match's shape: the word before the stop is checked by wholeWordBeforeStop.
 */
const GLUED_STOP = /\p{Ll}\p{Ll}[.!?]["”’»)]?(?=\p{Lu}\p{Ll})/gu;
/** How far back a glued stop's word is read: longer runs with no space are addresses, not words. */
const GLUED_WORD_REACH = 24;

/**
 * Whether the glued stop ending its word at `end` follows a whole word that ends a sentence: only
 * letters back to a space ("said.", "Monday."), not an initial's or a domain's run ("U.S.Army",
 * "press.Office@…", "a/b.Cd"), not a short capitalised token ("Sta.Cruz", "Pres.Petro", "Amb.Ruiz",
 * "Lima.The" stays glued too: no event over a cut in the wrong place), not a listed abbreviation.
 */
function wholeWordBeforeStop(text: string, end: number): boolean {
  if (text[end] !== ".") return true;
  const word = /[^\s("“‘«]*$/u.exec(text.slice(Math.max(0, end - GLUED_WORD_REACH), end))![0];
  if (word.length >= GLUED_WORD_REACH || !/^\p{L}+$/u.test(word)) return false;
  // An address goes on past the stop: "press.Office@…", "site.Org/page".
  if (/^[^\s@/]*[@/]/.test(text.slice(end + 1, end + 1 + GLUED_WORD_REACH))) return false;
  if (/^\p{Lu}/u.test(word) && word.length <= 4) return false;
  return !GLUED_ABBREVIATION.test(word);
}

/** A segment cut at its glued stops: the pieces' offsets within it. */
function atGluedStops(text: string): number[] {
  const cuts = [0];
  // Cheap test first: most segments have no stop before their last character.
  if (!/[.!?]["”’»)]?\p{Lu}/u.test(text)) return cuts;
  for (const m of text.matchAll(GLUED_STOP)) {
    const at = m.index + m[0].length;
    // ABBREVIATION reads a few characters back only ("… Sen.", "Mrs."): bounded, not the whole piece.
    if (wholeWordBeforeStop(text, m.index + 2) && !ABBREVIATION.test(text.slice(Math.max(cuts[cuts.length - 1], at - 12), at))) cuts.push(at);
  }
  return cuts;
}

/** The body's sentences, with offsets into the file; `keep` can skip whole paragraphs unread. */
export function sentences(article: Pick<Article, "text" | "paragraphs">, keep: (paragraph: string, span: Span) => boolean = () => true): Sentence[] {
  const out: Sentence[] = [];
  for (const p of article.paragraphs) {
    const para = article.text.slice(p.start, p.end);
    if (!keep(para, p)) continue;
    let glued: Sentence | null = null;
    for (const { segment, index } of segmenter.segment(para)) {
      const cuts = atGluedStops(segment);
      for (let c = 0; c < cuts.length; c++) {
        const piece = segment.slice(cuts[c], cuts[c + 1]);
        const lead = piece.length - piece.trimStart().length;
        const text = piece.trim();
        if (!text) continue;
        const start = p.start + index + cuts[c] + lead;
        if (glued && (ABBREVIATION.test(glued.text) || /^[a-z0-9]/.test(text) || (text.startsWith("(") && CLOCK_BEFORE_PARENTHESIS.test(glued.text)))) {
          glued = { text: article.text.slice(glued.start, start + text.length), start: glued.start, end: start + text.length };
          out[out.length - 1] = glued;
          continue;
        }
        glued = { text, start, end: start + text.length };
        out.push(glued);
      }
    }
  }
  return out;
}

/**
 * Where the last sentence ending before `at` stops (the offset of its ". "), -1 if none: "received a
 * call from H.E. Luiz Inácio Lula da Silva" goes on past "H.E.", so the leader after it is no new sentence's first.
 */
export function sentenceStopBefore(text: string, at: number): number {
  let i = text.lastIndexOf(". ", at);
  while (i > 0 && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i + 1))) i = text.lastIndexOf(". ", i - 1);
  return i;
}

/** The newline offsets of the last text asked about: a reading asks about one article many times. */
let lines: { text: string; newlines: number[] } = { text: "", newlines: [] };

/**
 * Forget the last text's lines: the pipeline calls it as it starts each article (not each reading
 * window or feed item: they share the article's text, whose lines are found once). Two strings are
 * compared by content, so an article equal to the one before (the same page fetched twice) but
 * another string would be compared whole at every question: each sentence would cost the
 * article's length.
 */
export function forgetLines(): void {
  lines = { text: "", newlines: [] };
}

/**
 * Where the line holding offset `at` begins, as `text.lastIndexOf("\n", at) + 1`, but found by
 * binary search: that scan, once per sentence, made a long article of one line quadratic.
 */
export function lineStart(text: string, at: number): number {
  if (lines.text !== text) {
    const newlines: number[] = [];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) newlines.push(i);
    lines = { text, newlines };
  }
  const { newlines } = lines;
  const last = lastAtOrBefore(newlines, at, (n) => n);
  return last >= 0 ? newlines[last] + 1 : 0;
}
