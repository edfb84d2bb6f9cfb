/**
 * Article stage: the file's text → its body paragraphs (page furniture removed), title,
 * publisher, address and publication date with where that date came from.
 * Offsets always point into the text as read, so later stages can quote it exactly.
 */
import { findDates, findFullDates, weekdayOf } from "./dates";
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

/**
 * HTML is reduced to text by blanking its markup with spaces of the same length, so that
 * every offset still points at the same character of the file as read. Nothing is executed.
 */
export function maskHtml(text: string): string {
  if (!/<(html|body|p|div|article|span|br|h[1-6]|script)\b/i.test(text)) return text;
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  return text
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<\/?(p|div|article|section|h[1-6]|li|br|tr|header|footer|nav|aside|figure|figcaption|blockquote)\b[^>]*>/gi, (t) => "\n" + " ".repeat(t.length - 1))
    .replace(/<[^>]*>/g, blank);
}

/** Lines after which nothing belongs to the article (related links, tickers, share bars). */
const END_MARKERS =
  /^(recent posts|related( articles| news| stories| posts)?|news ?line|latest( news)?|most (read|popular)|read (more|also)|more (stories|news|from)|you (may|might) also like|trending( now)?|share this( article)?|comments?|tags?:|follow us|subscribe|sign up)\b/i;
const TICKER_TIMESTAMP = /^\s*(\d{1,2}:\d{2}\s+\d{1,2}\.\d{1,2}\.\d{4}|\d+\s+(minutes?|hours?|days?)\s+ago)\s*$/i;
const CAPTION = /\((photo|image|picture|credit|file photo)\b[^)]*\)|^\s*(photo|image|file photo|credit)\s*[:|]|\((C-?[LR]|L|R|C)\)/i;
const BOILERPLATE = /(website can (also )?be accessed|all rights reserved|reports and views published|do(es)? not necessarily reflect|cookies|newsletter)/i;

function wordCount(s: string): number {
  return s.match(/\S+/g)?.length ?? 0;
}

/** A line of prose: enough words and a sentence ending (or several sentences). */
function isProse(line: string): boolean {
  const words = wordCount(line);
  return (words >= 8 && /[.!?"”»)]\s*$/.test(line.trim())) || words >= 20;
}

interface Line extends Span {
  text: string;
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    lines.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return lines;
}

/** A line of navigation ("News / Syria / Russia") or a lone label is no headline. */
function isHeadline(line: string): boolean {
  const words = wordCount(line);
  return words >= 3 && words <= 30 && !/\s[/|>»›]\s/.test(line) && !/^(subscribe|sign up|by |published|updated)/i.test(line) && !CAPTION.test(line) && !/[.]$/.test(line) && !isDateLine(line);
}

/** "September 4, 2023 15:30", "World 14:36 14.09.2021": a date and little else. */
function isDateLine(line: string): boolean {
  const dates = findFullDates(line);
  if (!dates.length) return false;
  const rest = line.slice(0, dates[0].start) + line.slice(dates[0].end);
  return wordCount(rest.replace(/[\d:.,|/-]+/g, " ")) < 3;
}

export interface ParsedArticle extends Article {
  /** Lines in the header before the body (headlines, datelines, timestamps). */
  header: Span[];
  captions: Span[];
}

export function parseArticle(file: string, raw: string, given: ArticleMeta = {}): ParsedArticle {
  if (raw.trim() === "") throw new ArticleError("the file is empty");
  const { meta: front, bodyStart } = parseFrontMatter(raw);
  const meta: ArticleMeta = { ...given, ...Object.fromEntries(Object.entries(front).filter(([, v]) => v)) };
  const text = maskHtml(raw);
  const lines = splitLines(text, bodyStart);

  // The body ends at the first furniture marker or news ticker after it has begun.
  const prose = lines.map((l) => isProse(l.text));
  const ticker = lines.map((l) => TICKER_TIMESTAMP.test(l.text));
  const firstProse = prose.indexOf(true);
  let endIndex = lines.length;
  for (let i = Math.max(firstProse, 0); i < lines.length; i++) {
    const l = lines[i].text;
    if (!prose[i] && END_MARKERS.test(l) && wordCount(l) <= 6) {
      endIndex = i;
      break;
    }
    if (i > firstProse && ticker.slice(i, i + 6).filter(Boolean).length >= 3) {
      endIndex = i;
      break;
    }
  }

  const header: Span[] = [];
  const captions: Span[] = [];
  const paragraphs: Span[] = [];
  lines.forEach((line, i) => {
    if (i >= endIndex) return;
    if (CAPTION.test(line.text)) captions.push(line);
    else if (firstProse >= 0 && i < firstProse) header.push(line);
    else if (prose[i] && !BOILERPLATE.test(line.text)) paragraphs.push(line);
  });

  const headline = meta.title ?? header.map((s) => text.slice(s.start, s.end)).find(isHeadline) ?? null;
  const article: ParsedArticle = {
    file,
    text: raw,
    title: headline,
    publisher: meta.publisher ?? null,
    url: meta.url ?? null,
    published: meta.published ?? null,
    publishedSource: meta.published ? "metadata" : null,
    paragraphs,
    header,
    captions,
  };
  if (!article.published) {
    const fromText = publishedFromText(text, header, captions, paragraphs, lines);
    if (fromText) {
      article.published = fromText;
      article.publishedSource = "text";
    }
  }
  if (!article.title && paragraphs.length) {
    // No headline: the opening words of the body stand in, so every article has a name.
    const first = text.slice(paragraphs[0].start, paragraphs[0].end);
    article.title = first.length > 90 ? first.slice(0, first.lastIndexOf(" ", 90)) + "…" : first;
  }
  return article;
}

/** A line that labels the article's own date ("Published On 4 Sep 2023", "Updated: …"). */
const DATE_LABEL = /^(?:(?:first |last )?published|updated|last updated|posted|date|created|modified)\b/i;
/**
 * A wire dateline opening the body: place names, maybe a date, then the agency or a dash
 * ("ANKARA, Sept. 4, 2023 (AP) —", "MOSCOW, September 4. /TASS/.").
 */
const DATELINE = /^(\p{Lu}[\p{L} .'’-]{1,40}(?:,\s*[^,()—–]{1,40}){1,3}?)\s*(?:\([\p{L} .&/-]{2,30}\)|\/[\p{L} ]{2,20}\/|[—–]|--|\s-\s|_)/u;

/**
 * The publication date from the text, most trustworthy first: a dated header line (timestamp
 * or dateline with a year), a wire dateline with a year opening the body, a short line labelled
 * "Published"/"Updated" anywhere, a dated photo caption when a weekday in the body agrees
 * with it ("on Thursday"), else a year-less wire dateline whose year the text pins down.
 */
function publishedFromText(text: string, header: Span[], captions: Span[], body: Span[], lines: Span[]): string | null {
  for (const h of header) {
    const line = text.slice(h.start, h.end);
    const dates = findFullDates(line);
    if (dates.length) return dates[0].value;
  }
  if (body.length) {
    const dateline = DATELINE.exec(text.slice(body[0].start, body[0].end));
    const dated = dateline ? findFullDates(dateline[1]) : [];
    if (dated.length) return dated[0].value;
  }
  for (const l of lines) {
    const line = text.slice(l.start, l.end);
    if (!DATE_LABEL.test(line) || wordCount(line) > 14) continue;
    const dates = findFullDates(line);
    if (dates.length) return dates[0].value;
  }
  const bodyWeekdays = new Set<number>();
  for (const p of body) {
    const para = text.slice(p.start, p.end);
    if (!/day\b/i.test(para)) continue;
    for (const d of findDates(para, p.start, null)) {
      if (d.weekday !== undefined) bodyWeekdays.add(d.weekday);
    }
  }
  for (const c of captions) {
    for (const d of findFullDates(text.slice(c.start, c.end))) {
      if (bodyWeekdays.has(weekdayOf(d.value))) return d.value;
    }
  }
  return body.length ? yearOfDateline(text, body) : null;
}

/** Words just before a date that put it in the future ("elections due in March 2025", "by 2030"). */
const FUTURE = /\b(?:will|would|due|scheduled|plans?|planned|expected|next|upcoming|by|until|before)\b[^.;]{0,30}$/i;

/**
 * A wire dateline without a year ("ANKARA, Jan 3 (Agency) - … on Wednesday"): its day, in the
 * first year that puts it on the weekday the lead names and not before the latest past date the
 * article gives ("last met in September 2023"). Without such a date there is no year to start
 * from, and nothing is guessed.
 */
function yearOfDateline(text: string, body: Span[]): string | null {
  const lead = text.slice(body[0].start, body[0].end);
  const dateline = DATELINE.exec(lead);
  const day = dateline ? findDates(dateline[1], 0, null).find((d) => d.monthDay)?.monthDay : undefined;
  if (!day) return null;
  const leadWeekdays = new Set(findDates(lead, 0, null).flatMap((d) => (d.weekday === undefined ? [] : [d.weekday])));
  if (leadWeekdays.size !== 1) return null;
  let latest: string | null = null;
  for (const p of body) {
    const para = text.slice(p.start, p.end);
    if (!/\b(?:19|20)\d\d\b/.test(para)) continue;
    for (const d of findDates(para, 0, null)) {
      if (!d.date || d.date.precision === "year" || FUTURE.test(para.slice(Math.max(0, d.start - 40), d.start))) continue;
      if (!latest || d.date.value > latest) latest = d.date.value;
    }
  }
  if (!latest) return null;
  const [weekday] = leadWeekdays;
  for (let year = Number(latest.slice(0, 4)); year <= Number(latest.slice(0, 4)) + 11; year++) {
    const candidate = `${year}-${day}`;
    if (candidate >= latest && weekdayOf(candidate) === weekday) return candidate;
  }
  return null;
}
