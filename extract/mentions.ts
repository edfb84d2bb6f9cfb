/**
 * Mentions stage: sentence by sentence, the contacts between two catalogue leaders, each with
 * its type, date, place, host or caller, and the exact sentence as evidence.
 *
 * A sentence can hold several contacts ("talked by video in November 2020 and by phone in
 * February 2023"): each date phrase is read against the cue words before it, so every date
 * gets its own type, and dates of other things (a birthday, an election) are left out.
 */
import { findDates } from "./dates";
import { CALL_FROM, CALLING, COLLECTIVE, CUES, DUAL, HABITUAL, HOSTED_BY, HOSTING, MAY_MODAL, NOT_HELD, NOT_HELD_AFTER, PRONOUN_SUBJECT, PROXY_AFTER_POSSESSIVE, TRAVEL, TYPE_QUALIFIERS } from "./cues";
import type { LeaderIndex, LeaderRef } from "./leaders";
import type { Article, ContactType, DateMention, Mention, Span } from "./types";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
/** Any contact or talking word, case-insensitively: a cheap test before a paragraph is read closely. */
const CONTACT_HINT = new RegExp(CUES.filter((c) => c.kind === "contact" || c.kind === "weak").map((c) => c.re.source).join("|"), "i");
/** "visited the kingdom": the country of the article's other leader. */
const THE_COUNTRY = /\bthe (?:country|kingdom|republic|emirate)\b/i;
/** "Conversation took place on 14 of February": a contact noun opening a sentence that names nobody. */
const OPENING = /^(?:the\s+)?(?:conversation|call|talks|meeting|visit|negotiations|summit)\b/i;
const VAGUE_PERIOD = /^(?:this|last|next|the previous|the following|the same|earlier this|later this|that) (?:week|month|year)$/i;

export interface Sentence extends Span {
  text: string;
}

/** Abbreviations and initials after which Intl.Segmenter wrongly ends a sentence ("St. Petersburg", "Feb. 12", "Joseph R. Biden"). */
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|St|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof|Sr|Jr|No|vs|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U)\.\s*$/;

/** The body's sentences, with offsets into the file; `keep` can skip whole paragraphs unread. */
export function sentences(article: Pick<Article, "text" | "paragraphs">, keep: (paragraph: string, span: Span) => boolean = () => true): Sentence[] {
  const out: Sentence[] = [];
  for (const p of article.paragraphs) {
    const para = article.text.slice(p.start, p.end);
    if (!keep(para, p)) continue;
    let glued: Sentence | null = null;
    for (const s of segmenter.segment(para)) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const text = s.segment.trim();
      if (!text) continue;
      const start = p.start + s.index + lead;
      if (glued && (ABBREVIATION.test(glued.text) || /^[a-z0-9]/.test(text))) {
        glued = { text: article.text.slice(glued.start, start + text.length), start: glued.start, end: start + text.length };
        out[out.length - 1] = glued;
        continue;
      }
      glued = { text, start, end: start + text.length };
      out.push(glued);
    }
  }
  return out;
}

interface Cue {
  start: number;
  end: number;
  kind: "contact" | "weak" | "block" | "report";
  type?: ContactType;
}

/**
 * All cue vocabularies as one pattern, in their order of precedence: one pass over a sentence
 * finds every cue, and where two could start at the same place the more specific one wins.
 * Each vocabulary is wrapped in a group whose number is kept, so a match tells its cue by index.
 */
const captureCount = (source: string) => new RegExp(`${source}|`).exec("")!.length - 1;
const CUE_GROUPS: number[] = [];
const ALL_CUES = new RegExp(
  CUES.map((c) => {
    CUE_GROUPS.push(1 + CUE_GROUPS.reduce((n, _, j) => n + 1 + captureCount(CUES[j].re.source), 0));
    return `(${c.re.source})`;
  }).join("|"),
  "gi",
);

function cuesIn(text: string): Cue[] {
  const out: Cue[] = [];
  for (const m of text.matchAll(ALL_CUES)) {
    const i = CUE_GROUPS.findIndex((g) => m[g] !== undefined);
    out.push({ start: m.index, end: m.index + m[0].length, kind: CUES[i].kind, type: CUES[i].type });
  }
  return out;
}

const QUALIFIERS = TYPE_QUALIFIERS.map((q) => ({ re: new RegExp(q.re.source, "i"), type: q.type }));

/**
 * A phone or video word in [from, to) makes a contact of that kind, unless it comes before the
 * contact's own word with an "and" between: "spoke by phone and met in Beijing" is two contacts.
 */
function qualifierIn(text: string, from: number, to: number, cueStart = from): ContactType | null {
  const start = Math.max(0, from);
  const part = text.slice(start, to);
  for (const q of QUALIFIERS) {
    const m = q.re.exec(part);
    if (!m) continue;
    const end = start + m.index + m[0].length;
    if (end <= cueStart && /\band\b/i.test(text.slice(end, cueStart))) continue;
    return q.type;
  }
  return null;
}

/** The medium a headline names: "… Call with …" is a phone call unless it says video. */
function mediumOf(title: string): ContactType | null {
  return qualifierIn(title, 0, title.length) ?? (/\b(?:call|calls|phone|telephone)\b/i.test(title) ? "phone" : null);
}

function isNotHeld(text: string, cue: Cue): boolean {
  // An infinitive ("has invited Brazil's long-named president to visit") looks further back for its verb.
  const reach = /\bto\s+$/i.test(text.slice(Math.max(0, cue.start - 4), cue.start)) ? 100 : 45;
  const window = text.slice(Math.max(0, cue.start - reach), cue.start);
  // "has not met Xi since a visit to Beijing": the visit after "since" did happen.
  const negated = NOT_HELD.exec(window);
  if (negated && /\bsince\b/i.test(window.slice(negated.index))) return false;
  return negated !== null || MAY_MODAL.test(window) || NOT_HELD_AFTER.test(text.slice(cue.end, cue.end + 60));
}

export interface ArticleContext {
  /** The reference date for relative phrases (the publication date), if any. */
  ref: string | null;
  /** The two leaders the article is about, for "the two leaders", "their meeting". */
  mainPair: string[];
  /** Every leader the article names: a place may stand for one of them, never for a stranger. */
  named: Set<string>;
  /** Leaders the article names outright: who an office means when the article has no date. */
  byName: Set<string>;
  /** Every reference to a leader in the body, with offsets into the file (found once, used per sentence). */
  refs: LeaderRef[];
}

/** The two leaders most often named in the article: who "the two leaders" are. */
export function articleContext(article: Article, index: LeaderIndex, ref: string | null): ArticleContext {
  const counts = new Map<string, number>();
  const body = article.paragraphs.map((p) => ({ text: article.text.slice(p.start, p.end), start: p.start }));
  // Only an undated article needs to know who it names outright (to read "the Syrian President").
  const byName = ref ? new Set<string>() : index.named([article.title ?? "", ...body.map((b) => b.text)].join("\n"));
  const refs = body.flatMap((b) => index.find(b.text, b.start, ref, byName));
  for (const r of [...index.find(article.title ?? "", 0, ref, byName), ...refs]) counts.set(r.leaderId, (counts.get(r.leaderId) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return { ref, mainPair: ranked.slice(0, 2), named: new Set(ranked), byName, refs };
}

interface DatedContact {
  date: DateMention | null;
  type: ContactType;
  /** Where in the sentence the contact's words are; place and people are looked for near it. */
  at: number;
  cue: Cue;
  /** The stretch of the sentence before this date that belongs to it (after the previous date). */
  stretch?: [number, number];
}

/**
 * Which date phrases of a sentence are dates of a contact, and of what type. A date belongs to the
 * nearest cue before it in its stretch of the sentence (after the previous date); a list of dates
 * ("in May 2018, November 2017 and October 2015") shares the cue of its first member.
 */
function datedContacts(text: string, offset: number, cues: Cue[], dates: DateMention[], leadType: ContactType | null): { contacts: DatedContact[]; reportDate: DateMention | null } {
  const contacts: DatedContact[] = [];
  let reportDate: DateMention | null = null;
  let previous = null as { end: number; contact: DatedContact | null } | null;
  const contactCues = cues.filter((c) => c.kind === "contact");
  for (const d of dates) {
    const ds = d.start - offset;
    // Quoted speech keeps its own time ("events taking place today"): its dates are not the report's.
    if (insideQuote(text, ds)) continue;
    // "this year", "last month": a frame for other dates, not a date of its own.
    if (VAGUE_PERIOD.test(d.text)) continue;
    const de = d.end - offset;
    const from = previous ? previous.end : 0;
    let verdict: DatedContact | null = null;
    if (d.since) {
      // "their first meeting since 2019" names an earlier meeting of the pair; "at odds since
      // 2011" does not, and "the first visit by an Iranian president since 2019" may be someone else's.
      const before = text.slice(Math.max(0, ds - 60), ds) + (/^since\b/i.test(d.text) ? "since" : "");
      const contactCue = contactCues[0] ?? cues.find((c) => c.kind === "weak");
      const first = /\bfirst\b([^,;]*)\bsince\s*$/i.exec(before);
      if (first && !/\b(visit|trip|travel|tour|time)\b|\s(to|in|by)\s/i.test(first[1]) && contactCue) {
        // "The three-way call was the first … since late March": a bare "call" takes its medium
        // from the contact just told, like any other weak word.
        const type = contactCue.type ?? (contactCue.kind === "weak" ? (contacts[contacts.length - 1]?.type ?? leadType) : null) ?? "in-person";
        contacts.push({ date: d, type, at: contactCue.start, cue: contactCue });
      }
      // Either way a "since" date frames the sentence and does not start a list.
      continue;
    }
    const left = cues.filter((c) => c.end <= ds && c.start >= from);
    const nearest = left[left.length - 1];
    const glue = previous ? text.slice(previous.end, ds) : "";
    // Between two dates of a list there is only glue: commas, "and", a place ("in Moscow in").
    const isList = previous && !/;/.test(glue) && glue.split(/\s+/).filter(Boolean).length <= 8;
    if (!nearest && isList) {
      verdict = previous?.contact ? { ...previous.contact, date: d } : null;
    } else if (nearest) {
      // "last met in person before the war, at the White House in September 2021": a block word
      // in an aside set off by a comma leaves the date to the contact word before it.
      const aside = nearest.kind === "block" && /[,;]/.test(text.slice(nearest.end, ds));
      const cue = (aside ? left.findLast((c) => c.kind === "contact" || c.kind === "weak") : undefined) ?? nearest;
      verdict = contactVerdict(text, cue, from, de, d, contacts[contacts.length - 1]?.type ?? leadType);
      if (!verdict && cue.kind === "report") reportDate ??= d;
    } else {
      // A date opening the sentence belongs to the contact after it; a block word ("troops")
      // only vetoes it from the date's own clause, not from an aside between commas.
      const right = cues.find((c) => c.start >= de && (c.kind === "contact" || c.kind === "weak" || (c.kind === "block" && !/[,;]/.test(text.slice(de, c.start)))));
      if (right) verdict = contactVerdict(text, right, ds, right.end, d, leadType);
    }
    if (verdict) contacts.push({ ...verdict, stretch: [from, ds] });
    previous = { end: de, contact: verdict };
  }
  return { contacts, reportDate };
}

function insideQuote(text: string, pos: number): boolean {
  const before = text.slice(0, pos);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  const curly = before.lastIndexOf("“") > before.lastIndexOf("”");
  return straight || curly;
}

/**
 * A cue's contact, if it is one. A bare verb of talking ("spoke", "the conversation") takes its
 * medium from nearby words, else from the contact already described (`inherited`).
 */
/**
 * "Macron and Scholz spoke for two hours on Sunday", "Merkel spoke with Biden": in news copy two
 * leaders who "spoke", with no place and no word of meeting, spoke by phone.
 */
const SPOKE = /^(?:spoke|spoken|talked)$/i;
const SPOKE_WITH = /^\s+(?:with|to)\s/i;
/** "spoke at a news conference", "spoke to reporters": speaking, not to each other. */
const SPOKE_ELSEWHERE = /^\s+(?:\w+\s+)?(?:at|during|after|before|in front of|to (?:reporters|journalists|the press|the media))\b/i;
const JOINED_SUBJECT = /\band\s+(?:\S+\s+){0,4}$/i;

/** `refs` are offsets into `text`. */
function spokeByPhone(text: string, cue: Cue, refs: { start: number }[], cues: Cue[], hasPlace: boolean): boolean {
  if (hasPlace || !SPOKE.test(text.slice(cue.start, cue.end)) || SPOKE_ELSEWHERE.test(text.slice(cue.end, cue.end + 40))) return false;
  if (cues.some((c) => c.kind === "contact" && c.type === "in-person")) return false;
  const before = refs.filter((r) => r.start < cue.start);
  const withLeader = SPOKE_WITH.test(text.slice(cue.end, cue.end + 6)) && refs.some((r) => r.start > cue.end && r.start <= cue.end + 40);
  const pairSubject = before.length >= 2 && JOINED_SUBJECT.test(text.slice(before[before.length - 2].start, cue.start));
  return withLeader || pairSubject;
}

/** After "called <leader>": words that make it naming ("called him a friend"), not phoning. */
const NAMING = /^\s*(?:an?\s|the\s|his\s|her\s|their\s|["“'‘])/i;

/** Contact nouns that say nothing of the medium. */
const MEDIUMLESS = /^(?:talks|negotiations|discussions)$/i;

function contactVerdict(text: string, cue: Cue, from: number, to: number, date: DateMention | null, inherited: ContactType | null = null): DatedContact | null {
  // The medium may follow the date ("met on Monday by video link"), but not across a clause
  // break into the next contact ("…, and spoke by phone in May").
  const tail = text.slice(to, to + 40);
  const lookEnd = to + (tail.search(/[,;]|\band\b|\bthen\b/) + 1 || tail.length + 1) - 1;
  if (cue.kind === "block" || cue.kind === "report") return null;
  // A relative year ("this year") is too vague to be a contact's date; a named year is not.
  if (date?.date?.precision === "year" && date.resolvedAgainst) return null;
  // "talks", "negotiations" name no medium of their own: in a story about a call they are the call.
  const mediumless = cue.kind === "weak" || (inherited !== "in-person" && MEDIUMLESS.test(text.slice(cue.start, cue.end)));
  const qualified = (cue.type && cue.type !== "in-person" ? cue.type : qualifierIn(text, from, lookEnd, cue.start)) ?? (mediumless ? inherited : null);
  if (cue.kind === "weak" && !qualified) return null;
  if (isNotHeld(text, cue)) return null;
  return { date, type: qualified ?? cue.type ?? "in-person", at: cue.start, cue };
}

/** The mentions of contacts in one article. Undated ones come back with `date: null`. */
export function findMentions(article: Article, index: LeaderIndex, ctx: ArticleContext): { dated: Mention[]; floating: Mention[] } {
  const dated: Mention[] = [];
  const floating: Mention[] = [];
  // "Readout of the President's Call with …": the headline's medium is the article's, so "spoke
  // today with" in its body is that call.
  let leadType: ContactType | null = mediumOf(article.title ?? "");
  // The year the narrative is in: "They met again in Samarkand that September" follows it.
  let narrativeYear: number | null = null;
  // Who took part in the contact told last: "the leaders" after a three-way call are those three.
  let recent: string[] | null = null;
  // Only paragraphs with a word of contact are split into sentences and read closely.
  // A paragraph that names no leader can only go on about one by a pronoun or a group word.
  const worthReading = (para: string, p: Span) =>
    CONTACT_HINT.test(para) && (ctx.refs.some((r) => r.start >= p.start && r.end <= p.end) || COLLECTIVE.test(para) || /\b(?:he|she|his|her|him)\b/i.test(para) || OPENING.test(para));
  for (const s of sentences(article, worthReading)) {
    // "Trump's envoy met Xi": a leader named only for whom someone else acts takes no part.
    const refs = ctx.refs.filter((r) => r.start >= s.start && r.end <= s.end && !PROXY_AFTER_POSSESSIVE.test(article.text.slice(r.end, r.end + 40)));
    // "He", "his visit": the leader named last before this sentence.
    const previousLeader = ctx.refs.findLast((r) => r.end <= s.start)?.leaderId ?? null;
    if (!refs.length && !previousLeader && !COLLECTIVE.test(s.text) && !OPENING.test(s.text)) continue;
    const cues = cuesIn(s.text);
    // With no contact told yet to inherit a medium from, "spoke" between two leaders is a call.
    promoteCalls(index, s, cues, refs, leadType === null);
    if (!cues.some((c) => c.kind === "contact" || c.kind === "weak")) continue;
    // "He also held talks with Lula": a sentence opening with a pronoun goes on about the
    // leader named last; so does one naming nobody but saying "he" or "his".
    const subject = /^(?:He|She|(?:His|Her) (?:Highness|Majesty|Excellency))\b/.test(s.text) ? previousSubject(article.text, ctx.refs, s.start) : null;
    const pronounLeader = subject && !refs.some((r) => r.leaderId === subject) ? subject : !refs.length && /\b(he|his|him)\b/i.test(s.text) ? previousLeader : null;
    if (pronounLeader) refs.unshift({ leaderId: pronounLeader, start: s.start, end: s.start, text: "" });
    // Dates are the costly part: only read them where two leaders can be in the sentence: two
    // named, or a group word ("the two leaders"), or one and a place that stands for another.
    const opening = OPENING.test(s.text);
    if (!opening && !COLLECTIVE.test(s.text) && new Set(refs.map((r) => r.leaderId)).size < 2) {
      if (!refs.length || (!placesOf(index, s).length && !THE_COUNTRY.test(s.text))) continue;
    }
    const dates = findDates(s.text, s.start, ctx.ref);
    narrativeYear = followNarrative(s, dates, narrativeYear);
    const { contacts, reportDate } = datedContacts(s.text, s.start, cues, dates, leadType);

    if (!contacts.length) {
      // A contact whose only date is when it was reported ("held talks …, the presidency announced on Thursday").
      const usable = cues.filter((c) => c.kind === "contact" || (c.kind === "weak" && qualifierIn(s.text, c.start - 40, c.end + 40)));
      // "Before the summit, Modi held a meeting with Xi": the contact word after a leader, not the frame before one.
      const cue = usable.find((c) => refs.some((r) => r.end - s.start <= c.start)) ?? usable[0];
      const verdict = cue ? contactVerdict(s.text, cue, 0, s.text.length, reportDate, leadType) : null;
      for (const m of verdict ? buildMentions(article, index, ctx, s, refs, verdict, recent) : []) {
        leadType ??= m.type;
        recent = m.participants;
        if (verdict!.date) dated.push(m);
        // Undated sentences naming both leaders themselves are evidence for the article's main
        // contact, unless they count meetings rather than tell one ("have met 40 times").
        else if (new Set(refs.map((r) => r.leaderId)).size >= 2 && !HABITUAL.test(s.text)) floating.push(m);
      }
      continue;
    }
    for (const c of contacts) {
      for (const m of buildMentions(article, index, ctx, s, refs, c, recent)) {
        leadType ??= m.type;
        recent = m.participants;
        if (!(m.date && ctx.ref && m.date.value.slice(0, 10) > ctx.ref)) dated.push(m);
      }
    }
  }
  return { dated, floating };
}

/**
 * The leader a sentence opening with "He" goes on about: the first named in the sentence before
 * (its subject, as a rule), not the last ("Xi met Modi. He also met Lula": Xi).
 */
function previousSubject(text: string, refs: LeaderRef[], start: number): string | null {
  const last = refs.findLast((r) => r.end <= start);
  if (!last) return null;
  const boundary = Math.max(text.lastIndexOf(". ", last.start), text.lastIndexOf("\n", last.start));
  return refs.find((r) => r.start > boundary && r.end <= start)?.leaderId ?? null;
}

/**
 * Weak cues that are phone calls after all: a call verb with a leader as its object ("X called
 * Y", not "called him an old friend"), the noun with a leader after "from"/"with" ("a call from
 * Y"), and, when `spokeIsCall`, "X and Y spoke" with no place and no word of meeting.
 */
function promoteCalls(index: LeaderIndex, s: Sentence, cues: Cue[], refs: LeaderRef[], spokeIsCall: boolean): void {
  const local = refs.map((r) => ({ start: r.start - s.start, end: r.end - s.start }));
  for (const c of cues) {
    if (c.kind !== "weak") continue;
    const word = s.text.slice(c.start, c.end);
    const verb = /^(called|phoned|rang|telephoned|dial(?:l)?ed)$/i.test(word);
    const noun = /^calls?$/i.test(word) && /^\s+(?:from|with)\s/i.test(s.text.slice(c.end, c.end + 7));
    const object = local.find((r) => r.start >= c.end && r.start <= c.end + 30);
    const call = (verb || noun) && object !== undefined && !(verb && NAMING.test(s.text.slice(object.end, object.end + 6)));
    if (call || (spokeIsCall && local.length >= 2 && spokeByPhone(s.text, c, local, cues, placesOf(index, s).length > 0))) {
      Object.assign(c, { kind: "contact", type: "phone" });
    }
  }
}

/**
 * "They met again in Samarkand that September": a month told as "that"/"the same" belongs to the
 * year of the narrative's last absolute date, not to the publication's. Returns the narrative's
 * year after this sentence.
 */
function followNarrative(s: Sentence, dates: DateMention[], year: number | null): number | null {
  for (const d of dates) {
    if (!d.date) continue;
    if (d.resolvedAgainst === null) year = Number(d.date.value.slice(0, 4));
    else if (year && d.date.precision !== "year" && /\b(?:that|the same)\s+$/i.test(s.text.slice(0, d.start - s.start))) {
      d.date = { ...d.date, value: `${year}${d.date.value.slice(4)}` };
      d.resolvedAgainst = null;
    }
  }
  return year;
}

/** The mentions a contact of a sentence makes (usually one; one per person for "calls with A, B and C"). */
function buildMentions(article: Article, index: LeaderIndex, ctx: ArticleContext, s: Sentence, refs: LeaderRef[], c: DatedContact, recent: string[] | null = null): Mention[] {
  const when = c.date?.date?.value ?? ctx.ref;
  let people = pickParticipants(s, refs, c);
  // "Conversation took place on 14 of February": a contact noun opening a sentence that names nobody.
  const collective = COLLECTIVE.test(s.text) || (!refs.length && OPENING.test(s.text));
  // "The two leaders last met in Delhi in November, when Modi also held a summit with …": a
  // subject that is "the two leaders" is the article's pair, whoever the rest of the sentence names.
  const dualSubject = DUAL.test(s.text.slice(0, c.at)) && refs.every((r) => r.start - s.start >= c.at || ctx.mainPair.includes(r.leaderId));
  if (dualSubject && ctx.mainPair.length === 2) people = [...ctx.mainPair];
  else if (people.length < 2 && collective && ctx.mainPair.length === 2) {
    // "The two leaders met …, an encounter brokered by the emir": the pair, and nobody else named.
    if (DUAL.test(s.text.slice(0, c.at))) people = [...ctx.mainPair];
    else if (!people.length && recent && recent.length > 2) people = [...recent];
    else people = [...new Set([...people, ...ctx.mainPair])];
  }

  // The place: a gazetteer name after "in/at/to", or a visited country, nearest the contact's words.
  let place: { name: string; country: string } | null = null;
  if (c.type === "in-person") {
    const places = placesOf(index, s);
    // A place in the date's own stretch ("in Moscow in September 2021") wins; else the one nearest the contact words.
    const own = c.stretch ? places.filter((p) => p.start >= c.stretch![0] && p.end <= c.stretch![1]) : [];
    places.sort((a, b) => Math.abs(a.start - c.at) - Math.abs(b.start - c.at));
    place = own[own.length - 1] ?? places[0] ?? null;
    // "at the air base near Latakia in Syria": the city says more than its country.
    if (place && !place.name.includes(", ")) place = places.find((p) => p.country === place!.country && p.name.includes(", ")) ?? place;
    if (!place && THE_COUNTRY.test(s.text) && people.length === 1) {
      const other = ctx.mainPair.find((id) => id !== people[0]);
      const code = other ? index.countryOf(other, when) : null;
      const country = code ? index.countries.get(code) : undefined;
      if (country) place = { name: country.name, country: country.code };
    }
    if (place && people.length === 1) {
      // "The Syrian leader paid several visits to Russia": the other side is the leader of Russia
      // the article is about (its main pair's, else whoever led Russia then, when it names them).
      const local = ctx.mainPair.find((id) => id !== people[0] && index.countryOf(id, when) === place!.country);
      const holder = local ?? index.holder(place.country, null, when);
      if (holder && holder !== people[0] && ctx.named.has(holder)) people.push(holder);
    }
  }
  // "Zelensky, who cut short a visit to South Africa": a visit to a country whose leader the
  // sentence names is with that leader.
  if (c.type === "in-person" && place && TRAVEL.test(s.text.slice(c.at, c.at + 20))) {
    const local = distinct(refs).find((id) => index.countryOf(id, when) === place!.country);
    const visitor = refs.filter((r) => r.start - s.start < c.at && r.leaderId !== local).pop()?.leaderId;
    if (local && visitor && !people.includes(local)) people = [visitor, local];
  }
  if (c.cue.kind === "weak" && c.type === "in-person" && !place) return [];
  // "had telephone conversations with A, B and C", "met X, and later Y": one contact with each.
  const groups = eachSeparately(s, refs, c) ?? [people];
  return groups.flatMap((group) => {
    // "the first meeting between leaders of the two countries since 2016": not these two, if one
    // of them was not yet (or no longer) in office then.
    const inOffice = c.date?.date ? group.filter((id) => index.inOffice(id, c.date!.date!.value)) : group;
    return inOffice.length < 2 ? [] : [mentionOf(article, index, s, refs, c, inOffice, place, when)];
  });
}

/**
 * One contact with each of several people: a plural contact noun ("telephone conversations
 * with A, B and C") or a second object told apart ("with X, and later with Y"). Null when the
 * sentence tells one contact.
 */
function eachSeparately(s: Sentence, refs: LeaderRef[], c: DatedContact): string[][] | null {
  const subject = refs.findLast((r) => r.start - s.start < c.at);
  const objects = distinct(refs.filter((r) => r.start - s.start >= c.at && r.leaderId !== subject?.leaderId));
  if (!subject || objects.length < 2) return null;
  const plural = /^(?:telephone |phone |video )?(?:conversations|calls|meetings)\b/i.test(s.text.slice(c.at));
  const apart = /,?\s+and\s+(?:later|then|afterwards|subsequently)\s+(?:also\s+)?with\s/i.test(s.text.slice(c.at));
  return plural || apart ? objects.map((o) => [subject.leaderId, o]) : null;
}

function mentionOf(article: Article, index: LeaderIndex, s: Sentence, refs: LeaderRef[], c: DatedContact, people: string[], place: { name: string; country: string } | null, when: string | null): Mention {
  const ordered = orderByCatalogue(index, people);
  const host = c.type === "in-person" ? findHost(index, s, refs, place?.country ?? null, ordered, when) : null;
  const initiator = c.type !== "in-person" ? findInitiator(index, s, refs, ordered, when) : null;
  return {
    file: article.file,
    type: c.type,
    participants: ordered,
    date: c.date?.date ?? null,
    dateText: c.date?.text ?? null,
    resolvedAgainst: c.date?.resolvedAgainst ?? null,
    weekday: c.date?.weekday,
    monthDay: c.date?.monthDay,
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
 * The leaders of a contact among those a sentence names. With more than two, a leader named only
 * in the possessive ("a day after Donald Trump's inauguration") is someone else's business, and
 * of the rest the two named nearest the contact's words take part, unless it was a summit.
 */
/** A summit word, and what comes before it when the contact is only near the summit. */
const SUMMIT = /\b(?:(before|after|ahead of|sidelines of|margins of)\s+(?:an?\s+|the\s+)?(?:\S+\s+)?)?(?:summit|trilateral|three-way|four-way)\b/i;
/** Between two names of one group: a comma, "and", or both. */
const JOINED = /^\s*,?\s*(?:and\s*)?$/;

function distinct(refs: LeaderRef[]): string[] {
  return [...new Set(refs.map((r) => r.leaderId))];
}

function pickParticipants(s: Sentence, refs: LeaderRef[], c: DatedContact): string[] {
  // "Modi's trip comes weeks after he met Xi in Beijing, a visit Biden criticised": the
  // pronoun is the leader named before it, and the contact is with the next leader named after.
  const pronoun = PRONOUN_SUBJECT.exec(s.text.slice(Math.max(0, c.at - 30), c.at));
  if (pronoun) {
    const pronounAt = c.at - Math.min(30, c.at) + pronoun.index;
    const subject = refs.findLast((r) => r.start - s.start < pronounAt);
    const object = refs.find((r) => r.start - s.start >= c.at && r.leaderId !== subject?.leaderId);
    if (subject && object) return [subject.leaderId, object.leaderId];
  }
  if (distinct(refs).length <= 2) return distinct(refs);
  let kept = refs.filter((r) => !/^['’]s\b/.test(s.text.slice(r.end - s.start, r.end - s.start + 3)));
  if (distinct(kept).length < 2) kept = refs;
  if (distinct(kept).length <= 2) return distinct(kept);
  // A summit involves everyone named ("met in Paris at a summit hosted by Macron and Merkel");
  // a meeting "before" a summit or "on the sidelines of" one does not.
  const summit = SUMMIT.exec(s.text);
  if (summit && !summit[1]) return distinct(kept);
  // "a telephone call with French President Macron and German Chancellor Scholz": everyone
  // joined by "and" right after the contact's words takes part, with its subject.
  const after = kept.filter((r) => r.start - s.start >= c.at);
  const before = kept.filter((r) => r.start - s.start < c.at);
  if (before.length && after.length >= 2 && after[0].start - s.start - c.at <= 60) {
    let n = 1;
    while (n < after.length && JOINED.test(s.text.slice(after[n - 1].end - s.start, after[n].start - s.start))) n++;
    if (n >= 2) return distinct([before[before.length - 1], ...after.slice(0, n)]);
  }
  // "Modi and Xi held talks by video, a day after Trump's inauguration": a subject of two
  // leaders joined by "and" just before the contact's words is the pair.
  const [x, y] = before.slice(-2);
  if (x && y && x.leaderId !== y.leaderId && JOINED.test(s.text.slice(x.end - s.start, y.start - s.start)) && c.at - (y.end - s.start) <= 40) {
    return [x.leaderId, y.leaderId];
  }
  // "X met Y on Thursday and Z on Friday": the subject, and whoever is named in this date's stretch.
  if (c.stretch && c.stretch[0] > 0) {
    const own = kept.filter((r) => r.start - s.start >= c.stretch![0] && r.end - s.start <= c.stretch![1]);
    const pair = distinct([...before, ...own]);
    if (own.length && pair.length >= 2) return pair;
  }
  const at = c.at + s.start;
  const byDistance = [...kept].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  return distinct(byDistance).slice(0, 2);
}

/** Places a sentence names after "in/at/to/visited", found once per sentence however many contacts it holds. */
const placeCache = new WeakMap<Sentence, ReturnType<LeaderIndex["findPlaces"]>>();
function placesOf(index: LeaderIndex, s: Sentence) {
  let found = placeCache.get(s);
  if (!found) {
    found = index
      .findPlaces(s.text, 0)
      .filter((p) => /\b(?:in|at|to|into|near|outside|visit(?:ed|s|ing)?|toured|(?:island|city|town|resort|village) of)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, p.start - 20), p.start)));
    placeCache.set(s, found);
  }
  return [...found];
}

export function orderByCatalogue(index: LeaderIndex, ids: string[]): string[] {
  return [...ids].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
}

/** The leader named just before `pos` (within a few words), if any. */
function refBefore(refs: LeaderRef[], pos: number, sentenceStart: number, text: string): LeaderRef | undefined {
  const candidates = refs.filter((r) => r.end - sentenceStart <= pos);
  const last = candidates[candidates.length - 1];
  if (!last) return undefined;
  const between = text.slice(last.end - sentenceStart, pos);
  return between.split(/\s+/).filter(Boolean).length <= 6 && !/[;]/.test(between) ? last : undefined;
}

function findHost(index: LeaderIndex, s: Sentence, refs: LeaderRef[], placeCountry: string | null, people: string[], when: string | null): string | null {
  const byOf = HOSTED_BY.exec(s.text);
  if (byOf) {
    const after = refs.find((r) => r.start - s.start >= byOf.index + byOf[0].length);
    if (after && people.includes(after.leaderId)) return after.leaderId;
  }
  const hosting = HOSTING.exec(s.text);
  if (hosting && !byOf) {
    const subject = refBefore(refs, hosting.index, s.start, s.text);
    if (subject && people.includes(subject.leaderId)) return subject.leaderId;
  }
  if (placeCountry) {
    const locals = people.filter((id) => index.countryOf(id, when) === placeCountry);
    if (locals.length === 1) return locals[0];
  }
  const travel = TRAVEL.exec(s.text);
  if (travel && people.length === 2) {
    const traveller = refBefore(refs, travel.index, s.start, s.text);
    if (traveller && people.includes(traveller.leaderId)) return people.find((id) => id !== traveller.leaderId) ?? null;
  }
  return null;
}

function findInitiator(index: LeaderIndex, s: Sentence, refs: LeaderRef[], people: string[], when: string | null): string | null {
  const from = CALL_FROM.exec(s.text);
  if (from) {
    const tail = s.text.slice(from.index + from[0].length, from.index + from[0].length + 40);
    const named = refs.find((r) => r.start - s.start >= from.index + from[0].length && r.start - s.start < from.index + from[0].length + 40);
    if (named && people.includes(named.leaderId)) return named.leaderId;
    // "at the initiative of the Russian side"
    const side = /\b(?:the\s+)?(\p{L}+)\s+side\b/u.exec(tail);
    const country = side ? index.country(side[1]) : undefined;
    const id = country ? people.find((p) => index.countryOf(p, when) === country.code) : undefined;
    if (id) return id;
  }
  const calling = CALLING.exec(s.text);
  if (calling) {
    const caller = refBefore(refs, calling.index, s.start, s.text);
    if (caller && people.includes(caller.leaderId)) return caller.leaderId;
  }
  return null;
}
