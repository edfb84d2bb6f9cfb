/**
 * Feeds saved as files (RSS 2.0, Atom): several stories in one file, each an <item> or <entry>
 * with its own title and its own date (<pubDate>, <published>, <updated>, <dc:date>), its text in
 * CDATA or as escaped HTML ("&lt;p&gt;…"). Read as one page, the markup hides the text and one
 * item's date dates the next one's "on Tuesday". Here the markup is read away as edits of the
 * file (reading.ts's edit list, so every offset maps back to the file's) and each item is told apart, with its date and title, so that later
 * stages read it as a story of its own.
 *
 * Each pass goes once from each "<" or "&lt;" to the end of its tag: linear in the file's size.
 */
import { entityChar } from "./entities";
import { pageFullDates } from "./page-dates";
import { applyEdits, type Edit } from "./reading";

export interface FeedItem {
  /** Where the item's element begins and ends in the file. */
  start: number;
  end: number;
  /** The item's own date (YYYY-MM-DD), as its feed writes it (the day in the writer's zone). */
  published: string | null;
  title: string | null;
}

/** Where a feed declares itself: its root element, near the top of the file. */
const FEED_ROOT = /<(?:rss|feed|rdf:RDF)\b[^<>]*>/;
const FEED_HEAD = 2_000;
/** A story of the feed opening: "<item>", "<entry xml:lang=…>". */
const ITEM_OPEN = /<(item|entry)\b[^<>]*>/g;
/** The elements that give a story's date, first found wins: its publication before its last update. */
const ITEM_DATES = [/<pubDate\b[^<>]*>([^<]{1,80})</i, /<published\b[^<>]*>([^<]{1,80})</i, /<dc:date\b[^<>]*>([^<]{1,80})</i, /<updated\b[^<>]*>([^<]{1,80})</i];
/** The feed's own date, outside its items. */
const CHANNEL_DATES = [/<lastBuildDate\b[^<>]*>([^<]{1,80})</i, ...ITEM_DATES];
const TITLE = /<title\b[^<>]*>([\s\S]{1,600}?)<\/title\s*>/i;
/**
 * Markup, one alternative each, first found wins: elements that are no prose (blanked whole),
 * CDATA's brackets, a tag, an escaped tag (its attributes may hold escaped quotes: "&lt;a
 * title=&quot;x&quot;&gt;"; kept to one tag's length), and a character reference.
 */
const MARKUP = new RegExp(
  [
    String.raw`<(link|guid|id|pubDate|published|updated|lastBuildDate|dc:date|dc:creator|category|author|name|email|uri|generator|language|copyright|docs|ttl|comments|source|enclosure|media:[\w-]+)\b[^<>]*>[^<]*<\/\1\s*>`,
    String.raw`<!\[CDATA\[|\]\]>|<[^<>]*>`,
    String.raw`&lt;(?:[^<>&]|&(?!lt;|gt;)#?\w{1,8};){0,400}?&gt;`,
    String.raw`&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});`,
  ].join("|"),
  "gi",
);
/** Tags that end a paragraph, raw or escaped: read as a line break so items and paragraphs stay apart. */
const BLOCK = /^(?:<|&lt;)\/?(?:item|entry|title|description|summary|content|content:encoded|p|div|br|li|h[1-6]|blockquote)\b/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A file that is an RSS or Atom feed. */
export function isFeed(text: string): boolean {
  const head = text.slice(0, FEED_HEAD);
  return FEED_ROOT.test(head) && /<(?:item|entry)\b/.test(text);
}

/**
 * How the feed is read, as edits of the file (reading.ts's, so that every offset maps back): an
 * element that is no prose, a paragraph's or an item's tag as a line break; an inline tag as one
 * space between two words, else nothing ("Prime Minister <a …>Fumio Kishida</a>, who" keeps the
 * name beside its title); a character reference as its character ("Canada&#8217;s" → "Canada’s").
 */
export function feedEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(text); m; m = MARKUP.exec(text)) {
    const whole = m[0];
    const from = m.index;
    const to = from + whole.length;
    let insert: string;
    if (whole[0] === "&" && !whole.startsWith("&lt;")) insert = entityChar(whole) ?? whole;
    else if (m[1] !== undefined || BLOCK.test(whole)) insert = "\n";
    else if (whole.startsWith("<![CDATA[") || whole === "]]>") insert = "";
    else insert = WORD_CHAR.test(text[from - 1] ?? "") && WORD_CHAR.test(text[to] ?? "") ? " " : "";
    if (insert !== whole) edits.push({ from, to, insert });
  }
  return edits;
}

/** The feed as read: its markup gone, its references read (see feedEdits). */
export function maskFeed(text: string): string {
  return applyEdits(text, feedEdits(text));
}

/** The day a feed's date element writes: "Tue, 12 Mar 2024 23:30:00 -0500" is the 12th, "2024-03-12T09:00:00Z" the 12th. */
export function feedDay(value: string): string | null {
  const iso = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  // RFC 822, as RSS writes it: the day, month and year as written, before any zone moves them.
  const rfc = RFC_822.exec(value);
  if (rfc) return `${rfc[3]}-${String(MONTHS.indexOf(rfc[2].slice(0, 3).toLowerCase()) + 1).padStart(2, "0")}-${rfc[1].padStart(2, "0")}`;
  return pageFullDates(value.replace(/\d{1,2}:\d{2}.*$/, ""))[0]?.value ?? null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** "Tue, 12 Mar 2024 23:30:00 -0500": day, month, year. */
const RFC_822 = /\b([0-3]?\d)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d\d)\b/i;

function firstDate(patterns: RegExp[], text: string): string | null {
  for (const p of patterns) {
    const m = p.exec(text);
    const day = m ? feedDay(m[1]) : null;
    if (day) return day;
  }
  return null;
}

/** The title's text without its CDATA or markup. */
function plainTitle(raw: string): string | null {
  const plain = maskFeed(raw).replace(/\s+/g, " ").trim();
  return plain || null;
}

/** The feed's stories in order, each with its own date and title. */
export function feedItems(text: string): FeedItem[] {
  const out: FeedItem[] = [];
  ITEM_OPEN.lastIndex = 0;
  for (let m = ITEM_OPEN.exec(text); m; m = ITEM_OPEN.exec(text)) {
    // Found once per item, from its opening on: an unclosed item ends the search (no later one can close).
    const close = text.indexOf(`</${m[1]}`, m.index + m[0].length);
    if (close < 0) break;
    const end = text.indexOf(">", close);
    if (end < 0) break;
    const body = text.slice(m.index + m[0].length, close);
    const title = TITLE.exec(body);
    out.push({ start: m.index, end: end + 1, published: firstDate(ITEM_DATES, body), title: title ? plainTitle(title[1]) : null });
    ITEM_OPEN.lastIndex = end + 1;
  }
  return out;
}

/** The feed's own date: its last build or publication date outside its items, else its latest item's. */
export function feedPublished(text: string, items: FeedItem[]): string | null {
  const head = text.slice(0, items[0]?.start ?? text.length);
  const own = firstDate(CHANNEL_DATES, head);
  if (own) return own;
  const dates = items.flatMap((i) => (i.published ? [i.published] : [])).sort();
  return dates.at(-1) ?? null;
}

/** The feed's own title, outside its items. */
export function feedTitle(text: string, items: FeedItem[]): string | null {
  const title = TITLE.exec(text.slice(0, items[0]?.start ?? FEED_HEAD));
  return title ? plainTitle(title[1]) : null;
}
