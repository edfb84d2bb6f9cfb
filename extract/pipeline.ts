/**
 * The pipeline: article texts → articles with their publication dates, and the events they
 * report. Articles with no date of their own are anchored by another article that reports the
 * same contact on a weekday or a year-less day they name; otherwise their relative dates stay
 * unresolved.
 */
// First: the engine setting must be in place before any of the pipeline's patterns runs.
import "./regexp-engine";
import { ArticleError, parseArticle, readingWindows, type ParsedArticle } from "./article";
import { datelineByTenure } from "./dateline-tenure";
import { addDays, forgetDateReadings, numericDateOrderOf, setNumericDateOrder, weekdayOf } from "./dates";
import { mergeMentions, placesAgree } from "./events";
import { LeaderIndex, type Catalogue } from "./leaders";
import { articleContext, findMentions, Trace } from "./mentions";
import { forgetLines } from "./mentions/sentences";
import { ANOTHER_CONTACT_OF_PAIR, A_YEAR, BESIDE_THE_GATHERING, GATHERING_IN_TEXT, GATHERING_OF_ANOTHER_TIME, GATHERING_OF_A_BODY, TOLD_AS_EARLIER, NEXT_OF_THE_DAY, SAME_DAY_OPENING, PAST_PERIOD, PAST_PERIOD_HINT, PERIOD_NOT_THE_CONTACTS, SEPARATE, HABITUAL, EXPERIENCE_SPAN, SPAN_OF_MANY_PARTNERS, CURRENT_SPAN } from "./mentions/vocabulary";
import type { ArticleMeta, ExtractedEvent, Mention } from "./types";

export interface Input {
  file: string;
  text: string;
  meta?: ArticleMeta;
  /** The day the file was saved (YYYY-MM-DD): its story is no later. Bounds the year of a year-less dateline. */
  saved?: string;
}

export interface ArticleSummary {
  file: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: string | null;
  publishedSource: "metadata" | "text" | "inferred" | null;
}

export interface ExtractResult {
  articles: ArticleSummary[];
  events: ExtractedEvent[];
  errors: { file: string; message: string }[];
  /** The mentions behind the events, for evaluation and debugging. */
  mentions: Mention[];
  /** Contacts whose relative date ("on Thursday") could not be placed: no date for their article. */
  unresolved: Mention[];
  /** With `explain`: each article's trace of the mentions rules, by file. */
  traces?: Map<string, Trace>;
}

export interface ExtractOptions {
  /** Record which rule proposed, filled or vetoed each frame (for `extract --explain`). */
  explain?: boolean;
}

/** One story of a file (the whole article, or a feed's item) and what its sentences report. */
interface Story {
  article: ParsedArticle;
  dated: Mention[];
  floating: Mention[];
}

interface Analysed {
  article: ParsedArticle;
  dated: Mention[];
  floating: Mention[];
  trace: Trace | null;
  /** Each story read on its own: undated contacts join their own story's news, dated by its own date. */
  stories: Story[];
}

function analyse(article: ParsedArticle, index: LeaderIndex, explain = false): Analysed {
  const trace = explain ? new Trace() : null;
  // The order of the page's numeric dates, now that its own date can tell a weekday's fit.
  setNumericDateOrder(numericDateOrderOf(article.text, article.published));
  const stories = storiesOf(article).map((story): Story => {
    const dated: Mention[] = [];
    const floating: Mention[] = [];
    // A long article is read window by window, so its time stays linear in its size.
    for (const part of readingWindows(story)) {
      const found = findMentions(part, index, articleContext(part, index, part.published), trace);
      dated.push(...found.dated);
      floating.push(...found.floating);
    }
    return { article: story, dated: withoutArrivals(dated), floating };
  });
  if (stories.length === 1) return { article, dated: stories[0].dated, floating: stories[0].floating, trace, stories };
  return { article, dated: stories.flatMap((s) => s.dated), floating: stories.flatMap((s) => s.floating), trace, stories };
}

/**
 * The stories a file holds: a feed's items each on its own, dated by its own date and titled by
 * its own title (an item's "on Tuesday" is told from its day, not from the feed's or the item
 * above); what stands outside every item (the channel's description) as one more. Any other
 * article is one story.
 */
export function storiesOf(article: ParsedArticle): ParsedArticle[] {
  const items = article.items;
  if (!items?.length) return [article];
  const stories: ParsedArticle[] = [];
  const inItems = new Set<number>();
  let p = 0;
  for (const item of items) {
    while (p < article.paragraphs.length && article.paragraphs[p].start < item.start) p++;
    const paragraphs = [];
    for (; p < article.paragraphs.length && article.paragraphs[p].end <= item.end; p++) {
      paragraphs.push(article.paragraphs[p]);
      inItems.add(p);
    }
    if (!paragraphs.length) continue;
    const dated = item.published ? { published: item.published, publishedSource: "text" as const } : {};
    stories.push({ ...article, paragraphs, title: item.title ?? article.title, mastheadEnd: items[0].start, ...dated });
  }
  const outside = article.paragraphs.filter((_, i) => !inItems.has(i));
  return outside.length ? [{ ...article, paragraphs: outside }, ...stories] : stories;
}

/** A trace with its sentences at the file's offsets, as the events' sources are: the two read side by side. */
function traceInSource(trace: Trace, toSource: (offset: number) => number): Trace {
  const out = new Trace();
  const inSource = (s: { start: number; end: number }) => ({ start: toSource(s.start), end: s.end > s.start ? toSource(s.end - 1) + 1 : toSource(s.start) });
  for (const [start, text] of trace.sentences) out.sentences.set(toSource(start), text);
  for (const e of trace.entries) out.entries.push({ ...e, sentence: inSource(e.sentence) });
  return out;
}

/**
 * The mentions with their quotes cut from the file as read: the rules read the article's reading
 * (markup blanked, lines rejoined), but a user is shown the source's own words at the same offsets.
 */
function quotedFromSource(mentions: Mention[], article: ParsedArticle): Mention[] {
  const { source, toSource } = article;
  return mentions.map((m) => {
    const start = toSource(m.start);
    const end = m.end > m.start ? toSource(m.end - 1) + 1 : start;
    const quote = source.slice(start, end);
    return quote === m.quote && start === m.start ? m : { ...m, quote, start, end };
  });
}

/** "Modi, who arrived in Abuja late on Saturday": an arrival late in the day, told with a verb of travel. */
const ARRIVED = /\b(?:arrived|landed|flew in(?:to)?)\b(?=.*\b(?:late|evening|night)\b)|\b(?:late|evening|night)\b(?=.*\b(?:arrived|landed|flew in)\b)/i;

/**
 * "X, who arrived in Abuja late on Saturday, …" and "the talks on Sunday": one article telling a
 * late-evening arrival and the next day's talks of the same pair tells one visit, dated by its
 * talks. (An arrival by day may be a contact of its own: "an informal dinner on the 20th".)
 */
function withoutArrivals(dated: Mention[]): Mention[] {
  // Most articles tell no late arrival: then there is nothing to drop, and no key to build per contact.
  if (!dated.some((m) => m.date?.precision === "day" && ARRIVED.test(m.quote))) return dated;
  const days = new Set(dated.filter((m) => m.date?.precision === "day" && !ARRIVED.test(m.quote)).map((m) => `${m.type}|${m.participants.join()}|${m.date!.value}`));
  if (!days.size) return dated;
  return dated.filter((m) => !(m.date?.precision === "day" && ARRIVED.test(m.quote) && days.has(`${m.type}|${m.participants.join()}|${addDays(m.date.value, 1)}`)));
}

/**
 * The one reported contact an undated article's weekday or year-less day ("on October 4") can
 * be: same people, kind and place, on that weekday or that day of some year.
 */
function anchor(a: Analysed, known: Mention[]): string | null {
  return anchorDay(a.dated, anchorBounds(a.dated), known);
}

/** The dates an undated article names itself: an anchoring day must come after them. */
export function anchorBounds(dated: Mention[]): string[] {
  return dated.filter((m) => m.date).map((m) => m.date!.value);
}

/**
 * anchor() on stored parts: the article's mentions still waiting for a date (`wants`), the dates it
 * names (`lowerBounds`), and the day-precise reports of other articles (`known`).
 */
export function anchorDay(wants: Mention[], lowerBounds: string[], known: Mention[]): string | null {
  const found = new Set<string>();
  // Known day-precise contacts by kind and people, one per day and place: a dense article has
  // thousands of mentions, and comparing each with each was quadratic.
  const byContact = new Map<string, Map<string, Mention>>();
  for (const k of known) {
    if (k.date?.precision !== "day") continue;
    const key = `${k.type} ${k.participants.join()}`;
    const same = byContact.get(key) ?? new Map<string, Mention>();
    byContact.set(key, same);
    same.set(`${k.date.value} ${k.place ?? ""}`, k);
  }
  for (const m of wants) {
    if (m.date || (m.weekday === undefined && m.monthDay === undefined)) continue;
    for (const k of byContact.get(`${m.type} ${m.participants.join()}`)?.values() ?? []) {
      if (k.date?.precision !== "day") continue;
      if (!placesAgree(k.place, m.place)) continue;
      if (m.weekday !== undefined) {
        // A weekday is weak evidence (one day in seven): only a meeting in the same named place counts.
        if (!k.place || !m.place || weekdayOf(k.date.value) !== m.weekday) continue;
      } else if (k.date.value.slice(5) !== m.monthDay) continue;
      // "the first since June 2019": the contact comes after every dated contact the article names.
      if (lowerBounds.some((b) => k.date!.value.slice(0, b.length) <= b)) continue;
      found.add(k.date.value);
      // Two days fit: nothing is anchored, whatever else fits.
      if (found.size > 1) return null;
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/** "the previous talks on February 28", "they last spoke on Monday": an earlier contact, not the news. */
const EARLIER =
  /\b(?:previous|prior|earlier|last)\s+(?:talks|meetings?|calls?|conversations?|visits?|summit|contacts?)\b|\b(?:last|previously|earlier)\s+(?:met|spoke|talked|held|had|visited|hosted)\b/i;

/** A contact dated in the days just before `ref`, or in a month or year that contains it: news, not background. */
function isRecent(m: Mention, ref: string): boolean {
  // The date first: most contacts of a long article are not recent, and then its words need no reading.
  const value = m.date!.value;
  const days = value.length < 10 ? null : (Date.parse(ref) - Date.parse(value)) / 86_400_000;
  const recent = days === null ? ref.startsWith(value) : days >= 0 && days <= 7;
  return recent && !EARLIER.test(m.quote);
}

/** Same people, same kind: maybe two reports of one contact, whatever place each was read at. */
function samePairAndKind(a: Mention, b: Mention): boolean {
  return a.type === b.type && a.participants.join() === b.participants.join();
}

/** "Sisi also held talks with Modi at the same gathering": another contact on the news day. */
const ALSO = /\b(?:also|same)\b/i;
/** Another contact of the news day: told with "also"/"same", or told apart from it ("held a separate meeting", "back-to-back talks"), or beside its gathering ("ahead of the tripartite session", "on the sidelines of the summit"). */
const anotherOfTheDay = (quote: string) => ALSO.test(quote) || SEPARATE.test(quote) || BESIDE_THE_GATHERING.test(quote);
/** "has also hosted him in Brasília": experience, not the day's news. */
const EXPERIENCE = /\b(?:has|have)\s+(?:also\s+)?(?:\w+ly\s+)?(?:met|hosted|visited|held|spoken|talked|received|travell?ed)\b/i;

/**
 * Undated sentences naming both leaders join the article's news: the recent dated contact they
 * repeat. The opening's own contact ("X had a telephone conversation with …", "X has held talks
 * with Y in Kyiv"), when no recent dated contact is that one, is the news of the publication
 * day; dated contacts further down are background.
 */
function attachFloating(a: Analysed): Mention[] {
  if (a.stories.length === 1) return attachToStory(a.stories[0], null);
  const leads = new LeadSearch(a.article.text);
  return a.stories.flatMap((story) => attachToStory(story, leads));
}

/** A pattern's copy that searches from `lastIndex`, one per pattern `LeadSearch` is asked about (two). */
const SEARCHING_FROM = new Map<RegExp, { from: RegExp; word: RegExp }>();
function searchingFrom(pattern: RegExp): { from: RegExp; word: RegExp } {
  let found = SEARCHING_FROM.get(pattern);
  if (!found) {
    const flags = pattern.flags.replace(/[gy]/g, "");
    found = { from: new RegExp(pattern.source, `${flags}g`), word: new RegExp("\\w", flags) };
    SEARCHING_FROM.set(pattern, found);
  }
  return found;
}

/**
 * Whether a pattern matches a feed item's headline and lead read as one text, `${title}
 * ${text.slice(0, leadEnd)}`, without building that text. A feed's items are stories of the feed's
 * one text, so each item's lead runs from the feed's start to its own second paragraph: joining
 * and searching that for every item made a feed's time quadratic in its size (1 MB of RSS 3.0 →
 * 5.5 s CPU). The text's first match is found once per pattern; a lead ending before it is
 * searched only from where it starts. The answers are those of the joined text for a pattern
 * whose only assertions are `\b` at its ends, beside a word character at each, and which runs on
 * from a headline into the text only over spaces and a word of under 64 characters (the
 * gathering patterns asked here; `pipeline.test.ts` compares the two on feeds).
 */
export class LeadSearch {
  private readonly first = new Map<RegExp, { start: number; end: number } | null>();
  private textStart = -1;

  constructor(private readonly text: string) {}

  matches(pattern: RegExp, title: string, end: number): boolean {
    return this.inHeadline(pattern, title, end) || this.inText(pattern, end);
  }

  /** A match that opens in the headline, perhaps running on over the join into the text's first word. */
  private inHeadline(pattern: RegExp, title: string, end: number): boolean {
    if (!title) return false;
    if (this.textStart < 0) this.textStart = this.text.search(/\S|$/);
    const headEnd = Math.min(end, this.textStart + 64);
    const head = `${title} ${this.text.slice(0, headEnd)}`;
    const m = pattern.exec(head);
    if (!m || m.index > title.length) return false;
    // A match cut short by the head's end (or one the cut made) is settled on the whole lead.
    if (headEnd < end && m.index + m[0].length === head.length) return pattern.test(`${title} ${this.text.slice(0, end)}`);
    return true;
  }

  /** Whether the pattern matches `text.slice(0, end)`. */
  private inText(pattern: RegExp, end: number): boolean {
    const { from, word } = searchingFrom(pattern);
    // A lead cut inside a word: its last letters may make a match the text does not hold.
    if (end < this.text.length && word.test(this.text[end])) return pattern.test(this.text.slice(0, end));
    // Otherwise every match of the lead is one of the text, so none opens before the text's first.
    let first = this.first.get(pattern);
    if (first === undefined) {
      const m = pattern.exec(this.text);
      first = m ? { start: m.index, end: m.index + m[0].length } : null;
      this.first.set(pattern, first);
    }
    if (!first || first.start >= end) return false;
    if (first.end <= end) return true;
    from.lastIndex = first.start;
    const found = from.exec(this.text.slice(0, end)) !== null;
    from.lastIndex = 0;
    return found;
  }
}

/**
 * "Scholz met Trudeau in Ottawa earlier this year": a lead whose contact has no date of its own but
 * is told in a past period of the year is that period's, to the year, not the article's day. The
 * period must be the sentence's only one and stand in the contact's own clause, not in an aside, a
 * "since" or a plan ("since the summit last year", "who visited Goa last year", "will visit this
 * year"). "In recent months" reaches into the year before early in a year: the year only from April.
 */
export function periodOfLead(quote: string, ref: string): { value: string; precision: "year" } | null {
  if (!PAST_PERIOD_HINT.test(quote)) return null;
  const found = [...quote.matchAll(PAST_PERIOD)];
  if (found.length !== 1) return null;
  const m = found[0];
  const clause = quote.slice(0, m.index).split(/[,;:()—–]/).pop()!;
  if (PERIOD_NOT_THE_CONTACTS.test(clause)) return null;
  const year = Number(ref.slice(0, 4));
  if (/recent/i.test(m[0]) && Number(ref.slice(5, 7)) < 4) return null;
  return { value: String(m[1] ? year - 1 : year), precision: "year" };
}

/**
 * "Lula has been building ties with various countries' leaders. He met Modi, where they …": a
 * contact told after its paragraph opened on a span of many partners is one example of that span,
 * no news of the publication day. Only the paragraph's words before the contact are read.
 */
function exampleOfSpan(article: Story["article"], at: number): boolean {
  const p = article.paragraphs.find((q) => q.start <= at && at < q.end);
  if (!p) return false;
  const before = article.text.slice(p.start, at);
  const span = SPAN_OF_MANY_PARTNERS.exec(before);
  // "has held talks with several leaders this week": a current span is the news, not its background.
  return !!span && !CURRENT_SPAN.test(before.slice(span.index).split(/[.;!?]/)[0]);
}

/**
 * Whether the contact told nearest before `f` in the story is one with no date of its own that
 * was given none (not in `attached`): the day "the same day" refers to is unknown.
 */
function afterUndated(a: Story, f: Mention, attached: readonly Mention[]): boolean {
  let prev: Mention | null = null;
  for (const m of a.dated) if (m.start < f.start && (!prev || m.start > prev.start)) prev = m;
  let prevFloating: Mention | null = null;
  for (const m of a.floating) if (m.start < f.start && (!prevFloating || m.start > prevFloating.start)) prevFloating = m;
  if (!prevFloating || (prev && prev.start >= prevFloating.start)) return false;
  const at = prevFloating.start;
  return !attached.some((m) => m.start === at);
}

/** A day a story gives a floating mention of its own: the publication day, or a contact's near it. */
type StoryDay = NonNullable<Mention["date"]>;

/** What attachToStory dates a story's floating mentions by, read once per story. */
interface StoryPegs {
  /** The publication day. */
  ref: string;
  /** The floating mentions that may take a day: not those telling experience. */
  floating: Mention[];
  /** The floating mention told in the story's opening, and that mention pegged at its day; null when none may be. */
  lead: Mention | undefined;
  leadPeg: Mention | null;
  /** The pegs: the lead's, then the dated contacts near the publication day, nearest first. */
  pegs: Mention[];
  /** The pegs by pair and kind (pairKey), so each floating mention reads only the pegs it could be. */
  byKey: Map<string, Mention[]>;
  /** With no peg: the publication day, when the opening tells a gathering as of the day. */
  gatheringDay: StoryDay | null;
}

/** A mention's kind and pair, the key its pegs are found by. */
const pairKey = (m: Mention) => `${m.type}|${m.participants.join()}`;

/**
 * The floating mentions of a story that take a day from it, each with that day: the day of the
 * peg it is (pegOf), else the publication day beside the gathering the opening tells, else the day
 * of the story's news for the next step of that day (nextOfTheDay).
 */
function attachToStory(a: Story, leads: LeadSearch | null): Mention[] {
  const ref = a.article.published;
  if (!ref) return [];
  const p = storyPegs(a, leads, ref);
  if (!p.pegs.length && !p.floating.some((f) => NEXT_OF_THE_DAY.test(f.quote) || besideTheGathering(p, f.quote))) return [];
  const out: Mention[] = [];
  for (const f of p.floating) {
    // "The two leaders also met in Ottawa", "… spoke weeks ahead of the trip": another contact of a
    // pair already dated, not that one told again: it takes no day from that pair's contacts.
    const ofPair = ANOTHER_CONTACT_OF_PAIR.test(f.quote) ? pairKey(f) : null;
    const peg = pegOf(p, f, ofPair);
    if (peg) out.push({ ...f, date: peg.date, dateText: null, resolvedAgainst: peg === p.leadPeg && f === p.lead ? ref : null });
    else if (p.gatheringDay && besideTheGathering(p, f.quote)) out.push({ ...f, date: p.gatheringDay, dateText: null, resolvedAgainst: ref });
    else {
      const day = nextOfTheDay(a, p, f, ofPair, out);
      if (day) out.push({ ...f, date: day, dateText: null, resolvedAgainst: day.value === ref ? ref : null });
    }
  }
  return out;
}

/** Step 1: a story's pegs (its lead and its dated contacts near the publication day), and with none the gathering of the day. */
function storyPegs(a: Story, leads: LeadSearch | null, ref: string): StoryPegs {
  // Nearest to the publication day first; each distance computed once, not per comparison.
  const at = Date.parse(ref);
  const recent = a.dated
    .filter((m) => m.date && isRecent(m, ref))
    .map((m) => ({ m, distance: Math.abs(Date.parse(m.date!.value) - at) }))
    .sort((x, y) => x.distance - y.distance)
    .map(({ m }) => m);
  const leadEnd = a.article.paragraphs[Math.min(1, a.article.paragraphs.length - 1)]?.end ?? 0;
  const floating = a.floating.filter((f) => !toldAsExperience(f.quote));
  const lead = floating.find((f) => f.start < leadEnd && !exampleOfSpan(a.article, f.start));
  // Not a lead whose pair and kind the story dates already, at another place read: the same contact
  // with its place misread as often as another one, and the publication day would make it a second event.
  const leadPeg = lead && !recent.some((m) => samePairAndKind(lead, m)) ? { ...lead, date: periodOfLead(lead.quote, ref) ?? { value: ref, precision: "day" as const }, resolvedAgainst: ref } : null;
  const pegs = leadPeg ? [leadPeg, ...recent] : recent;
  const byKey = new Map<string, Mention[]>();
  for (const peg of pegs) {
    const key = pairKey(peg);
    const list = byKey.get(key);
    // Appended in place: copying the list per peg made an article of many recent contacts quadratic.
    if (list) list.push(peg);
    else byKey.set(key, [peg]);
  }
  return { ref, floating, lead, leadPeg, pegs, byKey, gatheringDay: pegs.length ? null : gatheringOfTheDay(a, leads, leadEnd, ref) };
}

/**
 * "Sisi has also hosted Modi in Cairo", "who has met Modi on the sidelines of several summits"
 * tell of experience: they date nothing. "has held separate calls with A and B" is the opening's
 * news, told apart, unless a span of time makes it a habit ("separate meetings over the years").
 */
const toldAsExperience = (q: string) => EXPERIENCE.test(q) && anotherOfTheDay(q) && (ALSO.test(q) || !SEPARATE.test(q) || HABITUAL.test(q) || EXPERIENCE_SPAN.test(q));

/**
 * "On the margins of the summit, A held separate meetings with B and C", in a story that tells a
 * gathering in its opening and dates no contact of its own: the gathering is the news, and a
 * contact beside it, named by its gathering word, is of its day, the publication day.
 * Only a gathering the headline and lead tell as of the day: not a follow-up of last week's
 * summit nor a preview of next week's. A feed's item asks `leads`, which knows the feed's text:
 * its lead is all the feed before it.
 */
function gatheringOfTheDay(a: Story, leads: LeadSearch | null, leadEnd: number, ref: string): StoryDay | null {
  const inLead = (pattern: RegExp) => (leads ? leads.matches(pattern, a.article.title ?? "", leadEnd) : pattern.test(`${a.article.title ?? ""} ${a.article.text.slice(0, leadEnd)}`));
  return inLead(GATHERING_IN_TEXT) && !inLead(GATHERING_OF_ANOTHER_TIME) ? { value: ref, precision: "day" } : null;
}

/**
 * Whether a floating mention is told beside the gathering of the day, named by its gathering word.
 * Not one that names a year ("on the sidelines of the summit in 2019"): that is another gathering,
 * told in passing; nor one beside a name alone ("on the sidelines of APEC"), which a wrap of a trip
 * tells as well as a report of the day; nor one beside another body's gathering ("the summit of the
 * Andean Community"), or one told as earlier ("last held").
 */
function besideTheGathering(p: StoryPegs, q: string): boolean {
  const beside = p.gatheringDay && BESIDE_THE_GATHERING.exec(q);
  if (!beside) return false;
  const after = q.slice(beside.index, beside.index + beside[0].length + 40);
  return GATHERING_IN_TEXT.test(after) && !GATHERING_OF_A_BODY.test(after) && !A_YEAR.test(q) && !TOLD_AS_EARLIER.test(q);
}

/**
 * Step 2: the peg a floating mention is: one of its pair and kind at a place that agrees (unless
 * it is told as another contact of that pair, `ofPair`); the lead's, told in the opening's own
 * sentence ("met Xi, and later Lula"); or "also … at the same gathering", the nearest peg.
 */
function pegOf({ leadPeg, pegs, byKey }: StoryPegs, f: Mention, ofPair: string | null): Mention | undefined {
  const own = ofPair ? undefined : byKey.get(pairKey(f))?.find((peg) => placesAgree(f.place, peg.place));
  if (own) return own;
  if (leadPeg && f.start === leadPeg.start) return leadPeg;
  return pegs.length && anotherOfTheDay(f.quote) && f.type === pegs[0].type && placesAgree(f.place, pegs[0].place) && pairKey(pegs[0]) !== ofPair ? pegs[0] : undefined;
}

/**
 * Step 3: "Then, the President held talks by video with …", "In the evening, X met Y": the next step
 * of the story's day, which is the day of its news (the contact nearest the publication day), or
 * the publication day itself; null for a mention told otherwise. Not one of a pair and kind already
 * dated told as another contact of theirs: it would merge into that one. "Yoon held a trilateral on
 * the sidelines of APEC. … Later the same day, Yoon met Xi": the day is that of the contact told
 * just before, and when the story left it undated (a wrap of a trip of many days, `attached` not
 * holding it) so is this one: neither the news day nor the publication day.
 */
function nextOfTheDay(a: Story, { ref, pegs, byKey }: StoryPegs, f: Mention, ofPair: string | null, attached: readonly Mention[]): StoryDay | null {
  if (!NEXT_OF_THE_DAY.test(f.quote) || (ofPair && byKey.has(ofPair))) return null;
  if (SAME_DAY_OPENING.test(f.quote) && afterUndated(a, f, attached)) return null;
  return pegs[0]?.date?.precision === "day" ? pegs[0].date : { value: ref, precision: "day" };
}

/**
 * Day-precise reports an article offers for anchoring others: all its dated ones, or, when it has
 * no date of its own, those dated outright. A day whose year such a page only implies (a month and
 * day under a year heading or after a stated date, which keeps its `monthDay`) dates its own
 * contact but anchors no other article: one guess is not built on another.
 */
function knownOf(a: Analysed): Mention[] {
  return a.article.published ? a.dated : a.dated.filter((m) => m.date && !m.resolvedAgainst && m.monthDay === undefined);
}

/** What one article contributes on its own, for ingest to store (see readArticle). */
export interface ArticleReading {
  article: ArticleSummary;
  /** The reports merged into events: dated ones and the undated ones that join the article's news. */
  mentions: Mention[];
  /** Reports that may anchor another article's weekday or year-less day. */
  known: Mention[];
  /** For an article with no date of its own: what waits for an anchor, and the dates it names. */
  unresolved: Mention[];
  bounds: string[];
}

/** The article stage, then what only the catalogue can date: a year-less dateline by its leaders' years in office. */
function parseDated(input: Input, index: LeaderIndex): ParsedArticle {
  forgetDateReadings();
  forgetLines();
  setNumericDateOrder(numericDateOrderOf(input.text, null));
  const parsed = parseArticle(input.file, input.text, input.meta, input.saved ?? null);
  if (parsed.published) return parsed;
  const byTenure = datelineByTenure(parsed, index);
  return byTenure ? { ...parsed, published: byTenure, publishedSource: "text" } : parsed;
}

/**
 * One article read alone, as extract() reads it before anchoring; `inferred` re-reads an undated
 * article as of the day another article anchored it to. Throws ArticleError for what cannot be read.
 */
export function readArticle(input: Input, index: LeaderIndex, inferred: string | null = null): ArticleReading {
  const parsed = parseDated(input, index);
  const first = analyse(parsed, index);
  const read = inferred && !parsed.published ? analyse({ ...parsed, published: inferred, publishedSource: "inferred" }, index) : first;
  const { file, title, publisher, url, published, publishedSource } = read.article;
  const undated = !parsed.published;
  return {
    article: { file, title, publisher, url, published, publishedSource },
    mentions: quotedFromSource([...read.dated.filter((m) => m.date), ...attachFloating(read)], parsed),
    known: quotedFromSource(knownOf(first), parsed),
    unresolved: undated ? quotedFromSource(first.dated.filter((m) => !m.date), parsed) : [],
    bounds: undated ? anchorBounds(first.dated) : [],
  };
}

export function extract(inputs: Input[], catalogue: Catalogue, options: ExtractOptions = {}): ExtractResult {
  const index = new LeaderIndex(catalogue);
  const errors: ExtractResult["errors"] = [];
  const analysed: Analysed[] = [];
  for (const input of inputs) {
    try {
      analysed.push(analyse(parseDated(input, index), index, options.explain));
    } catch (e) {
      if (!(e instanceof ArticleError)) throw e;
      errors.push({ file: input.file, message: e.message });
    }
  }
  // Contacts whose day is known: from dated articles, or told with a full date by undated ones.
  const known = analysed.flatMap(knownOf);
  for (const [i, a] of analysed.entries()) {
    if (a.article.published) continue;
    const day = anchor(a, known);
    if (!day) continue;
    const article = { ...a.article, published: day, publishedSource: "inferred" as const };
    analysed[i] = analyse(article, index, options.explain);
  }
  const mentions = analysed.flatMap((a) => quotedFromSource([...a.dated.filter((m) => m.date), ...attachFloating(a)], a.article));
  return {
    articles: analysed.map(({ article: { file, title, publisher, url, published, publishedSource } }) => ({
      file,
      title,
      publisher,
      url,
      published,
      publishedSource,
    })),
    events: mergeMentions(mentions, index),
    errors,
    mentions,
    unresolved: analysed.flatMap((a) => quotedFromSource(a.dated.filter((m) => !m.date), a.article)),
    ...(options.explain ? { traces: new Map(analysed.map((a) => [a.article.file, traceInSource(a.trace!, a.article.toSource)])) } : {}),
  };
}
