/**
 * What a reader sees of an article's file. A quote is an exact slice of the file (offsets and all,
 * as DESIGN.md's contract says), so for a page or a feed it holds markup: tags, "&amp;",
 * "&#8217;", "<![CDATA[", a feed's escaped "&lt;p&gt;". Every place that shows article text derives
 * what it shows here, at read time, from the slice itself: tags and comments removed (script and
 * style with their content), CDATA unwrapped, character references decoded (the `entities`
 * library: the whole HTML table), whitespace collapsed as a browser would. The result is plain text
 * for React to render as text, never HTML, so hostile markup stays inert.
 *
 * One linear pass, with a map from the file's offsets to the shown text's, so that evidence spans
 * (stored as offsets into the file) can be highlighted and put in context in what is shown.
 */
import { decodeHTMLStrict } from "entities";

export interface DisplayText {
  text: string;
  /** Where the file's character at `offset` shows in `text` (markup shows where its replacement does). */
  at(offset: number): number;
}

/**
 * `inline`: one run of prose (a quote, a quote's context): every break a single space, trimmed.
 * `page`: a whole article; a page or feed keeps its paragraphs as blank lines, a plain-text
 * article keeps its own whitespace untouched.
 */
export type Layout = "inline" | "page";

/**
 * Markup, one alternative each, first found wins, so that each stretch is read once: a comment,
 * an element whose content is never prose (unclosed: to the end), a feed's element that
 * is no prose (an item's link, id or date: the story's furniture), CDATA's brackets, a doctype or
 * processing instruction, a tag, a tag cut off by the end of the slice (`cutOff`), a tag escaped
 * once more (a feed's "&lt;p&gt;", its attributes holding "&quot;"), a reference escaped once more
 * (a feed's "&amp;#8217;"), a reference.
 */
const markup = (cutOff: string) => new RegExp(
  [
    String.raw`<!--[\s\S]*?(?:-->|$)`,
    String.raw`<(?<raw>script|style|noscript|template)\b[^<>]*>[\s\S]*?(?:<\/\k<raw>\s*>|$)`,
    String.raw`<(?<furniture>link|guid|pubDate|published|updated|lastBuildDate|dc:date|dc:creator|category|generator|language|copyright|docs|ttl|comments|enclosure)\b[^<>]*>[^<]*<\/\k<furniture>\s*>`,
    String.raw`<!\[CDATA\[|\]\]>`,
    String.raw`<[!?][^<>]*>`,
    String.raw`<\/?(?<tag>[A-Za-z][\w:.-]*)(?:\s[^<>]*)?\/?>`,
    cutOff,
    String.raw`&lt;\/?(?<escaped>[A-Za-z][\w:.-]*)(?:\s(?:[^<>&]|&(?!lt;|gt;)#?\w{1,8};){0,400}?)?\/?&gt;`,
    String.raw`&amp;(#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});`,
    String.raw`&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});`,
  ].join("|"),
  "gi",
);
/**
 * A tag cut off by the end of the slice. In a page or feed, anything from a "<" and a letter on.
 * In prose, where "<" is also "less than" ("Brent <US$80", "52<t in the senate"), only what has
 * a tag's shape up to the very end: a name, then only attributes with a value ("<a href=\"https://news.exam"),
 * since plain words after a "<" look like attributes without one ("Turnout <half as Lula hosts Petro").
 */
const CUT_OFF_IN_MARKUP = String.raw`<\/?[A-Za-z][^<>]*$`;
const CUT_OFF_IN_PROSE = String.raw`<\/?[A-Za-z][\w:.-]*(?:\s+[A-Za-z_:][\w:-]*\s*=\s*(?:"[^"<>]*"?|'[^'<>]*'?|[^\s"'<>]*))*\s*$`;
/** Each, also with every run of whitespace but one plain space between words: what collapsing reads. */
const MARKUP = { markup: markup(CUT_OFF_IN_MARKUP), prose: markup(CUT_OFF_IN_PROSE) };
const orBreak = (re: RegExp) => new RegExp(`${re.source}|[^\\S ]\\s*| \\s+`, "gi");
const MARKUP_OR_BREAK = { markup: orBreak(MARKUP.markup), prose: orBreak(MARKUP.prose) };

/**
 * Elements a browser shows inside a line; any other tag (a paragraph, a cell, a feed's <item> or
 * <pubDate>) parts the words on either side, so "…Ottawa.</p><p>The…" never reads "Ottawa.The".
 */
const INLINE = new Set(
  "a abbr b bdi bdo cite code data dfn em font i img ins del kbd mark q s samp small span strong sub sup time u var wbr".split(" "),
);
/** Tags that end a line rather than a paragraph, in the page layout. */
const LINE = new Set(["br", "li", "tr", "dt", "dd"]);
/** A file that is a page or a feed, not prose: a tag of an element only markup has, or CDATA. */
const MARKUP_HINT = /<\/?(?:html|body|head|p|div|article|section|span|br|h[1-6]|script|rss|feed|item|entry|channel)\b|<!\[CDATA\[/i;

/**
 * Front matter as the pipeline reads it (extract/article.ts): from a first line `---` to the next
 * line that is `---`, and the blank lines after it. Written here rather than imported, so that
 * the pages do not load the pipeline's date readers to show a quote.
 */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\n)*?---[ \t]*(?:\r?\n\s*|$)/;

const BLANK_LINE = /\n[^\S\n]*\n/;

/** How strongly a stretch parts what is around it: nothing, a space, a line, a paragraph. */
type Gap = 0 | 1 | 2 | 3;
const GAP_TEXT = ["", " ", "\n", "\n\n"];

/** The text of `slice` as a reader sees it: a quote, a date phrase, a title. */
export function displayQuote(slice: string): string {
  return displayText(slice, "inline").text;
}

export function displayText(source: string, layout: Layout): DisplayText {
  const isMarkup = MARKUP_HINT.test(source);
  const collapse = layout === "inline" || isMarkup;
  // Front matter is the article's metadata, shown as such by the pages, not part of its text.
  const bodyStart = FRONT_MATTER.exec(source)?.[0].length ?? 0;
  // Plain prose is shown as it is: no copy, no map.
  if (!bodyStart && !/[<&\]]/.test(source) && (!collapse || !/[^\S ]| {2}|^ | $/.test(source))) return { text: source, at: (offset) => clamp(offset, source.length) };

  const out: string[] = [];
  let length = 0;
  // Breakpoints of the map: from rawAt[i] on, the file's text shows at shownAt[i]; `verbatim[i]`
  // says whether it shows character for character (plain text) or as one replacement (markup).
  const rawAt: number[] = [];
  const shownAt: number[] = [];
  const verbatim: boolean[] = [];
  let pending: Gap = 0;
  const mark = (raw: number, exact: boolean) => {
    rawAt.push(raw);
    shownAt.push(length + (length && pending ? GAP_TEXT[pending].length : 0));
    verbatim.push(exact);
  };
  const emit = (raw: number, s: string, exact: boolean) => {
    // Plain text keeps its single spaces, but none after a gap, or leading the text.
    if (collapse && s[0] === " " && (pending || !length)) {
      s = s.slice(1);
      raw += 1;
    }
    if (!s) return;
    // A gap is written only between two visible stretches: none leads or trails the text, and
    // a space already written is the gap of one.
    if (pending && length && !(pending === 1 && out[out.length - 1].endsWith(" "))) {
      out.push(GAP_TEXT[pending]);
      length += GAP_TEXT[pending].length;
    }
    pending = 0;
    mark(raw, exact);
    out.push(s);
    length += s.length;
  };
  const gap = (raw: number, g: Gap) => {
    mark(raw, false);
    if (g > pending) pending = g;
  };
  const tagGap = (name: string): Gap => {
    const n = name.toLowerCase();
    if (INLINE.has(n)) return 0;
    if (!collapse || layout === "inline") return 1;
    return LINE.has(n) ? 2 : 3;
  };

  const kind = isMarkup ? "markup" : "prose";
  const pattern = collapse ? MARKUP_OR_BREAK[kind] : MARKUP[kind];
  pattern.lastIndex = bodyStart;
  let copied = bodyStart;
  if (bodyStart) gap(0, 0);
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const whole = m[0];
    if (m.index > copied) emit(copied, source.slice(copied, m.index), true);
    copied = m.index + whole.length;
    const g = m.groups!;
    const first = whole[0];
    if (first !== "<" && first !== "&" && first !== "]") {
      // In markup, as in a browser, a run of whitespace (a line break too) is one space; but a blank
      // line in a whole article still parts paragraphs, so prose with a stray tag keeps its own.
      gap(m.index, layout === "page" && BLANK_LINE.test(whole) ? 3 : 1);
    } else if (first === "&" && g.escaped === undefined) {
      const reference = whole.startsWith("&amp;") && whole.length > 5 ? "&" + whole.slice(5) : whole;
      const decoded = decodeHTMLStrict(reference);
      // An unknown name ("&notaword;") is not a reference: it shows as written.
      if (decoded === reference) emit(m.index, whole, true);
      else if (/^\s+$/.test(decoded) && collapse) gap(m.index, 1);
      else emit(m.index, decoded, false);
    } else {
      const name = g.tag ?? g.escaped;
      // A feed's furniture parts lines; a comment, a script or a style shows nothing, as in a browser.
      gap(m.index, name ? tagGap(name) : g.furniture ? tagGap("item") : 0);
    }
  }
  if (copied < source.length) emit(copied, source.slice(copied), true);
  const joined = out.join("");
  const text = collapse ? joined.trimEnd() : joined;

  return {
    text,
    at(offset) {
      if (offset <= 0 || !rawAt.length) return 0;
      // The last breakpoint at or before the offset.
      let lo = 0;
      let hi = rawAt.length - 1;
      if (offset < rawAt[0]) return 0;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (rawAt[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      const shown = verbatim[lo] ? shownAt[lo] + (offset - rawAt[lo]) : shownAt[lo];
      return clamp(Math.min(shown, lo + 1 < shownAt.length ? shownAt[lo + 1] : text.length), text.length);
    },
  };
}

function clamp(n: number, max: number): number {
  return n < 0 ? 0 : n > max ? max : n;
}
