/**
 * Mentions stage: sentence by sentence, the contacts between two catalogue leaders, each with
 * its type, date, place, host or caller, and the exact sentence as evidence.
 *
 * A sentence can hold several contacts ("talked by video in November 2020 and by phone in
 * February 2023"): each date phrase is read against the cue words before it, so every date
 * gets its own type, and dates of other things (a birthday, an election) are left out.
 */
import { findDates } from "./dates";
import { CALL_FROM, CALLING, COLLECTIVE, CUES, HOSTED_BY, HOSTING, MAY_MODAL, NOT_HELD, TRAVEL, TYPE_QUALIFIERS } from "./cues";
import type { LeaderIndex, LeaderRef } from "./leaders";
import type { Article, ContactType, DateMention, Mention, Span } from "./types";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

export interface Sentence extends Span {
  text: string;
}

/** The body's sentences, with offsets into the file. */
export function sentences(article: Pick<Article, "text" | "paragraphs">): Sentence[] {
  const out: Sentence[] = [];
  for (const p of article.paragraphs) {
    const para = article.text.slice(p.start, p.end);
    for (const s of segmenter.segment(para)) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const text = s.segment.trim();
      if (!text) continue;
      const start = p.start + s.index + lead;
      out.push({ text, start, end: start + text.length });
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

function cuesIn(text: string): Cue[] {
  const out: Cue[] = [];
  for (const c of CUES) {
    for (const m of text.matchAll(c.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue; // the first, more specific cue wins
      out.push({ start, end, kind: c.kind, type: c.type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A phone or video word in [from, to) makes a contact of that kind. */
function qualifierIn(text: string, from: number, to: number): ContactType | null {
  const part = text.slice(Math.max(0, from), to);
  for (const q of TYPE_QUALIFIERS) if (new RegExp(q.re.source, "i").test(part)) return q.type;
  return null;
}

function isNotHeld(text: string, cue: Cue): boolean {
  const window = text.slice(Math.max(0, cue.start - 45), cue.start);
  return NOT_HELD.test(window) || MAY_MODAL.test(window);
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
}

/** The two leaders most often named in the article: who "the two leaders" are. */
export function articleContext(article: Article, index: LeaderIndex, ref: string | null): ArticleContext {
  const counts = new Map<string, number>();
  const scan = [article.title ?? "", ...article.paragraphs.map((p) => article.text.slice(p.start, p.end))];
  const byName = index.named(scan.join("\n"));
  for (const part of scan) {
    for (const r of index.find(part, 0, ref, byName)) counts.set(r.leaderId, (counts.get(r.leaderId) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return { ref, mainPair: ranked.slice(0, 2), named: new Set(ranked), byName };
}

interface DatedContact {
  date: DateMention | null;
  type: ContactType;
  /** Where in the sentence the contact's words are; place and people are looked for near it. */
  at: number;
  cue: Cue;
}

/**
 * Which date phrases of a sentence are dates of a contact, and of what type. A date belongs to the
 * nearest cue before it in its stretch of the sentence (after the previous date); a list of dates
 * ("in May 2018, November 2017 and October 2015") shares the cue of its first member.
 */
function datedContacts(text: string, offset: number, cues: Cue[], dates: DateMention[]): { contacts: DatedContact[]; reportDate: DateMention | null } {
  const contacts: DatedContact[] = [];
  let reportDate: DateMention | null = null;
  let previous = null as { end: number; contact: DatedContact | null } | null;
  const contactCues = cues.filter((c) => c.kind === "contact");
  for (const d of dates) {
    const ds = d.start - offset;
    // Quoted speech keeps its own time ("events taking place today"): its dates are not the report's.
    if (insideQuote(text, ds)) continue;
    const de = d.end - offset;
    const from = previous ? previous.end : 0;
    let verdict: DatedContact | null = null;
    let decided = false;
    if (d.since) {
      // "the first since March 2023" names an earlier contact; "at odds since 2011" does not.
      const before = text.slice(Math.max(0, ds - 40), ds);
      const contactCue = contactCues[0] ?? cues.find((c) => c.kind === "weak");
      if (/\bfirst\b[^,;]*\bsince\s*$/i.test(before) && contactCue) {
        verdict = { date: d, type: contactCue.type ?? "in-person", at: contactCue.start, cue: contactCue };
      }
      decided = true;
    }
    if (!decided) {
      const left = cues.filter((c) => c.end <= ds && c.start >= from);
      const nearest = left[left.length - 1];
      const glue = previous ? text.slice(previous.end, ds) : "";
      if (!nearest && previous && /^[\s,;:–—-]*(?:and|or|as well as|then)?[\s,]*(?:again\s+)?(?:in|on|during)?\s*$/i.test(glue)) {
        // A list continues the previous date's verdict.
        verdict = previous.contact ? { ...previous.contact, date: d } : null;
      } else if (nearest) {
        verdict = contactVerdict(text, nearest, from, ds, d);
        if (!verdict && nearest.kind === "report") reportDate ??= d;
      } else {
        const right = cues.find((c) => c.start >= de && (c.kind === "contact" || c.kind === "weak" || c.kind === "block"));
        if (right) verdict = contactVerdict(text, right, ds, right.end + 40, d);
      }
    }
    if (verdict) contacts.push(verdict);
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

function contactVerdict(text: string, cue: Cue, from: number, to: number, date: DateMention | null): DatedContact | null {
  if (cue.kind === "block" || cue.kind === "report") return null;
  const qualified = cue.type && cue.type !== "in-person" ? cue.type : qualifierIn(text, from, to + 40);
  if (cue.kind === "weak" && !qualified) return null;
  if (isNotHeld(text, cue)) return null;
  return { date, type: qualified ?? cue.type ?? "in-person", at: cue.start, cue };
}

/** The mentions of contacts in one article. Undated ones come back with `date: null`. */
export function findMentions(article: Article, index: LeaderIndex, ctx: ArticleContext): { dated: Mention[]; floating: Mention[] } {
  const dated: Mention[] = [];
  const floating: Mention[] = [];
  for (const s of sentences(article)) {
    const cues = cuesIn(s.text);
    if (!cues.some((c) => c.kind === "contact" || c.kind === "weak")) continue;
    const refs = index.find(s.text, s.start, ctx.ref, ctx.byName);
    const dates = findDates(s.text, s.start, ctx.ref);
    const { contacts, reportDate } = datedContacts(s.text, s.start, cues, dates);

    if (!contacts.length) {
      // A contact whose only date is when it was reported ("held talks …, the Kremlin announced on Thursday").
      const cue = cues.find((c) => c.kind === "contact" || (c.kind === "weak" && qualifierIn(s.text, c.start - 40, c.end + 40)));
      const verdict = cue ? contactVerdict(s.text, cue, 0, s.text.length, reportDate) : null;
      if (verdict) {
        const m = buildMention(article, index, ctx, s, refs, verdict);
        if (m && verdict.date) dated.push(m);
        // Undated sentences naming both leaders themselves are evidence for the article's main contact.
        else if (m && new Set(refs.map((r) => r.leaderId)).size >= 2) floating.push(m);
      }
      continue;
    }
    for (const c of contacts) {
      const m = buildMention(article, index, ctx, s, refs, c);
      if (m && !(m.date && ctx.ref && m.date.value.slice(0, 10) > ctx.ref)) dated.push(m);
    }
  }
  return { dated, floating };
}

function buildMention(article: Article, index: LeaderIndex, ctx: ArticleContext, s: Sentence, refs: LeaderRef[], c: DatedContact): Mention | null {
  const when = c.date?.date?.value ?? ctx.ref;
  let people = [...new Set(refs.map((r) => r.leaderId))];
  const collective = COLLECTIVE.test(s.text);
  if (people.length < 2 && collective && ctx.mainPair.length === 2) {
    people = [...new Set([...people, ...ctx.mainPair])];
  }

  // The place: a gazetteer name after "in/at/to", or a visited country, nearest the contact's words.
  let place: { name: string; country: string } | null = null;
  if (c.type === "in-person") {
    const places = index
      .findPlaces(s.text, 0)
      .filter((p) => /\b(in|at|to|into|near|outside|visit(?:ed|s|ing)?|toured)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, p.start - 14), p.start)));
    places.sort((a, b) => Math.abs(a.start - c.at) - Math.abs(b.start - c.at));
    place = places[0] ?? null;
    if (!place && /\bthe country\b/i.test(s.text) && people.length === 1) {
      const other = ctx.mainPair.find((id) => id !== people[0]);
      const code = other ? index.countryOf(other, when) : null;
      const country = code ? index.countries.get(code) : undefined;
      if (country) place = { name: country.name, country: country.code };
    }
    if (place && people.length === 1) {
      // "The Syrian leader paid several visits to Russia": the other side is Russia's leader, when the article names them.
      const holder = index.holder(place.country, null, when);
      if (holder && holder !== people[0] && ctx.named.has(holder)) people.push(holder);
    }
  }
  if (people.length < 2) return null;
  if (c.cue.kind === "weak" && c.type === "in-person" && !place) return null;

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
    place: place?.name ?? null,
    placeCountry: place?.country ?? null,
    host,
    initiator,
    quote: s.text,
    start: s.start,
    end: s.end,
  };
}

export function orderByCatalogue(index: LeaderIndex, ids: string[]): string[] {
  const order = new Map(index.catalogue.leaders.map((l, i) => [l.id, i]));
  return [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
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
