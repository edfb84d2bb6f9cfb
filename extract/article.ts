/**
 * Article stage: the file's text → its body paragraphs (page furniture removed), title,
 * publisher, address and publication date with where that date came from.
 * Offsets point into the article's reading (extract/reading.ts: paragraphs broken over lines joined),
 * which maps each back to the file as read, so later stages can quote the file exactly.
 */
import { findDates, weekdayOf } from "./dates";
import { pageFullDates as findFullDates } from "./page-dates";
import { CONTACT_HINT } from "./mentions/cues";
import { CONTACT_HEADING } from "./mentions/vocabulary";
import { feedEdits, feedItems, feedPublished, feedTitle, isFeed, type FeedItem } from "./feed";
import { decodeEntities } from "./entities";
import { applyEdits, readingOf, unwrapEdits, wordCount } from "./reading";
import type { Article, ArticleMeta, Span } from "./types";

export class ArticleError extends Error {}

const FRONT_MATTER_KEYS = new Set(["title", "publisher", "url", "published"]);

/** Front matter between `---` lines: returns the metadata and where the article proper begins. */
export function parseFrontMatter(text: string): { meta: ArticleMeta; bodyStart: number } {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return { meta: {}, bodyStart: 0 };
  const close = /^---[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const end = close.exec(rest);
  if (!end) throw new ArticleError("front matter opens with '---' but never closes");
  const meta: ArticleMeta = {};
  for (const line of rest.slice(0, end.index).split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!m) throw new ArticleError(`malformed front matter line: ${JSON.stringify(line.slice(0, 60))}`);
    const key = m[1].toLowerCase();
    if (!FRONT_MATTER_KEYS.has(key)) continue;
    const value = m[2].trim().replace(/^["'](.*)["']$/, "$1") || null;
    if (key === "published" && value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      throw new ArticleError(`front matter 'published' must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
    meta[key as keyof ArticleMeta] = value;
  }
  const bodyStart = open[0].length + end.index + end[0].length;
  return { meta, bodyStart };
}

const HTML_HINT = /<(html|body|p|div|article|span|br|h[1-6]|script)\b/i;
/** Elements whose content is never text: masked whole, from the opening tag to the closing one. */
const RAW_OPEN = /<(script|style|noscript|template)\b/iy;
/** Tags that end a paragraph: masked as a line break so paragraphs stay apart. */
const BLOCK_TAG = /<\/?(?:p|div|article|section|h[1-6]|li|br|tr|header|footer|nav|aside|figure|figcaption|blockquote)\b/iy;

/**
 * HTML is reduced to text by blanking its markup with spaces of the same length, so that
 * every offset still points at the same character of the file as read. Nothing is executed.
 *
 * One pass from each `<` to the end of its tag, comment or raw-text element, resuming after it,
 * so the time is linear in the page's size even for a hostile page ("<<<<…", a thousand unclosed
 * "<!--"): a closing that was searched for once and is not there is never searched for again.
 */
export function maskHtml(text: string): string {
  if (!HTML_HINT.test(text)) return text;
  const out: string[] = [];
  let copied = 0;
  const unclosed = new Set<string>();
  let commentsClose = true;
  for (let i = text.indexOf("<"); i >= 0; ) {
    let end = -1;
    let lineBreak = false;
    RAW_OPEN.lastIndex = i;
    const raw = RAW_OPEN.exec(text);
    const name = raw?.[1].toLowerCase();
    if (raw && name && !unclosed.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, "gi");
      close.lastIndex = i + raw[0].length;
      const m = close.exec(text);
      if (m) end = m.index + m[0].length;
      else unclosed.add(name);
    }
    if (end < 0 && commentsClose && text.startsWith("<!--", i)) {
      const c = text.indexOf("-->", i + 4);
      if (c >= 0) end = c + 3;
      else commentsClose = false;
    }
    if (end < 0) {
      const gt = text.indexOf(">", i + 1);
      // No '>' left: no later '<' can open a tag either.
      if (gt < 0) break;
      BLOCK_TAG.lastIndex = i;
      lineBreak = BLOCK_TAG.test(text);
      end = gt + 1;
    }
    out.push(text.slice(copied, i));
    out.push(lineBreak ? "\n" + " ".repeat(end - i - 1) : text.slice(i, end).replace(/[^\n]/g, " "));
    copied = end;
    i = text.indexOf("<", end);
  }
  out.push(text.slice(copied));
  return out.join("");
}

/** Lines after which nothing belongs to the article (related links, tickers, share bars). */
const END_MARKERS =
  /^(recent posts|related( articles| news| stories| posts)?|news ?line|latest( news)?|most (read|popular)|read (more|also)|more (stories|news|from)|you (may|might) also like|trending( now)?|share this( article)?|comments?|tags?:|follow us|subscribe|sign up)\b/i;
/**
 * A label that points to another story or another day: "On this day", "This day in history", "From
 * the archive", "Also read: …", "Gallery: …". Its dates are those of the other story, never the page's.
 */
const OTHER_STORY_LABEL =
  /^(?:on this day|this (?:day|week|month) in history|today in history|\d+ years ago(?: today)?|years ago today|from (?:the|our) archives?|flashback|throwback|(?:also|further) read|read also|see also|related(?: articles| news| stories| posts| coverage)?|in case you missed it|more (?:on this|about this)|(?:photo |picture )?gallery\s*:|in pictures\s*:)/i;
/**
 * The labels of those that head a box of items (the items under them are other stories too), unlike a
 * site menu's "Photo Gallery" or "Videos", whose next lines are the page's own.
 */
const OTHER_STORY_BOX =
  /^(?:on this day|this (?:day|week|month) in history|today in history|\d+ years ago(?: today)?|years ago today|from (?:the|our) archives?|flashback|throwback|(?:also|further) read|read also|see also|related(?: articles| news| stories| posts| coverage)?|in case you missed it)\b/i;
/**
 * A line that dates the reader's copy, not the page: "Printed on 19/03/2024", "Printed from … on …",
 * "Accessed 19 March 2024", "Retrieved: …", "Downloaded on …", "Saved …", "Captured …". A copy is
 * made after the story, often days after, and its date would put the story's "on Tuesday" a week late.
 */
const COPY_DATE_LABEL = /^(?:(?:this (?:article|page|story) was )?(?:printed|accessed|retrieved|downloaded|saved|captured|archived|clipped)\b|print(?:ed)? date\b)/i;
/** How many lines under a box's heading belong to the box at most: a few items, each a title and a date. */
const BOX_LINES = 8;

/**
 * Which lines date something other than the page: a copy's date (COPY_DATE_LABEL), or a box about
 * other stories: a line that opens with OTHER_STORY_LABEL, and,
 * under a box's heading (OTHER_STORY_BOX, with no figure in it: an item would carry its date), the
 * lines that follow it up to the next line of prose.
 */
function datingElsewhere(lines: Line[], prose: boolean[]): boolean[] {
  const out = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    if (COPY_DATE_LABEL.test(lines[i].text)) out[i] = true;
    if (prose[i] || !OTHER_STORY_LABEL.test(lines[i].text)) continue;
    out[i] = true;
    if (/\d/.test(lines[i].text) || !OTHER_STORY_BOX.test(lines[i].text)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 1 + BOX_LINES) && !prose[j]; j++) out[j] = true;
  }
  return out;
}

const TICKER_TIMESTAMP = /^\s*(\d{1,2}:\d{2}\s+\d{1,2}\.\d{1,2}\.\d{4}|\d+\s+(minutes?|hours?|days?)\s+ago)\s*$/i;
/**
 * A photo's credit closing its caption: an agency or photographer after the last sentence
 * ("… in Paris, May 7, 2025. (AP Photo/Jane Doe)", "… October 23, 2024. REUTERS/Jane Doe",
 * "… via REUTERS", "… Photo: AFP", "| Photo Credit: PTI", "… ©AFP", "… Getty Images").
 */
const PHOTO_CREDIT =
  /(?:\([^()/]{1,60}\/[^()/]{1,60}\)|\b(?:REUTERS|Reuters)\/[\p{L} .'’-]{2,60}(?:\/File Photo)?|\bvia (?:REUTERS|Reuters|AP|AFP|Getty Images)|\b(?:photo|image|picture)(?: credit)?\s*:\s*[^.:]{1,60}|©\s*[^\s.]{1,40}|[.)]\s+(?:Getty Images|AFP|EPA-EFE|EPA|Xinhua|TASS|Sputnik|ANI|PTI|AAP))\s*$/iu;
const CAPTION_PATTERN = new RegExp(String.raw`\((photo|image|picture|credit|file photo)\b[^)]{0,200}\)|^\s*(photo|image|file photo|credit)\s*[:|]|\((C-?[LR]|L|R|C)\)|${PHOTO_CREDIT.source}`, "iu");
const CREDIT_AGENCIES = ["getty images", "afp", "epa-efe", "epa", "xinhua", "tass", "sputnik", "ani", "pti", "aap"];
/**
 * A photo's caption or credit (CAPTION_PATTERN). Every line of a page is asked, several times, and
 * the pattern has no first letter V8 can skip ahead to: it is tried only on lines holding what
 * every one of its branches needs (a bracket, a colon, a bar, a slash, "©", "via ", or a credit
 * agency ending the line), which most lines of prose do not.
 */
const CAPTION = {
  test(line: string): boolean {
    if (!/[(:|/©]/.test(line)) {
      const lower = line.trimEnd().toLowerCase();
      if (!lower.includes("via ") && !CREDIT_AGENCIES.some((a) => lower.endsWith(a))) return false;
    }
    return CAPTION_PATTERN.test(line);
  },
};
const BOILERPLATE = /(website can (also )?be accessed|all rights reserved|reports and views published|do(es)? not necessarily reflect|cookies|newsletter)/i;


/**
 * A line of prose: enough words and a sentence ending (or several sentences), or a short line
 * that still reads as a sentence (wire briefs and live blogs tell a whole contact in six words).
 */
export function isProse(line: string): boolean {
  if (line.includes(":") && ADDRESS_TURN.test(line.trim())) return true;
  if (line.length <= SPEAKER_HEADING_MAX && SPEAKER_HEADING.test(line.trim())) return true;
  const words = wordCount(line);
  if (isFlash(line, words)) return true;
  if (words < SHORT_SENTENCE_MAX_WORDS) return isShortSentence(line, words);
  if (isNavigationStrip(line)) return false;
  return /[.!?"”»)]$/.test(line.trim()) || words >= 20;
}

/**
 * A transcript's turn opened by its speaker's label and an address alone ("President of Kenya A:
 * Mr President, dear friend,", "B (retranslated): Dear colleagues,"): no sentence, but the label
 * that says whose the paragraphs after it are (mentions/speakers.ts reads it), so it is kept.
 */
const ADDRESS_TURN = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,7}\s*(?:\([^)\n]{1,40}\)\s*)?:\s+(?:Mr|Mrs|Ms|Madam|Mister|Dear|Your|Ladies|Excellenc\w*|Comrade|Colleagues|Friends)\b[^.!?\n]{0,80}[,:]$/u;

/**
 * A transcript's speaker given as a heading line of his own, no colon, his statement after it
 * ("Prime Minister Kishida Fumio", "President Lula"): an office and a name alone. No sentence,
 * but it says whose the paragraphs after it are (mentions/speakers.ts headingSpeaker), so it is kept.
 */
const SPEAKER_HEADING = /^(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Crown\s+Prince|Premier|Sheikh|Sultan)(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}$/u;
const SPEAKER_HEADING_MAX = 60;

/** Between the items of a site's navigation strip: a bar, slash or chevron with spaces round it. */
const STRIP_SEPARATOR = /\s[/|>»›•]\s/;
/** The fewest items a navigation strip holds ("World | Europe | Asia | Business | Sport"). */
const STRIP_MIN_ITEMS = 5;

/**
 * A site's navigation strip ("France | Africa | Middle East | Europe | … | Sport"): five items or
 * more, each of a few words with no digit and no full stop. Long enough to pass for prose by its
 * word count, and taken for the body's first line it puts the real story after the share bar
 * below it, past the body's end. A table row tells a date or a sentence in some cell, and stays.
 */
function isNavigationStrip(line: string): boolean {
  if (!STRIP_SEPARATOR.test(line)) return false;
  const items = line.trim().split(STRIP_SEPARATOR);
  return items.length >= STRIP_MIN_ITEMS && items.every((i) => wordCount(i) <= 3 && !/[\d.!?]/.test(i));
}

/** Fewer words than this and a line is too short to be a sentence worth reading ("Sources said."). */
const SHORT_SENTENCE_MIN_WORDS = 3;
/** From this many words on, a line ending like a sentence is prose without further reading. */
const SHORT_SENTENCE_MAX_WORDS = 8;
/** A sentence's end: a full stop, question or exclamation mark, perhaps inside closing quotes. */
const SENTENCE_END = /[.!?]["”’»)]?$/;
/**
 * A sentence's start: a letter or digit, perhaps after a digest's bullet or an opening quote
 * (names such as "al-Sudani" open in lower case).
 */
const SENTENCE_START = /^(?:[•*–—-]\s*)?["“‘«(]?[\p{L}\d]/u;
/** A verb telling what happened, in the past: a story's sentence, not a headline's, teaser's or caption's present ("A meets B", "A and B shake hands"). */
const PAST_VERB = /\s(?:was|were|had|did|said|told|met|spoke|held|hosted|received|visited|called|went|came|arrived|took|gave|made|sent|flew|\p{Ll}[\p{Ll}-]*ed)\b/u;
/** A headline's or caption's present of a contact: "A meets B", "A holds talks with B", "A and B shake hands". */
const PRESENT_HEADLINE_VERB = /\s(?:meets|meet|holds|hold|hosts|host|receives|visits|speaks|speak|talks|calls|welcomes|shake|shakes|pledge|pledges)\s/;
/**
 * A finite verb after the line's first word, lower case as in running prose: a label's first
 * word ("Updated …", "Posted …") does not count, and a menu or share bar has none.
 */
const FINITE_VERB = /\s(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|said|says|told|tells|met|meets|meet|spoke|speaks|held|holds|hosted|hosts|received|receives|visited|visits|called|calls|went|came|arrived|\p{Ll}[\p{Ll}-]*ed)\b/u;
/** Lines a page repeats around its story however they are punctuated: labels, share and navigation strips. */
const FURNITURE_LINE = /^[\p{L} ]{1,24}:|\s[/|>»›•]\s|^(?:share|click|tap|follow|subscribe|sign (?:up|in)|log in|read (?:more|also)|see also|watch|listen|advertisement|updated|published|posted|copyright|©)\b/iu;

/**
 * A line under eight words that is a sentence, not a heading, menu or caption: it begins like a
 * sentence, ends with sentence-final punctuation and has a finite verb or a contact word after
 * its first word. Headlines (no full stop), menus and share bars (no verb), labels ("Source: …")
 * and dates stay furniture.
 */
export function isShortSentence(line: string, words = wordCount(line)): boolean {
  if (words < SHORT_SENTENCE_MIN_WORDS || words >= SHORT_SENTENCE_MAX_WORDS) return false;
  const text = line.trim();
  return SENTENCE_END.test(text) && readsAsSentence(text);
}

/** A line's words read as a sentence's, whatever its end: its start, no label, menu or caption, a finite verb or a contact word after its first word. */
function readsAsSentence(text: string): boolean {
  if (!SENTENCE_START.test(text)) return false;
  if (FURNITURE_LINE.test(text) || CAPTION.test(text) || END_MARKERS.test(text) || BOILERPLATE.test(text) || MENU.test(text)) return false;
  const afterFirstWord = text.slice(text.search(/\s/));
  return FINITE_VERB.test(afterFirstWord) || CONTACT_HINT.test(afterFirstWord);
}

/** A page's stamp in a line: a clock time, a date in figures or a reading time ("08:46 PM IST", "2022-12-16", "1 min read"): a header's, not a sentence's. */
const STAMPED = /\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\bmin(?:ute)?s?\s+read\b/i;

/**
 * Text that lost its full stops on the way (an app's or a press office's mobile view, a reader
 * mode, a messaging app's forward) sets each sentence on a line of its own with no stop at its end:
 * one of twenty words or more still reads as prose by its length, but a shorter one ("A had a
 * telephone conversation with President B") reads as a heading. Such a line is prose when it reads
 * as a sentence, tells it in the past (a headline, a teaser or a caption tells it in the present:
 * "A meets B", "A and B shake hands") and stands in one block (no blank line between) next to a line
 * of prose that has no stop either and reads as a sentence itself, not a credits line or a quote
 * closing with no stop ("(Reporting by …)", "… \"as soon as possible\""), in a block where no line has
 * its stop. A block after the story's last stopped line is past its end (a related-stories list, a
 * "Don't miss" teaser), and a headline or a date stands apart, over a blank line: both stay as they
 * were. Only lines prose by their own shape anchor: a line this rule marks anchors nothing, so one
 * stopless sentence does not turn the list under it into prose.
 */
function readStoplessLines(lines: Line[], text: string, prose: boolean[]): void {
  const stopped = lines.map((l) => SENTENCE_END.test(l.text));
  const storyEnd = prose.findLastIndex((p, i) => p && stopped[i]);
  const anchor = lines.map((l, i) => prose[i] && !stopped[i] && !/["”’»)\]]$/.test(l.text) && readsAsSentence(l.text));
  // Two lines with one line break between them at most: no blank line apart.
  const sameBlock = (i: number, j: number) => {
    const gap = text.slice(lines[i].end, lines[j].start);
    return gap.indexOf("\n") === gap.lastIndexOf("\n");
  };
  // A line of the block with its stop: the block has its stops (searched only while candidates' neighbours anchor).
  const blockStopped = (i: number) => {
    for (let k = i; k > 0 && sameBlock(k - 1, k); k--) if (stopped[k - 1]) return true;
    for (let k = i; k + 1 < lines.length && sameBlock(k, k + 1); k++) if (stopped[k + 1]) return true;
    return false;
  };
  const marked: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (prose[i] || (storyEnd >= 0 && i > storyEnd) || stopped[i]) continue;
    const l = lines[i].text;
    if (wordCount(l) < SHORT_SENTENCE_MIN_WORDS || STAMPED.test(l) || !readsAsSentence(l) || !PAST_VERB.test(l.slice(l.search(/\s/))) || PRESENT_HEADLINE_VERB.test(l)) continue;
    const next = (j: number) => j >= 0 && j < lines.length && anchor[j] && sameBlock(Math.min(i, j), Math.max(i, j));
    if ((next(i - 1) || next(i + 1)) && !blockStopped(i)) marked.push(i);
  }
  for (const i of marked) prose[i] = true;
}

/**
 * A wire flash or alert: "FLASH — A, B speak by phone", "BREAKING: A meets B in Sydney". Its marker
 * says it is news told as it breaks, in a headline's words with no full stop; a related-stories list
 * or a menu says nothing like it.
 */
const FLASH_MARKER = /^\s*(?:BREAKING(?: NEWS)?|FLASH|SNAP|URGENT|JUST IN|NEWS ALERT|ALERT|BULLETIN)\s*(?::|[-–—]\s)/;

/** A flash line that tells something: a marker, then a few words with a finite verb or a contact word. */
export function isFlash(line: string, words?: number): boolean {
  const marker = FLASH_MARKER.exec(line);
  // The words are counted only after a marker: every prose line is asked, and few have one.
  if (!marker || (words ?? wordCount(line)) < SHORT_SENTENCE_MIN_WORDS + 1) return false;
  const told = line.slice(marker[0].length);
  return FINITE_VERB.test(told) || CONTACT_HINT.test(told) || /\s(?:meet|speak|talk|hold|host|visit|call|receive|welcome)s?\b/.test(told);
}

interface Line extends Span {
  text: string;
}

/**
 * A flash is the page's own news only where the page is made of flashes (more flash lines than
 * other prose), where it stands as the page's title (no headline above it), or where the headline
 * names the same people; elsewhere it is a ticker's line about other news ("BREAKING: A meets B"
 * atop a story on a school), furniture the way DESIGN.md has it. Marks such lines not prose.
 */
function leaveOthersFlashes(lines: Line[], prose: boolean[], title: string | null): void {
  const flash = lines.map((l, i) => prose[i] && isFlash(l.text));
  const flashes = flash.filter(Boolean).length;
  if (!flashes || flashes > prose.filter((p, i) => p && !flash[i]).length) return;
  const firstProse = prose.indexOf(true);
  const headline = title ?? pickHeadline(lines.slice(0, Math.max(firstProse, 0)).slice(0, HEADER_READ).map((l) => l.text));
  lines.forEach((l, i) => {
    if (!flash[i]) return;
    const standsAsTitle = i === firstProse && headline === null;
    if (!standsAsTitle && !(headline && sameNames(headline, l.text))) prose[i] = false;
  });
}

/** Two or more capitalised words in common: a headline and a flash that tell the same people's news. */
function sameNames(headline: string, flash: string): boolean {
  const names = (s: string) => new Set(s.replace(FLASH_MARKER, "").match(/\p{Lu}[\p{L}'’-]+/gu) ?? []);
  const inHeadline = names(headline);
  return [...names(flash)].filter((n) => inHeadline.has(n)).length >= 2;
}

/**
 * The longest line kept as one paragraph. A page with no line breaks (or a hostile one) is cut
 * into pieces of at most this size between sentences, so that no later stage ever reads a
 * paragraph or sentence longer than this: their costs per sentence stay bounded.
 */
export const MAX_LINE = 4000;
/** Where a long line may be cut, best first: a sentence end, then any space. */
const LINE_CUTS = [/[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu, /\s+/g];

function pushLine(lines: Line[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) lines.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    const end = m.index + m[0].length;
    while (end - start > MAX_LINE) {
      const tail = text.slice(start + MAX_LINE / 2, start + MAX_LINE);
      let cut = -1;
      for (const cutter of LINE_CUTS) {
        cutter.lastIndex = 0;
        for (let c = cutter.exec(tail); c; c = cutter.exec(tail)) cut = start + MAX_LINE / 2 + c.index + c[0].length;
        if (cut > start) break;
      }
      if (cut <= start) cut = start + MAX_LINE;
      pushLine(lines, text, start, cut);
      start = cut;
    }
    pushLine(lines, text, start, end);
  }
  return lines;
}

/**
 * An entry of a chronology, a "Key dates" box or a table's row: a date opening the line (after a
 * bullet or an entry's number), set off from what follows by a dash, a colon, a bar, a tab or a
 * table cell's edge (cells of an HTML row are blanked apart by their tags), then a fragment naming
 * a contact ("12 May 2022 — phone call with President Lula", "5 June | Telephone conversation
 * between …"). It tells a contact as a sentence does, with neither verb nor full stop, and is read
 * as one. A link's text ("<a href=…>3 May 2024 — Lula meets Modi</a>") points to another page's story.
 */
function isDatedEntry(line: string, page: string, start: number): boolean {
  if (!CONTACT_HINT.test(line)) return false;
  const opening = ENTRY_OPENING.exec(line);
  // Cell edges read as bars: a run of blanks after "12 March" would hide its day from the date reader.
  const entry = line.slice(opening ? opening[0].length : 0).replace(CELL_EDGE, " | ");
  // Only the shape is asked here (a date, then a mark): any day of reference reads it.
  const first = findDates(entry.slice(0, ENTRY_DATE_READ), 0, SHAPE_REFERENCE)[0];
  if (!first?.date || first.start !== 0) return false;
  const told = entry.slice(first.end);
  if (!ENTRY_MARK.test(told) || !CONTACT_HINT.test(told)) return false;
  return !LINK_ELSEWHERE.test(page.slice(page.lastIndexOf("\n", start) + 1, start + 1));
}
/** A link to another page ("<a href=\"/news/…\">"), not to an entry of this one ("<a href=\"#p3\">"). */
const LINK_ELSEWHERE = /<a\b[^<>]*\bhref\s*=\s*["']?(?!#)/i;
/** Before an entry's date: a bullet, or the entry's number ("3.", "(3)"). */
const ENTRY_OPENING = /^(?:[•*·▪►–—-]\s*|\(?\d{1,3}[.)]\s+)/u;
/** How much of an entry's opening is read for its date: a weekday, a day, a month and a year. */
const ENTRY_DATE_READ = 40;
/** Between an entry's date and what it tells: a dash, colon or bar, a tab, or a blanked cell edge. */
const ENTRY_MARK = /^(?:\s*[—–:|]|\s+-\s)/;
const CELL_EDGE = /\t|\s{2,}/g;
const SHAPE_REFERENCE = "2000-07-01";

/** A line of navigation ("News / Europe / Belarus") or a lone label is no headline. */
function isHeadline(line: string): boolean {
  const words = wordCount(line);
  return words >= 3 && words <= 30 && !/\s[/|>»›]\s/.test(line) && !/^(subscribe|sign up|by |published|updated)/i.test(line) && !CAPTION.test(line) && !/[.]$/.test(line) && !isDateLine(line);
}

/** A site's own name or a section's at the top of a page: "Official site of the President of …", "Official website of …". */
const SITE_NAME = /^(?:the\s+)?official\s+(?:web\s?)?(?:site|website|portal|page)\b/i;
/** A menu: items set apart by wide gaps or brackets ("Events   News   Telephone conversations   Meetings", "[Home] [Local]"). */
const MENU = /(?:\S+\s{3,}){3,}\S|(?:\[[^\]]+\]\s*){3,}/;

/**
 * The headline among a page's header lines: a site's name or a menu above the real title
 * ("Official site of the President …", then "X held talks with Y") is no headline, and a line that
 * names a contact wins over lines before it that name none.
 */
function pickHeadline(lines: string[]): string | null {
  // A flash left in the header is a ticker's, about other news (leaveOthersFlashes).
  const candidates = lines.filter((l) => isHeadline(l) && !SITE_NAME.test(l) && !MENU.test(l) && !isFlash(l));
  return candidates.find((l) => CONTACT_HINT.test(l)) ?? candidates[0] ?? null;
}

/** "September 4, 2023 15:30", "World 14:36 14.08.2022": a date and little else. */
function isDateLine(line: string): boolean {
  const dates = findFullDates(line);
  return dates.length > 0 && wordCount((line.slice(0, dates[0].start) + line.slice(dates[0].end)).replace(/[\d:.,|/-]+/g, " ")) < 3;
}


/**
 * A contact named as an entry's heading ("Telephone conversation with President X"), read as a
 * sentence; not one of a run of them (a list of links to other pages).
 */
function contactHeading(page: string, lines: Line[], i: number): boolean {
  if (!CONTACT_HEADING.test(lines[i].text) || CONTACT_HEADING.test(lines[i - 1]?.text ?? "") || CONTACT_HEADING.test(lines[i + 1]?.text ?? "")) return false;
  // A link or a list item on a page ("<li><a href=…>Meeting with …</a>") points to another page's contact.
  return !LINKED.test(page.slice(page.lastIndexOf("\n", lines[i].start) + 1, lines[i].end));
}
const LINKED = /<(?:a|li)\b/i;

export interface ParsedArticle extends Article {
  /**
   * The file as read. `text` is its reading: markup blanked and the breaks inside a paragraph
   * joined, so its offsets differ from the file's after the first join; `toSource` maps them back,
   * and quotes are cut from this one so that they show the file's own words.
   */
  source: string;
  /** The offset in `source` of the character at an offset of `text`. */
  toSource(offset: number): number;
  /** A feed's stories (RSS items, Atom entries), each read as a story of its own with its own date. */
  items?: FeedItem[];
  /** Lines in the header before the body (headlines, datelines, timestamps). */
  header: Span[];
  captions: Span[];
  /** For an article with no date of its own: the latest day it can be from (its copy's date, its file's), if known. */
  latestPossible?: string | null;
}

/**
 * `saved`: the day the file was saved (YYYY-MM-DD), when known: the story is no later. With the
 * date of a copy the page itself gives ("Printed on …") it bounds the year of a year-less dateline;
 * nothing here reads the clock, so an article reads the same whatever day it is read on.
 */
export function parseArticle(file: string, raw: string, given: ArticleMeta = {}, saved: string | null = null): ParsedArticle {
  datePartAnswers.clear();
  if (raw.trim() === "") throw new ArticleError("the file is empty");
  const { meta: front, bodyStart } = parseFrontMatter(raw);
  const meta: ArticleMeta = { ...given, ...Object.fromEntries(Object.entries(front).filter(([, v]) => v)) };
  // A feed's stories, each with its own date; its markup is its own (XML, CDATA, escaped HTML).
  const items = isFeed(raw) ? feedItems(raw) : [];
  const read = readPage(raw, bodyStart, items);
  const page = splitPage(raw, read, meta.title ?? null);
  const { text, lines, header, captions, paragraphs } = page;
  const headline = meta.title ?? (items.length ? feedTitle(raw, items) : null) ?? pickHeadline(header.slice(0, HEADER_READ).map((s) => text.slice(s.start, s.end)));
  const article: ParsedArticle = {
    file,
    text: read.reading,
    source: raw,
    toSource: read.toSource,
    ...(items.length ? { items: items.map((i) => ({ ...i, start: read.toReading(i.start), end: read.toReading(i.end) })) } : digestItems(text, lines, bodyStart)),
    title: headline,
    publisher: meta.publisher ?? null,
    url: meta.url ?? null,
    published: meta.published ?? null,
    publishedSource: meta.published ? "metadata" : null,
    paragraphs,
    header,
    captions,
  };
  if (!article.published) datePage(article, page, items, saved);
  // No headline: the opening words of the body stand in, so every article has a name.
  if (!article.title && paragraphs.length) article.title = openingWords(text.slice(paragraphs[0].start, paragraphs[0].end));
  return article;
}

/** A page as the later steps read it, and the ways between its offsets and the file's. */
interface PageReading {
  /** The file with its markup blanked (a feed's read away) and the breaks inside paragraphs joined: the page's lines are cut from it. */
  text: string;
  /** What the later stages read: a feed's `text`; an HTML page as it is, with the same breaks joined (its rules were written so). */
  reading: string;
  /** Where the body starts in `text`'s offsets before the joins (the lines are split from there). */
  bodyAt: number;
  toSource: (offset: number) => number;
  toReading: (offset: number) => number;
}

/**
 * Step 1: the page's reading. A feed's markup is read away (its tags gone, its references read),
 * an HTML page's blanked. Paragraphs broken over lines (a PDF's copy, wrapped plain text) are read
 * whole: `text` for the lines of the page, `reading` for the later stages, both with the same
 * breaks joined.
 */
function readPage(raw: string, bodyStart: number, items: FeedItem[]): PageReading {
  const markup = items.length ? readingOf(feedEdits(raw)) : null;
  const masked = markup ? applyEdits(raw, markup.edits) : maskHtml(raw);
  const bodyAt = markup ? markup.toReading(bodyStart) : bodyStart;
  const edits = unwrapEdits(masked, bodyAt);
  const text = applyEdits(masked, edits);
  const reading = markup ? text : applyEdits(raw, edits);
  const unwrapped = readingOf(edits);
  const toSource = markup ? (offset: number) => markup.toSource(unwrapped.toSource(offset)) : unwrapped.toSource;
  const toReading = markup ? (offset: number) => unwrapped.toReading(markup.toReading(offset)) : unwrapped.toReading;
  return { text, reading, bodyAt, toSource, toReading };
}

/** A page split into its lines and parts: what parseArticle's later steps read. Offsets are into `text`. */
interface SplitPage {
  /** The file as it came. */
  raw: string;
  text: string;
  lines: Line[];
  /** Which lines are the story's prose. */
  prose: boolean[];
  /** The line the body ends before. */
  endIndex: number;
  header: Span[];
  captions: Span[];
  paragraphs: Span[];
}

/**
 * Step 2: the page's lines, which of them are prose, where the body ends, and its parts: captions,
 * the header above the first line of prose, the body's paragraphs (prose, or a contact heading
 * after the first line of prose, never boilerplate).
 */
function splitPage(raw: string, { text, reading, bodyAt }: PageReading, title: string | null): SplitPage {
  const lines = splitLines(text, bodyAt);
  // A cookie or rights notice reads like prose, but taken for the body's first line it puts the
  // story after the share bar below it, past the body's end: it is furniture.
  const prose = lines.map((l) => (isProse(l.text) || isDatedEntry(l.text, reading, l.start)) && !BOILERPLATE.test(l.text));
  readStoplessLines(lines, text, prose);
  leaveOthersFlashes(lines, prose, title);
  const firstProse = prose.indexOf(true);
  const endIndex = bodyEnd(lines, prose, firstProse);
  const header: Span[] = [];
  const captions: Span[] = [];
  const paragraphs: Span[] = [];
  lines.forEach((line, i) => {
    if (i >= endIndex) return;
    if (CAPTION.test(line.text)) captions.push(line);
    else if (firstProse >= 0 && i < firstProse) header.push(line);
    // A prose line has been found no boilerplate already (and leaveOthersFlashes only takes lines out of prose).
    else if (prose[i] || (i > firstProse && contactHeading(reading, lines, i) && !BOILERPLATE.test(line.text))) paragraphs.push(line);
  });
  return { raw, text, lines, prose, endIndex, header, captions, paragraphs };
}

/** The line the body ends before: the first furniture marker or news ticker after it has begun (the lines' count when none). */
function bodyEnd(lines: Line[], prose: boolean[], firstProse: number): number {
  const ticker = lines.map((l) => TICKER_TIMESTAMP.test(l.text));
  for (let i = Math.max(firstProse, 0); i < lines.length; i++) {
    const l = lines[i].text;
    if (!prose[i] && END_MARKERS.test(l) && wordCount(l) <= 6) return i;
    if (i > firstProse && ticker.slice(i, i + 6).filter(Boolean).length >= 3) return i;
  }
  return lines.length;
}

/**
 * Step 3, for a page its metadata gives no date: a feed's own date, else the page's from its text
 * (publishedFromText). Short lines that are neither the story's prose nor captions, above the
 * body's end, are its furniture; a box about other stories ("On this day", "Also read") dates those
 * stories, and a copy's line ("Printed on …", "Accessed …") the copy: neither is the page's date.
 */
function datePage(article: ParsedArticle, page: SplitPage, items: FeedItem[], saved: string | null): void {
  const { raw, text, lines, prose, endIndex, header, captions, paragraphs } = page;
  const fromFeed = items.length ? feedPublished(raw, items) : null;
  if (fromFeed) {
    article.published = fromFeed;
    article.publishedSource = "text";
    return;
  }
  const elsewhere = datingElsewhere(lines, prose);
  const furniture = lines.slice(0, Math.min(endIndex, FURNITURE_READ)).filter((l, i) => !prose[i] && !CAPTION.test(l.text) && !elsewhere[i]);
  const boxed = new Set(lines.filter((_, i) => elsewhere[i]).map((l) => l.start));
  article.latestPossible = earliestOf(copyDay(lines, elsewhere), saved);
  const fromText = publishedFromText({ raw, text, lines, header: header.filter((h) => !boxed.has(h.start)), captions, body: paragraphs, furniture, latestPossible: article.latestPossible });
  if (fromText) {
    article.published = fromText;
    article.publishedSource = "text";
  }
}

/** The opening words of a body's first paragraph, where a page gives no headline: at most 90 characters, cut at a word. */
function openingWords(first: string): string {
  return first.length > 90 ? first.slice(0, first.lastIndexOf(" ", 90)) + "…" : first;
}

/** A rule drawn across a digest or newsletter between its items: "______", "-----", "* * *", "• • •". */
const ITEM_RULE = /^(?:[-_=*~•·—–]\s*){3,}$/;
/** Rules a digest sets between items, at the least. */
const DIGEST_RULES = 2;
/** Lines at an item's top read for its own date: its heading, its dateline. */
const ITEM_DATE_READ = 3;
/** The longest line read as an item's date line: a place, a weekday, a date and an hour. */
const ITEM_DATE_LINE = 80;
/**
 * "Source: Daily Sabah · 5 hours ago", "2 days ago": an aggregator's item dated by its age, told from
 * a day the page does not give. The item is still one (its neighbours keep their own dates); its
 * weekdays are told from the page's date, as the page's other undated stories are.
 */
const ITEM_AGE = /(?:^|[·|•,:]\s*)(?:\d+|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\s*$|(?:^|[·|•,:]\s*)(?:yesterday|just now)\s*$/i;
/** "Paris, 14 March 2024", "TOKYO — 19 March 2024": a place and a date alone on a line. */
const PLACE_THEN_DATE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:,|\s[–—-])\s*/u;
/** "Source: Daily Sabah · 12 Jun 2023", "via Wire | 3 May 2024": an aggregator names the outlet, then the item's date or age. */
const SOURCE_THEN = /^(?:source|via|from)\b\s*:?\s*[^·|•\d]{1,40}[·|•]\s*/i;

/**
 * A digest's or newsletter's items: the stretches between rules drawn across it (two rules at the
 * least), each a story of its own, dated by a date or a place and date alone on one of its first
 * lines. Unrelated items of one issue then lend each other neither leaders nor dates. A feature
 * story's scene breaks ("* * *") are rules too, but its sections share their leaders and dates: it
 * is a digest only if every stretch between two rules opens with its own date line (the stretch
 * after the last rule may be the issue's footer, or a dated item); an aggregator's item dated by its
 * age ("5 hours ago", ITEM_AGE) counts as dated, with no day of its own. Two dated items at the least
 * were asked too, and cost held-out recall: a digest of one dated item is read as one.
 */
function digestItems(text: string, lines: Line[], bodyStart: number): { items?: FeedItem[] } {
  const rules: number[] = [];
  lines.forEach((l, i) => {
    if (l.start >= bodyStart && ITEM_RULE.test(l.text)) rules.push(i);
  });
  if (rules.length < DIGEST_RULES) return {};
  const items: FeedItem[] = [];
  for (const [k, r] of rules.entries()) {
    const next = rules[k + 1] ?? lines.length;
    const end = next < lines.length ? lines[next].start : text.length;
    // The item's first lines only: each line of the page is read once for this.
    const top = lines.slice(r + 1, Math.min(next, r + 1 + ITEM_DATE_READ));
    let published: string | null = null;
    let aged = false;
    for (const l of top) {
      if (l.text.length > ITEM_DATE_LINE) continue;
      // A date line is short and has a digit: the date reader is asked only about such lines.
      const line = /\d/.test(l.text) ? l.text.replace(SOURCE_THEN, "").replace(PLACE_THEN_DATE, "") : null;
      if (line !== null && isDateLine(line)) {
        published = findFullDates(line)[0]?.value ?? null;
        break;
      }
      // The cheap test first: an age line ends in one of three words.
      if (/(?:ago|yesterday|now)\s*$/i.test(l.text) && ITEM_AGE.test(l.text)) {
        aged = true;
        break;
      }
    }
    if (!published && !aged) {
      // A stretch between two rules with no date line of its own: a section of one story, not a digest's item.
      if (k + 1 < rules.length) return {};
      continue;
    }
    // The item's heading, when it opens with one, is its title: the issue's headline names another story.
    const heading = top.find((l) => !/\d/.test(l.text) && isHeadline(l.text));
    items.push({ start: lines[r].end, end, published, title: heading?.text ?? null });
  }
  return items.length ? { items } : {};
}

/**
 * How far the search for the publication date reads, so that a huge page costs no more than a
 * normal one: header lines (headline, timestamp, byline), labelled lines ("Updated …") and body
 * paragraphs (the lead's weekday, the past dates a year-less dateline is placed after).
 */
const HEADER_READ = 30;
/** Lines of the page (before the body ends) read for furniture: bylines, timestamps, labels. */
const FURNITURE_READ = 60;
/** The head of an HTML page, where its meta tags are. */
const HTML_HEAD_READ = 65_536;
const LABELS_READ = 20;
const LEAD_READ = 30;

/** A line that labels the article's own date ("Published On 4 Sep 2023", "Updated: …"). */
const DATE_LABEL = /^(?:(?:first |last )?published|updated|last updated|posted|date|created|modified)\b/i;
const PUBLISHED_LABEL = /^(?:first\s+)?(?:published|posted|date|created)\b(?:\s+on)?\s*[:|]?/i;
const UPDATED_LABEL = /^(?:last\s+)?(?:updated|modified|edited|edit)\b(?:\s+on)?\s*[:|]?/i;
/** The parts of a byline or a metadata strip: "By Jane Doe | June 4, 2022", "Reuters · 4 min read · Jun 4, 2022". */
const STRIP_PARTS = /\s*[|·•]\s*|\s+[—–-]\s+/;
/** Someone's name, maybe with an outlet: "By Jane Doe", "Jane Doe, Reuters", "Staff Writer"; or two or more names ("By Jane Doe and Ali Khan"). */
const PERSON = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin|da))*`;
const BYLINE_NAME = new RegExp(String.raw`^(?:by\s+)?${PERSON}(?:(?:,\s*|\s+(?:and|&)\s+)${PERSON})*(?:,\s*[\p{L}&.' -]{2,40})?$`, "u");
/**
 * A year run into the clock time after it, as text copied from some pages reads ("March 19,
 * 20259:37 PM GMT+1"): the year and the time set apart again, so the date reads.
 */
function unglueClock(line: string): string {
  return line.replace(/\b((?:19|20)\d\d)(?=\d{1,2}:\d\d\b)/g, "$1 ");
}
const ISO_TIMESTAMP = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/;
/**
 * The names under which an HTML page's meta tags give its publication date (Open Graph, schema.org,
 * Dublin Core, citation and analytics tags), lower case. A modified or updated time is not one: a
 * page edited days later would date its "on Tuesday" by the edit.
 */
const PUBLISHED_META = new Set([
  "article:published_time", "og:published_time", "og:article:published_time", "published_time", "article:published", "article.published",
  "datepublished", "datecreated", "pubdate", "publishdate", "publish-date", "publish_date", "date",
  "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "citation_publication_date", "parsely-pub-date", "sailthru.date",
]);
const META_TAG = /<(?:meta|time)\b[^<>]{0,600}>/gi;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** JSON-LD's date of publication: "datePublished": "2024-03-12T14:05:00Z" (or "dateCreated"). */
const JSON_LD_PUBLISHED = /"date(?:Published|Created)"\s*:\s*"([^"]{8,40})"/;
/** A machine-written day: 2024-03-12, 2024/03/12, 20240312, maybe with a time after it. */
const MACHINE_DAY = /^\s*((?:19|20)\d\d)([-/]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d])/;

function machineDay(value: string): string | null {
  const m = MACHINE_DAY.exec(value);
  return m ? isoDate(`${m[1]}-${m[3]}-${m[4]}`) : null;
}

/**
 * The publication date an HTML page states for machines: a meta tag named for it (whatever the
 * order of its attributes), a <time datetime> marked as the date published, or JSON-LD.
 */
function htmlPublished(head: string): string | null {
  for (const tag of head.matchAll(META_TAG)) {
    const attributes = new Map<string, string>();
    for (const a of tag[0].matchAll(ATTRIBUTE)) attributes.set(a[1].toLowerCase(), a[2] ?? a[3] ?? "");
    const isTime = /^<time/i.test(tag[0]);
    const key = (attributes.get("property") ?? attributes.get("name") ?? attributes.get("itemprop") ?? "").toLowerCase();
    const marked = isTime ? key === "datepublished" || attributes.has("pubdate") : PUBLISHED_META.has(key);
    const value = marked ? machineDay(attributes.get(isTime ? "datetime" : "content") ?? "") : null;
    if (value) return value;
  }
  const ld = JSON_LD_PUBLISHED.exec(head);
  const fromLd = ld ? machineDay(ld[1]) : null;
  if (fromLd) return fromLd;
  const address = PAGE_ADDRESS.exec(head);
  return address ? dayInAddress(address[1] ?? address[2]) : null;
}

/** The page's own address: its canonical link or its Open Graph URL. */
const PAGE_ADDRESS = /<link\b[^<>]{0,300}?rel\s*=\s*["']canonical["'][^<>]{0,300}?href\s*=\s*["']([^"']{1,400})["']|<meta\b[^<>]{0,300}?property\s*=\s*["']og:url["'][^<>]{0,300}?content\s*=\s*["']([^"']{1,400})["']/i;
const MONTH_IN_ADDRESS: Record<string, string> = { jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06", jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12" };
/** A day in a news address: "/2024/03/12/", "/2024/mar/12/", "/20240312/", "…-2024-03-12/". */
const ADDRESS_DAY = /[/-]((?:19|20)\d\d)(?:\/(0[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(0[1-9]|[12]\d|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])|-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))(?=[/.?#-]|$)/i;

/** The day a news site writes into a story's address, which is the day it was published. */
export function dayInAddress(address: string): string | null {
  const m = ADDRESS_DAY.exec(address);
  if (!m) return null;
  const month = m[2] ? (MONTH_IN_ADDRESS[m[2].toLowerCase()] ?? m[2]) : (m[4] ?? m[6]);
  return isoDate(`${m[1]}-${month}-${m[3] ?? m[5] ?? m[7]}`);
}

const EDITED_BY = /\s+by\s+\p{Lu}[\p{L}.'’ -]{0,40}$/u;

function dateOfLabelled(label: RegExp, line: string): string | null {
  const m = label.exec(line);
  if (!m || wordCount(line) > 14) return null;
  // "Last edited 14 June 2023 by Ana Ruiz": who made the edit is no part of its date.
  const rest = line.slice(m[0].length).replace(EDITED_BY, "");
  return isDateLine(rest) ? (findFullDates(rest)[0]?.value ?? null) : null;
}

function isoDate(text: string): string | null {
  const m = ISO_TIMESTAMP.exec(text);
  if (!m) return null;
  const value = `${m[1]}-${m[2]}-${m[3]}`;
  // "2023-02-30" names no day.
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value) ? value : null;
}

/** "Source: Xinhua", "Editor: desk", "Live coverage:": a short label before a colon. */
const STRIP_LABEL = /^[\p{L}][\p{L} .'’-]{0,30}:\s*/u;

function partsOf(line: string): string[] {
  return line.split(STRIP_PARTS).filter(Boolean);
}

/**
 * `datePart`'s answers for the article being read: the furniture readers ask it of the same parts
 * again and again (a line read as a list item, as a byline, as a timestamp; 58 % of its calls on
 * the bench's articles). Forgotten at each article and past a bound; the answer depends on the
 * part alone.
 */
const datePartAnswers = new Map<string, string | null>();
const DATE_PARTS_KEPT = 1024;

/** The date of a part that is a date and little else, perhaps after a short label ("Live coverage: Monday 18 August 2025"). */
function datePart(part: string): string | null {
  const known = datePartAnswers.get(part);
  if (known !== undefined) return known;
  if (datePartAnswers.size >= DATE_PARTS_KEPT) datePartAnswers.clear();
  const unlabelled = part.replace(STRIP_LABEL, "");
  const answer = isDateLine(unlabelled) ? (findFullDates(unlabelled)[0]?.value ?? null) : null;
  datePartAnswers.set(part, answer);
  return answer;
}

/**
 * Page furniture that gives the article's own date, each a named pattern, most trustworthy
 * first. Each reads one short line that is not prose and returns the date it gives, or null: a
 * sentence of the story with a date in it tells of an event, not of the page, and is never read.
 * A line may be a strip of parts ("By Jane Doe | June 4, 2022", "Source: Xinhua | 2023-11-16
 * 08:12:31 | Editor: desk"); labels are looked for in each part.
 */
export const FURNITURE_DATES: { name: string; read: (line: string) => string | null }[] = [
  // "Published: 04.06.2022 14:05", "Posted on June 4, 2022", "Date: 2022-06-04"
  { name: "published label", read: (line) => firstOf(partsOf(line), (p) => dateOfLabelled(PUBLISHED_LABEL, p)) },
  // "By Jane Doe | June 4, 2022", "Jane Doe, Reuters · 4 min read · Jun 4, 2022 10:12 AM ET", "Source: Xinhua | 2023-11-16 08:12:31"
  {
    name: "byline",
    read: (line) => {
      const parts = partsOf(line);
      if (parts.length < 2 || !parts.some((p) => BYLINE_NAME.test(p.replace(STRIP_LABEL, "")) && !datePart(p))) return null;
      return firstOf(parts, datePart);
    },
  },
  // "Updated June 4, 2022", "Live updates · Last updated 22 Oct 2024, 22:10 MSK", a shared document's
  // "Last edited 14 June 2023 by Ana Ruiz": the page's date when nothing else gives it.
  { name: "updated label", read: (line) => firstOf(partsOf(line), (p) => dateOfLabelled(UPDATED_LABEL, p)) },
  // "2022-06-04T14:05:00Z", "2022-06-04 14:05" standing alone on a line
  { name: "iso timestamp", read: (line) => (wordCount(line) <= 4 && isDateLine(line) ? isoDate(line) : null) },
  // "September 4, 2023 15:30", "World 14:36 14.08.2022", "10.07.2025 [19:06]", "Live coverage: Monday 18 August 2025 – all times BST"
  { name: "timestamp line", read: (line) => (isDateLine(line) ? (findFullDates(line)[0]?.value ?? null) : firstOf(partsOf(line), datePart)) },
  // "December 18, 2022 13:00, Palácio do Planalto, Brasília", "March 19, 2025 9:37 PM GMT+1 Updated 4 hours ago": a date opening a short strip
  {
    name: "dated strip",
    read: (line) => {
      if (wordCount(line) > 12 || /[.!?]$/.test(line)) return null;
      const first = findFullDates(line)[0];
      return first && first.start === 0 ? first.value : null;
    },
  },
  // "https://www.example.com/world/2024/03/12/leaders-meet", "Source: https://…-2024-03-12/": the page's address, saved with its text.
  { name: "address", read: (line) => (ADDRESS_LINE.test(line) ? dayInAddress(line.replace(STRIP_LABEL, "")) : null) },
];
/** A line that is a web address and nothing else, maybe after a short label. */
const ADDRESS_LINE = /^(?:[\p{L}][\p{L} .'’-]{0,30}:\s*)?https?:\/\/\S+$/u;

function firstOf<T>(items: T[], read: (item: T) => string | null): string | null {
  for (const item of items) {
    const value = read(item);
    if (value) return value;
  }
  return null;
}

/** The first furniture line that gives a date, pattern by pattern (a label beats a bare timestamp). */
/**
 * Which lines are items of a list of other stories: a run of lines each a text and a date ("Leaders
 * meet in Rome · 2 March 2021", then "Markets fall · 1 March 2021"). Their dates are theirs, not the page's.
 */
function listedItems(lines: string[]): boolean[] {
  const itemLike = lines.map((l) => {
    const parts = partsOf(l);
    return parts.length >= 2 && parts.some((p) => datePart(p)) && parts.some((p) => !datePart(p) && !STRIP_LABEL.test(p));
  });
  return itemLike.map((item, i) => item && (itemLike[i - 1] === true || itemLike[i + 1] === true));
}

export function furnitureDate(lines: string[]): { value: string; pattern: string } | null {
  const listed = listedItems(lines);
  const short = lines.filter((l, i) => wordCount(l) <= 24 && !listed[i]);
  for (const { name, read } of FURNITURE_DATES) {
    for (const line of short) {
      const value = read(line);
      if (value) return { value, pattern: name };
    }
  }
  return null;
}
/**
 * A wire dateline opening the body: place names, maybe a date, then the agency or a dash
 * ("NAIROBI, Aug. 4, 2023 (AP) —", "MINSK, September 4. /BelTA/.").
 */
export const DATELINE = /^(\p{Lu}[\p{L} .'’-]{1,40}(?:,\s*[^,()—–]{1,40}){1,3}?)\s*(?:\([\p{L} .&/-]{2,30}\)|\/[\p{L} ]{2,20}\/|[—–]|--|\s-\s|_)/u;

/** How much of the lead an opening dateline may take: a place, an agency and a date. */
const OPENING_READ = 90;
/**
 * The same day in the Hijri calendar, which Gulf agencies set before the Gregorian one ("Jeddah,
 * Ramadan 10, 1446, March 10, 2025, SGA --"): a month name and a day, then a year of the 1300s or 1400s.
 */
const HIJRI_DAY = /(?:Muharram|Safar|Rabi['’]?\s?(?:al-|Al-)?(?:Awwal|Thani|Akhir|I|II)|Jumada\s?(?:al-|Al-)?(?:Ula|Awwal|Akhirah|Thani|Akhir|I|II)|Rajab|Sha['’]?ban|Ramadan|Shawwal|Dhu\s?al-(?:Qadah|Qi['’]?dah|Hijjah))\s+\d{1,2},?\s+1[34]\d\d/;
/** What may stand before an opening dateline's date: a place, perhaps an agency before or after it ("(ANSA) - ROME, ", "NAIROBI (KNA) - ", "Baku, "), perhaps the Hijri day (HIJRI_DAY), or nothing. */
const BEFORE_OPENING_DATE = new RegExp(String.raw`^(?:\([\p{L} .&/-]{2,30}\)\s*[-–—]\s*)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*\([\p{L} .&/-]{2,30}\))?\s*[,:–—-]\s*)?(?:${HIJRI_DAY.source}\s*,\s*)?$`, "u");
/** Words that make the opening a sentence's time phrase ("Last Tuesday, March 12, 2024, …", "On Monday, …"), not a place. */
const TIME_WORDS = /\b(?:on|in|at|last|since|by|until|before|after|early|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b/i;
/** What follows an opening dateline's date: a clock time, then the agency or a break ("…, AZERTAC.", ": ", ". ", " – ", " (Agency)"). */
const AFTER_OPENING_DATE = /^(?:,?\s*\d{1,2}[:.]\d{2})?\s*(?:,\s*\p{Lu}[\p{L} .'’-]{1,40}[.:–—-]|[.:–—(/]|\s-\s)/u;

/**
 * A lead that opens with a dated dateline in a form DATELINE does not know: "Baku, March 12, 2024,
 * AZERTAC. …", "Islamabad, March 12, 2024: …", "Kyiv, 12 March 2024. …", "12 March 2024, Astana. …",
 * "(ANSA) - ROME, 12 MAR 2024 - …", "NAIROBI (KNA) - March 12, 2024 - …". A time phrase opening a
 * sentence ("Last Tuesday, March 12, 2024, the two met") dates the event told, not the page: not read.
 */
function openingDateline(lead: string): string | null {
  const head = lead.slice(0, OPENING_READ);
  const first = findFullDates(head)[0];
  if (!first) return null;
  const before = head.slice(0, first.start);
  if (!BEFORE_OPENING_DATE.test(before) || TIME_WORDS.test(before)) return null;
  return AFTER_OPENING_DATE.test(lead.slice(first.end)) ? first.value : null;
}

/**
 * The publication date from the text, most trustworthy first: the HTML page's meta tags, page
 * furniture above the body's end (FURNITURE_DATES, pattern by pattern), a wire dateline with a
 * year opening the body, a headline naming its day, a short line labelled "Published"/"Updated"
 * anywhere, a dated photo caption when a weekday in the body agrees with it ("on Thursday"),
 * else a year-less wire dateline whose year the text pins down.
 */
function publishedFromText(page: DatedParts): string | null {
  const { raw, text, header, captions, body, lines, furniture, latestPossible } = page;
  const meta = htmlPublished(raw.slice(0, HTML_HEAD_READ));
  if (meta) return meta;
  const fromFurniture = furnitureDate(furniture.map((l) => unglueClock(decodeEntities(text.slice(l.start, l.end)))));
  if (fromFurniture) return fromFurniture.value;
  const dateline = bodyDateline(text, body);
  if (dateline) return dateline;
  // "President X today, Tuesday 21 November 2023, convened …": the lead dates its own "today".
  for (const p of body.slice(0, TODAY_READ)) {
    const para = text.slice(p.start, p.end);
    if (!/\btoday\b/i.test(para)) continue;
    const today = findFullDates(para).find((d) => TODAY_BEFORE.test(para.slice(Math.max(0, d.start - 40), d.start)));
    if (today) return today.value;
  }
  // A headline naming its day ("… Press Conference on October 24, 2025"): the news is of that day.
  const heads = header.slice(0, HEADER_READ).map((h) => text.slice(h.start, h.end));
  const listedHeads = listedItems(heads);
  for (const [i, head] of heads.entries()) {
    if (listedHeads[i]) continue;
    const dates = findFullDates(head);
    if (dates.length) return dates[0].value;
  }
  let labelled = 0;
  for (const l of lines) {
    const line = text.slice(l.start, l.end);
    if (!DATE_LABEL.test(line) || wordCount(line) > 14) continue;
    const dates = findFullDates(line);
    if (dates.length) return dates[0].value;
    if (++labelled >= LABELS_READ) break;
  }
  const caption = captionDay(text, captions, body);
  if (caption) return caption;
  // An issue's strip heads the page: one after the story's opening lists other pages ("More from the archive | March 2019").
  const head = furniture.filter((l) => !body.length || l.start < body[0].start);
  return (body.length && latestPossible ? yearOfDateline(text, body, latestPossible) : null) ?? issueMonth(head.map((l) => text.slice(l.start, l.end)));
}

/**
 * A page's parts as parseArticle splits them, where publishedFromText looks for its date: offsets
 * into `text` (the file as read, markup blanked).
 */
interface DatedParts {
  /** The file as it came, for its HTML head's meta tags. */
  raw: string;
  text: string;
  lines: Span[];
  /** Lines above the body, less a box dating other stories. */
  header: Span[];
  captions: Span[];
  /** The body's paragraphs. */
  body: Span[];
  /** Short lines above the body's end that are neither prose nor captions, nor a box dating other stories. */
  furniture: Span[];
  /** The latest day the page can be from (its copy's date, its file's), if known. */
  latestPossible: string | null;
}

/** A wire dateline opening the body: with its year ("WASHINGTON, Sep 26 2024 (Agency) -"), else a full date opening it. */
function bodyDateline(text: string, body: Span[]): string | null {
  if (!body.length) return null;
  const dateline = DATELINE.exec(text.slice(body[0].start, body[0].end));
  const dated = dateline ? findFullDates(dateline[1]) : [];
  if (dated.length) return dated[0].value;
  return openingDateline(text.slice(body[0].start, body[0].end));
}

/** A dated photo caption whose weekday a weekday named in the body's lead ("on Thursday") agrees with. */
function captionDay(text: string, captions: Span[], body: Span[]): string | null {
  const captionDates = captions.slice(0, HEADER_READ).flatMap((c) => findFullDates(text.slice(c.start, c.end)));
  if (!captionDates.length) return null;
  const bodyWeekdays = new Set<number>();
  for (const p of body.slice(0, LEAD_READ)) {
    const para = text.slice(p.start, p.end);
    if (!/day\b/i.test(para)) continue;
    for (const d of findDates(para, p.start, null)) {
      if (d.weekday !== undefined) bodyWeekdays.add(d.weekday);
    }
  }
  return captionDates.find((d) => bodyWeekdays.has(weekdayOf(d.value)))?.value ?? null;
}

const MONTH_NUMBER: Record<string, number> = { january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12 };
/** A month and its year standing as one part of a strip: "August 2019". */
const MONTH_YEAR_PART = /^(january|february|march|april|may|june|july|august|september|october|november|december)\s+((?:19|20)\d\d)$/i;

/** A strip's other part that names an issue or its writers: "Vol. 12, No. 8", "Policy Brief No. 27", "Jane Doe and Ali Khan". */
const ISSUE_PART = /\b(?:vol|volume|no|issue|edition|brief|newsletter|bulletin|report|digest)\b/i;
const WRITERS_PART = /^\p{Lu}[\p{L}'’.-]*(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}'’.-]*)+$/u;

/**
 * A newsletter's, a brief's or a report's issue month in its furniture ("Vol. 12, No. 8 · August
 * 2019", "Jane Doe and Ali Khan | April 2022", "Policy Brief No. 27 | April 2022"): a month and
 * year set apart as one part of a strip whose other parts name the issue or its writers. The page
 * was written in that month at the latest, so it is read as of the month's last day (the page's
 * own evidence, not the day it is read): its "on 6 August" and "last month" fall in the right
 * year. A month and year alone on a line is a section's heading as often, and beside other words
 * ("More from the archive | March 2019") a link to other pages: neither dates the page.
 */
function issueMonth(lines: string[]): string | null {
  for (const line of lines) {
    const parts = partsOf(line.trim()).map((p) => p.trim());
    if (parts.length < 2) continue;
    const at = parts.findIndex((p) => MONTH_YEAR_PART.test(p));
    if (at < 0 || !parts.every((p, i) => i === at || ISSUE_PART.test(p) || WRITERS_PART.test(p))) continue;
    const m = MONTH_YEAR_PART.exec(parts[at])!;
    return new Date(Date.UTC(Number(m[2]), MONTH_NUMBER[m[1].toLowerCase()], 0)).toISOString().slice(0, 10);
  }
  return null;
}

/** A year-less wire dateline opening the body and the one weekday its lead names: "NAIROBI, Jan 3 (Agency) - … on Wednesday". */
export interface YearlessDateline {
  /** The dateline's day, "MM-DD". */
  day: string;
  weekday: number;
  /** The paragraph it opens. */
  lead: string;
}

export function yearlessDateline(text: string, body: Span[]): YearlessDateline | null {
  if (!body.length) return null;
  const lead = text.slice(body[0].start, body[0].end);
  const dateline = DATELINE.exec(lead);
  const day = dateline ? findDates(dateline[1], 0, null).find((d) => d.monthDay)?.monthDay : undefined;
  if (!day) return null;
  const leadWeekdays = new Set(findDates(lead, 0, null).flatMap((d) => (d.weekday === undefined ? [] : [d.weekday])));
  if (leadWeekdays.size !== 1) return null;
  const [weekday] = leadWeekdays;
  return { day, weekday, lead };
}

/** Paragraphs of the lead read for a "today" that names its date. */
const TODAY_READ = 2;
/** "today, Tuesday 21 November 2023", "today (22 August 2023)", "today, on 5 May 2024": a date that is the word's apposition. */
const TODAY_BEFORE = /\btoday\s*[,(]?\s*(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*)?(?:the\s+)?$/i;

/** Words just before a date that put it in the future ("elections due in March 2025", "by 2030"). */
const FUTURE = /\b(?:will|would|due|scheduled|plans?|planned|expected|next|upcoming|by|until|before)\b[^.;]{0,30}$/i;

/**
 * The latest past date the body's first paragraphs state ("last met in September 2023", "since
 * 2019"): a story is never published before it. Dates put in the future by the words before them
 * ("elections due in March 2025") are not read.
 */
export function latestPastDate(text: string, body: Span[]): string | null {
  let latest: string | null = null;
  for (const p of body.slice(0, LEAD_READ)) {
    const para = text.slice(p.start, p.end);
    if (!/\b(?:19|20)\d\d\b/.test(para)) continue;
    for (const d of findDates(para, 0, null)) {
      if (!d.date || FUTURE.test(para.slice(Math.max(0, d.start - 40), d.start))) continue;
      if (!latest || d.date.value > latest) latest = d.date.value;
    }
  }
  return latest;
}

/**
 * The years a year-less dateline may be of: those from `from` up to `until` (the latest day the
 * article can be from: its copy's or its file's date) in which its day falls on the lead's weekday,
 * and that `fits` allows.
 */
export function datelineYears(dated: YearlessDateline, from: string, until: string, fits: (day: string) => boolean = () => true): string[] {
  const out: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year++) {
    const day = `${year}-${dated.day}`;
    // "02-29" names no day in most years.
    if (day < from || day > until || !new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)) continue;
    if (weekdayOf(day) === dated.weekday && fits(day)) out.push(day);
  }
  return out;
}

/**
 * A wire dateline without a year ("NAIROBI, Jan 3 (Agency) - … on Wednesday"): its day in the one
 * year, from the latest past date the article gives ("last met in September 2023") up to the latest
 * day the article can be from, that puts it on the weekday the lead names. Without such a date there
 * is no year to start from, and with two fitting years (the weekday comes back every five, six or
 * eleven years) the first would be a guess: nothing is dated.
 */
function yearOfDateline(text: string, body: Span[], until: string): string | null {
  const dated = yearlessDateline(text, body);
  const latest = dated && latestPastDate(text, body);
  if (!dated || !latest) return null;
  const years = datelineYears(dated, latest, until);
  return years.length === 1 ? years[0] : null;
}

/** The date of the reader's copy the page gives ("Printed from … on 23/07/2020"): the story is no later. */
function copyDay(lines: Line[], elsewhere: boolean[]): string | null {
  for (let i = 0; i < Math.min(lines.length, FURNITURE_READ); i++) {
    if (!elsewhere[i] || !COPY_DATE_LABEL.test(lines[i].text)) continue;
    const day = findFullDates(lines[i].text)[0];
    if (day) return day.value;
  }
  return null;
}

const earliestOf = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));

/**
 * The most body text read as one piece by the sentence-level stages. Each sentence there looks
 * things up among every leader reference of what it is given, so a long article given whole costs
 * the square of its size; read in windows of consecutive paragraphs it costs its size times this.
 * Ordinary articles (a few KB) are one window, read exactly as before.
 */
export const READING_WINDOW = 16_000;

/** The article cut into windows of consecutive body paragraphs, each a readable article itself. */
export function readingWindows<A extends Article>(article: A): A[] {
  const windows: A[] = [];
  let current: Span[] = [];
  let size = 0;
  for (const p of article.paragraphs) {
    if (current.length && size + (p.end - p.start) > READING_WINDOW) {
      windows.push({ ...article, paragraphs: current });
      current = [];
      size = 0;
    }
    current.push(p);
    size += p.end - p.start;
  }
  if (!windows.length) return [article];
  if (current.length) windows.push({ ...article, paragraphs: current });
  return windows;
}
