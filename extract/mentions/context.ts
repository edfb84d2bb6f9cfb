/** What the whole article tells every sentence: its date, its main pair, every leader it names. */
import { CONTACT_HEADING, RECORD_HEADLINE, FIRST_PERSON_WORD, HEADING_TAIL, HEADING_TAIL_MAX, MAY_SPEAK, PLURAL_FIRST_PERSON, TURN_ENDER, CALLED_BY_OFFICE, TITLED_NAME, NEWS_OFFICE_TITLES, GENERIC_COUNTRY_DOMAINS, GOVERNMENT_HOST, COURTESY, COURTESY_WORD, courtesyKey } from "./vocabulary";
import type { LeaderIndex, LeaderRef } from "../leaders";
import type { Article } from "../types";
import { OFFICES, officeAlternation } from "../offices";
import { lastAtOrBefore } from "../sorted";
import type { Span } from "../types";
import { OFFICE_HOLDERS, PARTNERS, SPEAKERS } from "./config";
import { INTERVIEW_INTRO_PARAGRAPHS, interviewSubject, intervieweeOf, labelAliases, ownWordsOf, labelAsWritten, labelOf, questionTurn, sentenceBounds, turnOf, HEADING_LABEL_MAX, type PartnerInput } from "./speakers";
import { shortNameRefs } from "./short-names";
import { sitePrincipal } from "./site-principal";
import { calledKey, type CalledCourtesy } from "./participants";

export interface ArticleContext {
  /** The reference date for relative phrases (the publication date), if any. */
  ref: string | null;
  /** The two leaders the article is about, for "the two leaders", "their meeting". */
  mainPair: string[];
  /** The leaders the headline names (none when it names none). */
  inHeadline: Set<string>;
  /**
   * Whether the main pair stands out: no third leader is named nearly as often as the second.
   * When it does not (a round-up, an analysis of many leaders), "their meeting" may be anyone's.
   */
  pairClear: boolean;
  /** Every leader the article names: a place may stand for one of them, never for a stranger. */
  named: Set<string>;
  /** Leaders the article names outright: who an office means when the article has no date. */
  byName: Set<string>;
  /** Every reference to a leader in the body, with offsets into the file (found once, used per sentence). */
  refs: LeaderRef[];
  /** The questions' turns of a transcript or briefing ("Q: …?"), in order: what they say is asked, not told. */
  asked: Span[];
  /** The words of the names of people the article introduces by a leader's title who are no catalogue leader ("President William Ruto"): read on first asking. */
  strangers: () => ReadonlySet<string>;
}

/** A paragraph of the article's body: its text and where it starts in the file. */
interface Paragraph {
  text: string;
  start: number;
}

/**
 * What articleContext reads each kind of reference from (offices, first persons, questions): the
 * leaders, the publication day, who the article names outright, its body and headline, and every
 * reference found so far (`refs`, the very list articleContext adds each kind to, in text order).
 */
interface PageRead {
  index: LeaderIndex;
  ref: string | null;
  byName: Set<string>;
  body: Paragraph[];
  title: string;
  /** The leaders the headline names. */
  headline: LeaderRef[];
  refs: LeaderRef[];
}

/** The two leaders most often named in the article: who "the two leaders" are. */
export function articleContext(article: Article, index: LeaderIndex, ref: string | null): ArticleContext {
  const site = pagePrincipal(article, index, ref);
  // A contact heading ("Meeting with Chancellor X") leaves its subject to the page: only a press
  // office's own page says whose it is; elsewhere its leader is no more than a name in a list.
  const body = article.paragraphs.map((p) => ({ text: article.text.slice(p.start, p.end), start: p.start })).filter((b) => site || !contactHeading(b.text));
  // Only an undated article needs to know who it names outright (to read "the Turkish President").
  const byName = ref ? new Set<string>() : index.named([article.title ?? "", ...body.map((b) => b.text)].join("\n"));
  const refs = body.flatMap((b) => index.find(asWritten(b.text), b.start, ref, byName));
  // "Moon Jae-in … Moon and Abe last met": a part of a name the article has given in full.
  const short = shortNameRefs(index, body, refs);
  if (short.length) {
    refs.push(...short);
    refs.sort((a, b) => a.start - b.start);
  }
  const headline = index.find(article.title ?? "", 0, ref, byName);
  const page: PageRead = { index, ref, byName, body, title: article.title ?? "", headline, refs };
  const offices = officeRefs(page, site ?? principalOf(article, index, ref, headline, refs), site !== null);
  if (offices.length) {
    refs.push(...offices);
    refs.sort((a, b) => a.start - b.start);
  }
  const intro = body.slice(0, INTERVIEW_INTRO_PARAGRAPHS).map((b) => ({ text: b.text, refs: refsWithin(refs, b.start, b.start + b.text.length) }));
  // The leader whose own words the page is: an interview's subject, else a speech's or statement's owner.
  const interviewee = intervieweeOf({ text: article.title ?? "", refs: headline }, intro, body) ?? ownWordsOf({ text: article.title ?? "", refs: headline }, site);
  const spoken = firstPersonRefs(page, interviewee);
  if (spoken.length) {
    refs.push(...spoken);
    refs.sort((a, b) => a.start - b.start);
  }
  const asked = questionsAsked(page);
  const { ranked, pairClear } = pairOf(headline, refs);
  const inHeadline = new Set(headline.map((r) => r.leaderId));
  let strangers: Set<string> | undefined;
  const strangersOf = () => (strangers ??= strangerNames(body, refs));
  return { ref, mainPair: ranked.slice(0, 2), inHeadline, pairClear, named: new Set(ranked), byName, refs, asked, strangers: strangersOf };
}

/**
 * "Kenyan President William Ruto …": the words of each name a leader's title introduces that is
 * no catalogue leader's, so that a later "Ruto met A and B" is known for a stranger's contact.
 */
function strangerNames(body: { text: string; start: number }[], refs: LeaderRef[]): Set<string> {
  const out = new Set<string>();
  for (const b of body) {
    for (const m of b.text.matchAll(TITLED_NAME)) {
      const from = b.start + m.index + m[0].length - m[1].length;
      const to = b.start + m.index + m[0].length;
      if (refs.some((r) => r.text && r.start < to && r.end > from)) continue;
      for (const word of m[1].split(/\s+/)) if (word.length > 2) out.add(word);
    }
  }
  return out;
}

/** The leaders a page names, most named first, and whether its first two stand out as its pair. */
function pairOf(headline: LeaderRef[], refs: LeaderRef[]): { ranked: string[]; pairClear: boolean } {
  const counts = new Map<string, number>();
  for (const r of headline) counts.set(r.leaderId, (counts.get(r.leaderId) ?? 0) + 1);
  for (const r of refs) counts.set(r.leaderId, (counts.get(r.leaderId) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const ranked = sorted.map(([id]) => id);
  // A headline naming exactly the pair settles it; else the second must be named at least three
  // times and twice as often as the third.
  const inHeadline = new Set(headline.map((r) => r.leaderId));
  const headlinePair = inHeadline.size === 2 && ranked.slice(0, 2).every((id) => inHeadline.has(id));
  const pairClear = sorted.length <= 2 || headlinePair || (sorted[1][1] >= 3 && sorted[2][1] * 2 <= sorted[1][1]);
  return { ranked, pairClear };
}

/** Enough letters for a paragraph's case to say something: a short label ("Q:", "AP") says nothing. */
const CASELESS_MIN_LETTERS = 20;

/**
 * A paragraph in capitals throughout ("JOE BIDEN MET OLAF SCHOLZ ON FRIDAY": broadcast captions,
 * wire flashes) is read for names as a headline would be written, each word capitalised ("Joe Biden
 * Met Olaf Scholz"); names are found only by their capitals. Only where the length stays the same,
 * so offsets still index the file.
 */
export function asWritten(text: string): string {
  if (/\p{Ll}/u.test(text) || (text.match(/\p{Lu}/gu)?.length ?? 0) < CASELESS_MIN_LETTERS) return text;
  const written = labelAsWritten(text);
  return written.length === text.length ? written : text;
}


/** "I" and "me" where the text says which leader is speaking, read by the rules of SPEAKERS in turn. */
function firstPersonRefs(page: PageRead, interviewee: string | null): LeaderRef[] {
  const { index, ref, byName, body, refs: found } = page;
  const out: LeaderRef[] = [];
  let pagePair: string[] | null | undefined;
  // Read once, and only for a page whose speaker says "we": the pair of the leaders named so far (no first person counted).
  const pairOfPage = () => {
    if (pagePair === undefined) {
      const { ranked, pairClear } = pairOf(page.headline, found);
      pagePair = pairClear && ranked.length >= 2 ? ranked.slice(0, 2) : null;
    }
    return pagePair;
  };
  const findNamed = (text: string, offset: number) => index.find(text, offset, ref, byName);
  // A short label ("BIN SALMAN:", "PRIME MINISTER:") stands for the leader an earlier full label named.
  const aliases = labelAliases(body, findNamed);
  const find = (text: string, offset: number): LeaderRef[] => {
    const named = findNamed(text, offset);
    const alias = named.length || !aliases.size ? undefined : aliases.get(text.toLowerCase());
    return alias ? [{ leaderId: alias, start: offset, end: offset + text.length, text, via: "label-alias" }] : named;
  };
  // The leader whose labelled turn is running: it goes on over unlabelled paragraphs until the next label.
  let turn: string | null = null;
  for (let i = 0; i < body.length; i++) {
    const { text, start } = body[i];
    if (MAY_BE_LABELLED.test(text) || text.length <= HEADING_LABEL_MAX) {
      const next = turnOf(text, start, find);
      if (next !== undefined) turn = next;
    } else if (turn && TURN_ENDER.test(text)) turn = null; // a question, an address or another's words end the turn
    if (!(interviewee || turn ? FIRST_PERSON_WORD : MAY_SPEAK).test(text)) continue;
    const refs = refsWithin(found, start, start + text.length);
    const taken = new Set<number>();
    for (const rule of SPEAKERS) {
      // A later rule reads only the first persons an earlier one left.
      const read = rule.apply({ text, offset: start, refs, find, interviewee, turn }) ?? [];
      // An interview's page gives its leader what nobody else is said to speak, and its writer may
      // say "we" too ("We met at his office on Monday"): there a "we" is the leader's only in an
      // answer that is his by its "I" or "me" as well.
      const plurals = rule !== interviewSubject || read.some((r) => !PLURAL_FIRST_PERSON.test(r.text));
      for (const r of read) {
        if (taken.has(r.start)) continue;
        taken.add(r.start);
        if (!PLURAL_FIRST_PERSON.test(r.text)) out.push(r);
        else if (plurals) out.push(...plural(page, r, i, refs, pairOfPage));
      }
    }
  }
  return out;
}

/**
 * A speaker's "we" or "our" (r, his ref, in the body's paragraph `p`, which names `refs`): he and
 * the partner PARTNERS finds, both at its words; or nothing when none is found, or when its
 * sentence names another leader after it ("we met President Y": a group of his, whose other
 * members are not told).
 */
function plural(page: PageRead, r: LeaderRef, p: number, refs: LeaderRef[], pagePair: () => string[] | null): LeaderRef[] {
  const { text, start } = page.body[p];
  const previous = page.body[p - 1];
  const found = page.refs;
  const at = r.start - start;
  const bounds = sentenceBounds(text, at);
  if (refs.some((n) => n.leaderId !== r.leaderId && n.start >= r.end && n.start - start < bounds.end)) return [];
  // The two sentences before, in this paragraph or at the end of the paragraph before: a leader
  // named there ("I went to see President X. It was a frank visit. We talked …") may be whom the
  // "we" takes in. sentenceBounds rescans the paragraph, which article.ts bounds at MAX_LINE.
  const from = twoSentencesBefore(text, start, bounds, previous);
  const namedBefore = refsWithin(found, from, r.start).map((n) => n.leaderId);
  const rest = text.slice(r.end - start, bounds.end);
  const input: PartnerInput = { speaker: r.leaderId, namedBefore, rest, pagePair };
  for (const rule of PARTNERS) {
    const partner = rule.apply(input);
    // Read from outside the sentence, as a pronoun's antecedent is (text ""): it names nobody for an undated contact.
    if (partner) return [r, { ...r, leaderId: partner, text: "", via: rule.name }];
  }
  return [];
}

/** Where the sentence two before the one at `bounds` starts, as an offset into the file: within the paragraph, else in `previous`. */
function twoSentencesBefore(text: string, start: number, bounds: { before: number; start: number }, previous: { text: string; start: number } | undefined): number {
  if (bounds.before > 0) return start + sentenceBounds(text, bounds.before).before;
  if (!previous) return start;
  const last = sentenceBounds(previous.text, previous.text.length);
  // The paragraph's first sentence reaches back two sentences into the previous one; its second, one.
  return previous.start + (bounds.start > 0 ? last.start : last.before);
}

/** How far after a question's turn its answer may be read as about what it asked: the answer's label and a sentence or two. */
const ANSWER_REACH = 400;

/**
 * The question's turn that the text at `at` answers: the last one ending before it, when `at`
 * lies within ANSWER_REACH of its end. The question is no evidence, but it says what its answer
 * is about ("Q: Did the two leaders speak by phone? — A: Yes, they spoke on Monday").
 */
export function questionAnswered(ctx: Pick<ArticleContext, "asked">, at: number): Span | null {
  // The turns are in text order and apart: a binary search, not a scan per sentence of a long transcript.
  const q = ctx.asked[lastAtOrBefore(ctx.asked, at, (turn) => turn.end)];
  return q && at - q.end <= ANSWER_REACH ? q : null;
}

/** A paragraph that is a contact heading whole ("Meeting with Prime Minister X (10 October)"), not a sentence that opens like one. */
function contactHeading(text: string): boolean {
  const m = CONTACT_HEADING.exec(text);
  if (!m) return false;
  const tail = text.slice(m[0].length);
  return tail.length <= HEADING_TAIL_MAX && HEADING_TAIL.test(tail);
}

/** A paragraph that may open with a label ("Q:", "CCTV:") within its first words. */
const MAY_BE_LABELLED = /^[^\n:]{1,80}:\s/;

function questionsAsked({ index, ref, byName, body }: PageRead): Span[] {
  const out: Span[] = [];
  const isPlace = (label: string) => index.findPlaces(labelAsWritten(label), 0).length > 0;
  let labelled = 0;
  for (const { text } of body) {
    const label = MAY_BE_LABELLED.test(text) ? labelOf(text) : null;
    if (label && !isPlace(label) && ++labelled >= 2) break;
  }
  const turns = { transcript: labelled >= 2, isPlace };
  for (const { text, start } of body) {
    if (!MAY_BE_LABELLED.test(text)) continue;
    const end = questionTurn(text, (t, o) => index.find(t, start + o, ref, byName), turns);
    if (end) out.push({ start, end: start + end });
  }
  return out;
}

/**
 * References by a bare office ("The Head of State met …"), read by the rules of OFFICE_HOLDERS in
 * turn; only a dated article says who held an office.
 */
function officeRefs(page: PageRead, principal: string | null, ownSite: boolean): LeaderRef[] {
  const { index, ref, body, title, headline, refs: found } = page;
  // Only a dated article says who held an office; an undated record's subjectless entries are still read (entry-owner).
  const titlesOf = (id: string | null) => (id && ref ? (index.leader(id)?.roles ?? []).filter((r) => r.from <= ref && (!r.to || ref < r.to)).map((r) => r.title) : []);
  // Where each is first named: the headline stands before the body.
  const first = new Map<string, number>();
  for (const r of headline) if (!first.has(r.leaderId)) first.set(r.leaderId, -1);
  for (const r of found) if (!first.has(r.leaderId)) first.set(r.leaderId, r.start);
  const others = [...first].filter(([id]) => id !== principal).map(([id, at]) => ({ id, titles: titlesOf(id), first: at }));
  const refs = found.slice(0);
  const out: LeaderRef[] = [];
  // Only a headline that says its page is a record: news under a one-leader headline is no record of theirs.
  const headlineOwner = !ownSite && headline.length > 0 && headline.every((r) => r.leaderId === principal) && RECORD_HEADLINE.test(title);
  const calledAt = officeWordsCalled(body, found);
  const courtesies = courtesiesCalled(body, found);
  const placeCountry = (name: string) => index.findPlaces(name, 0).find((p) => p.start === 0)?.country ?? null;
  const countryOf = (id: string) => index.countryOf(id, ref);
  // The principal's offices, read once (the rules only read them), not for every paragraph and rule.
  const principalTitles = titlesOf(principal);
  for (const { text, start } of body) {
    for (const rule of OFFICE_HOLDERS) {
      const more = rule.apply({ text, offset: start, principal, principalTitles, ownSite, refs, others, headlineOwner, calledAt, placeCountry, countryOf, courtesies }) ?? [];
      // A later rule reads only what an earlier one left bare.
      refs.push(...more);
      out.push(...more);
    }
  }
  return out;
}

/**
 * Where the article first calls each leader by an office word written just before the name
 * ("Indian Prime Minister Narendra Modi", "the Prime Minister of Canada, Justin Trudeau"), keyed by `calledKey`: news copy's
 * lower-case office is read only as a leader the article has called by that very word.
 */
function officeWordsCalled(body: { text: string; start: number }[], found: LeaderRef[]): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  for (const { text, start } of body) {
    const end = start + text.length;
    while (i < found.length && found[i].start < start) i++;
    for (; i < found.length && found[i].start < end; i++) {
      const r = found[i];
      const at = r.start - start;
      const m = CALLED_BY_OFFICE.exec(text.slice(Math.max(0, at - CALLED_READ), at) + r.text);
      const key = m && calledKey(r.leaderId, m[1].toLowerCase());
      if (key && !out.has(key)) out.set(key, r.start);
    }
  }
  return out;
}
/**
 * Every courtesy the article writes before a name or a title ("His Highness Sheikh X", "His Majesty
 * King Y", "His Royal Highness Crown Prince and Prime Minister Z"), in order, with the leader it
 * names, or null for a person who is no catalogue leader ("His Highness Sheikh W, a minister"):
 * a courtesy alone later stands for the last one so called, and a non-leader in between breaks
 * the chain. "His Highness the Amir" with no leader named after it is left out: it is the office.
 */
function courtesiesCalled(body: { text: string; start: number }[], found: LeaderRef[]): CalledCourtesy[] {
  const out: CalledCourtesy[] = [];
  let i = 0;
  for (const { text, start } of body) {
    const end = start + text.length;
    while (i < found.length && found[i].start < start) i++;
    if (!COURTESY_WORD.test(text)) continue;
    let j = i;
    for (const m of text.matchAll(COURTESY)) {
      const after = m.index + m[0].length;
      const next = /^\s+(the\s+)?\p{Lu}/u.exec(text.slice(after, after + 8));
      if (!next) continue;
      while (j < found.length && found[j].start < start + after) j++;
      const r = j < found.length && found[j].start < end && found[j].text ? found[j] : null;
      const leaderId = r && COURTESY_BEFORE.test(text.slice(m.index, r.start - start)) ? r.leaderId : null;
      if (!leaderId && next[1]) continue;
      out.push({ key: courtesyKey(m[1], m[2]), at: start + m.index, leaderId });
    }
  }
  return out;
}
/** From a courtesy, only titles' words up to the name. */
const COURTESY_BEFORE = /^(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty)\s+(?:(?:the|and|of)\s+|\p{Lu}[\p{L}'’-]*\s+){0,6}$/u;

/** How far before a name its office word is looked for. */
const CALLED_READ = 40;

/**
 * "Telephone conversation between the President of the Republic and Mr X", "Entretien du Président
 * de la République avec M. X": an office before the first leader a headline names, joined to that
 * leader by "with" or "and" (in the readout's own language), is the readout's own principal, left
 * unnamed; the leader named is its counterpart, never the principal. Up to three words of any
 * case may stand between the joining word and the name ("with Mr X", "with the visiting X").
 * Any office's name, in any language the office vocabulary gives it (extract/offices.ts).
 */
const OFFICE_THEN_COUNTERPART = new RegExp(`\\b(?:${officeAlternation(OFFICES.flatMap((o) => [...o.names, ...(o.inOtherLanguages ?? [])]))})\\b.*\\s(?:with|and|avec|et|con|y|mit|und)\\s+(?:[\\p{L}.-]+\\s+){0,3}$`, "iu");

/** "Readout of the President's Meetings with Prime Minister A and …": a headline whose owner is a bare office and whose leaders are its counterparts. */
const OWNED_BY_AN_OFFICE = new RegExp(`\\bthe\\s+(?:${officeAlternation(OFFICES.flatMap((o) => o.names))})['’]s\\b[^:]*\\bwith\\s+(?:[\\p{L}-]+\\s+){0,3}$`, "iu");

/** How far into a page its masthead is looked for: a site's name stands near the top, and a megabyte of furniture is not read for it. */
const MASTHEAD_READ = 16_000;

/**
 * The press office's principal of the page (sitePrincipal), read from its masthead. A long article
 * is read in windows, each asking again: past the first window every window's masthead is the
 * same first MASTHEAD_READ characters, so the last answer is kept and the masthead is read once
 * per page, not once per window.
 */
let lastPrincipal: { text: string; end: number; index: LeaderIndex; url: string | null; publisher: string | null; ref: string | null; title: string | null; site: string | null } | null = null;
function pagePrincipal(article: Article, index: LeaderIndex, ref: string | null): string | null {
  const end = Math.min(article.mastheadEnd ?? article.paragraphs[0]?.start ?? 0, MASTHEAD_READ);
  const { url = null, publisher = null, title = null } = article;
  const last = lastPrincipal;
  if (last && last.end === end && last.index === index && last.url === url && last.publisher === publisher && last.ref === ref && last.title === title && last.text === article.text) return last.site;
  const site = sitePrincipal(index.catalogue, url, publisher, ref, article.text.slice(0, end), title);
  lastPrincipal = { text: article.text, end, index, url, publisher, ref, title, site };
  return site;
}

/**
 * Whose government the readout speaks for, on a page that is no press office's own (there it is
 * that office's holder on the date, data/press-offices.json): the first leader its headline names,
 * else the owner of a record its headline gives only an office ("Prime Minister's Diary …", see
 * recordOwner), else the first leader in its body. A headline owned by a bare office ("the President's Meetings with A and B", "the
 * President of the Republic and Mr A") names only counterparts, and none of them is the principal:
 * nobody is.
 */
function principalOf(article: Article, index: LeaderIndex, ref: string | null, headline: LeaderRef[], found: LeaderRef[]): string | null {
  const title = article.title ?? "";
  const record = headline.length ? null : RECORD_OWNED_BY_AN_OFFICE.exec(title);
  const owner = record && RECORD_HEADLINE.test(title) ? recordOwner(index, ref, article.url ?? null, record[1]) : null;
  if (owner) return owner;
  if (headline.length && (OWNED_BY_AN_OFFICE.test(title.slice(0, headline[0].start)) || OFFICE_THEN_COUNTERPART.test(title.slice(0, headline[0].start)))) return null;
  return headline[0]?.leaderId ?? found[0]?.leaderId ?? null;
}

/**
 * "Prime Minister's Diary Summary, 1 - 31 October", "The Head of State's schedule in September": a
 * record whose headline names its owner only by an office in the possessive is that office's, and
 * the leaders its rows name are its counterparts, never its owner. Whose office it is, the page's
 * own country says: the country-code domain of its address ("….gov.au"), whose holder of the
 * office on the date owns the record. On a page of no country's domain (or none stated) the owner
 * is left to the first leader named, as on any page: a ministry's "Prime Minister's bilateral
 * meetings" names its own prime minister first.
 */
function recordOwner(index: LeaderIndex, ref: string | null, url: string | null, office: string): string | null {
  const host = url ? COUNTRY_DOMAIN.exec(url) : null;
  // A code sold as a generic domain (".co", ".tv") is a country's only on its government's host.
  const code = host && (!GENERIC_COUNTRY_DOMAINS.has(host[2].toLowerCase()) || GOVERNMENT_HOST.test(host[1])) ? host[2].toUpperCase() : undefined;
  if (!ref || !code || !index.countries.has(code)) return null;
  const titles = NEWS_OFFICE_TITLES[office.toLowerCase()] ?? [];
  return index.holder(code, titles.length === 1 ? titles[0] : null, ref);
}
/** A headline opening on a bare office in the possessive ("Prime Minister's Diary", "The Head of State's schedule"): group 1 is the office. */
const RECORD_OWNED_BY_AN_OFFICE = new RegExp(`^\\s*(?:the\\s+)?(${officeAlternation(Object.keys(NEWS_OFFICE_TITLES), true)})['’]s\\s`, "iu");
/** The last label of an address's host when it is two letters: a country's domain ("www.aph.gov.au/…" → "au"). */
const COUNTRY_DOMAIN = /^(?:[a-z]+:\/\/)?((?:[\w-]+\.)+)([a-z]{2})(?::\d+)?(?:[/?#]|$)/i;

// Sentences look up the leaders they name by offset: `refs` is in text order, so a binary search
// finds a sentence's share instead of a scan of the whole article's list (quadratic in a long article).

/** The index of the first ref starting after `at` (refs.length when none does). */
const firstStartingAfter = (refs: LeaderRef[], at: number): number => lastAtOrBefore(refs, at, (r) => r.start) + 1;

/** The refs lying wholly inside [start, end), in order. */
export function refsWithin(refs: LeaderRef[], start: number, end: number): LeaderRef[] {
  const out: LeaderRef[] = [];
  for (let i = firstStartingAfter(refs, start - 1); i < refs.length && refs[i].start <= end; i++) if (refs[i].end <= end) out.push(refs[i]);
  return out;
}

/** The last ref (in text order) that ends at or before `at`. */
export function lastRefBefore(refs: LeaderRef[], at: number): LeaderRef | undefined {
  // A ref starting after `at` ends after it too.
  for (let i = firstStartingAfter(refs, at) - 1; i >= 0; i--) if (refs[i].end <= at) return refs[i];
  return undefined;
}
