/**
 * Sections of a page headed by a line that is only a day or a clock time: a digest's days
 * ("Tuesday, 22 October", then that day's contacts), a live blog's entries ("14:45", then what
 * happened at that hour). A contact told in such a section with no date of its own is of the
 * section's day. Headings are read in the gap between one paragraph and the next, so the cost is
 * linear in the page's size.
 */
import { lastAtOrBefore } from "../sorted";
import { addDays, findDates, weekdayNamed, weekdayOf, WEEKDAYS } from "../dates";
import { pageFullDates } from "../page-dates";
import type { Article, DateMention } from "../types";
import type { Rule } from "./rules";
import { AHEAD_HEADING, CLOCK_HEADING, HEADING_DATE_REST, PAST_BEFORE_SECTION, WEEKDAY_NUMBERS } from "./vocabulary";

/** A heading line and what it says: a day, or only an hour. */
export interface Heading {
  start: number;
  end: number;
  text: string;
  /** The day the line states, or null when it states only a clock time or a year. */
  day: DateMention | null;
  /** The year a chronology's heading states ("2014" over that year's entries); absent for a day or an hour. */
  year?: number;
  /** A heading of what is still to come ("COMING UP"): the contacts under it are plans. */
  ahead?: boolean;
  /** Where an ahead heading kept alone stops heading: the next line that looks like a heading ("IN CASE YOU MISSED IT"). */
  until?: number;
}

export interface HeadingInput {
  line: string;
  start: number;
  ref: string | null;
  /** Whether what the line heads follows on the very next line, with no blank line between. */
  joined?: boolean;
  /**
   * On a page with no date of its own: the years written anywhere on it ("G7 Summit 2019 > Politics"),
   * read when a rule first asks (only a weekday and day with no year does; reading them up front was
   * 7 % of a megabyte of dated prose).
   */
  years?: () => readonly number[];
}

/** How much of the gap before a paragraph is read for its heading: a heading and its markup. */
const GAP_READ = 300;
/** A heading is a short line; a longer one is prose or furniture, and is not given to the date reader. */
const HEADING_MAX = 80;
/** A page with fewer paragraphs headed than this is not cut into sections. */
const MIN_HEADINGS = 2;

/** "Monday, 21 October", "Sunday 26 October 2025", "Tue 18 Mar 2025 09:12": a day and nothing else but a weekday or an hour. */
export const dayHeading: Rule<HeadingInput, Heading> = {
  name: "day-heading",
  apply(i) {
    const { line, start } = i;
    const day = dayOfLine(i);
    if (!day) return null;
    const rest = line.slice(0, day.start - start) + line.slice(day.end - start);
    return HEADING_DATE_REST.test(rest) ? { start, end: start + line.length, text: line, day } : null;
  },
};

/**
 * "► SAT 9 NOV — PRABOWO IN BEIJING", "March 3, 2024 · Statements and Releases": a day opening its
 * line, then a mark and the entry's title or its section, as a newsletter or a press office's list
 * heads each item. The mark after the day says the rest names the item ("9 November talks
 * in Lima" is a phrase of prose); a title ends like no sentence. Set apart from the text under it
 * by a blank line, such a line is a news page's "related story" link, which dates nothing around
 * it, unless the page marks it as a heading ("**Tuesday 13 May — Riyadh**", "## 4 March · Nairobi").
 */
export const dayTitleHeading: Rule<HeadingInput, Heading> = {
  name: "day-title-heading",
  apply(i) {
    const { line, start } = i;
    if (!i.joined && !MARKED_HEADING.test(line)) return null;
    const day = dayOfLine(i);
    if (!day) return null;
    const before = line.slice(0, day.start - start);
    const after = line.slice(day.end - start);
    return DAY_TITLE_BEFORE.test(before) && DAY_TITLE_AFTER.test(after) ? { start, end: start + line.length, text: line, day } : null;
  },
};
// Before the day: a bullet or a weekday; after it: a mark, then a title with no sentence's end.
const DAY_TITLE_BEFORE = /^[\s►▶•■◆*#|]*(?:\b(?:[Mm]on|[Tt]ues?|[Ww]ed(?:nes)?|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at(?:ur)?|[Ss]un)(?:day)?\b[\s,.]*)?$/;
const MARKED_HEADING = /^(?:#{1,6}\s|\*\*)/;
const DAY_TITLE_AFTER = /^\s*(?:[—–·|:]|\s-)\s*[^\s.!?,;:][^.!?;]*[^\s.!?;:,]$/u;

/**
 * "PM meeting with President Lula of Brazil: 5 May 2023", "Call with Prime Minister Modi – 12 March
 * 2024": a press office's page of several readouts heads each with its title, then a mark and the
 * day in full, year and all; its "this morning" is that day, not the page's. Only a day ending the
 * line and stating its own year: a title with a day of no year is a phrase of prose.
 */
export const titleDayHeading: Rule<HeadingInput, Heading> = {
  name: "title-day-heading",
  apply(i) {
    const { line, start } = i;
    // A cheap test first: the line ends in a year.
    if (!/\b\d{4}\s*$/.test(line)) return null;
    const day = dayOfLine(i);
    if (!day || day.resolvedAgainst !== null || day.end - start < line.trimEnd().length) return null;
    return TITLE_BEFORE_DAY.test(line.slice(0, day.start - start)) ? { start, end: start + line.length, text: line, day } : null;
  },
};
// A title opening with a capital and ending like no sentence, then a colon or a dash before the day.
const TITLE_BEFORE_DAY = /^\s*\p{Lu}[^.!?;]*[^\s.!?;:,]\s*(?::|\s[—–-])\s*$/u;

/**
 * "Riyadh, 02 February 2025, SPA", "Abu Dhabi, 5th March 2024 (WAM)": an agency's dateline on a
 * line of its own heads the item under it, as on a page of several dispatches; its "today" is
 * that day, not the page's. A Hijri date before "corresponding to" is the same day told twice.
 */
export const datelineHeading: Rule<HeadingInput, Heading> = {
  name: "dateline-heading",
  apply(i) {
    const { line, start } = i;
    const day = dayOfLine(i);
    if (!day || day.resolvedAgainst !== null) return null;
    const rest = line.slice(0, day.start - start) + "@" + line.slice(day.end - start);
    return DATELINE_LINE.test(rest) ? { start, end: start + line.length, text: line, day } : null;
  },
};
// A place of one to four capitalised words, a comma, perhaps a weekday and a Hijri date told
// beside it, the day ("@"), then the agency's name in capitals, bare or in brackets.
const DATELINE_LINE =
  /^\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3},\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+\S+\s+\d{4}\s*(?:AH|H)\s+corresponding\s+to\s+)?@[\s,]*(?:\(?[A-Z]{2,6}\)?)\s*(?:--|[—–-])?\s*$/u;

/**
 * The day of the line read last, as the first rule that asked read it: three rules ask, in turn,
 * for one line (readHeading gives them one input, made afresh for each line, so the input itself
 * is the key; one slot, not a WeakMap entry per line).
 */
let dayRead: { input: HeadingInput; day: DateMention | null } | null = null;

/** The day a heading line states: a full date where there is one ("Thursday 23 Rajab … 23 January 2025"), else the first day it tells. */
function dayOfLine(i: HeadingInput): DateMention | null {
  if (dayRead?.input === i) return dayRead.day;
  const { line, start, ref } = i;
  const found = findDates(line, start, ref);
  const days = found.filter((d) => d.date?.precision === "day");
  const day = days.find((d) => d.resolvedAgainst === null) ?? days[0] ?? siteLanguageDay(line, start) ?? weekdayNumberDay(line, start, ref) ?? (i.years ? dayOfTheOneYear(found, i.years) : null);
  dayRead = { input: i, day };
  return day;
}

/**
 * "SATURDAY 24 AUGUST" on a page with no date of its own that writes "2019" somewhere: a weekday
 * and a day fit one year in five to eleven, and when exactly one of the years the page writes is
 * such a year, the heading is that year's day. None or several: no day, as before. The day keeps
 * its `monthDay`: its year is implied, so it dates the page's own contacts but anchors no other page.
 */
function dayOfTheOneYear(found: readonly DateMention[], years: () => readonly number[]): DateMention | null {
  const d = found.find((f) => f.monthDay && !f.date);
  const weekday = d && weekdayNamed(d.text);
  if (!d || weekday === undefined || d.monthDay === "02-29") return null;
  const fits = years().filter((y) => weekdayOf(`${y}-${d.monthDay}`) === weekday);
  return fits.length === 1 ? { ...d, date: { value: `${fits[0]}-${d.monthDay}`, precision: "day" } } : null;
}

/** The years a page writes, each once: four digits from 1900 to 2099 standing alone. */
function yearsWritten(text: string): number[] {
  return [...new Set(Array.from(text.matchAll(/\b(?:19|20)\d\d\b/g), (m) => Number(m[0])))];
}

/**
 * "Mercoledì, 18 Ottobre 2023", "Martes, 12 de marzo de 2024": a full date in the site's language,
 * with the one word before it (its weekday, which the locale's parser does not always take in).
 */
function siteLanguageDay(line: string, start: number): DateMention | null {
  const full = pageFullDates(line, start)[0];
  if (!full) return null;
  const from = /^\p{L}+[\s,.]*$/u.test(line.slice(0, full.start - start)) ? start : full.start;
  return { text: line.slice(from - start, full.end - start), start: from, end: full.end, date: { value: full.value, precision: "day" }, resolvedAgainst: null };
}

/**
 * "TUE 17/10", "Mon 26/2": a weekday and a day and month in figures, as working notes and digests
 * head their days. Which figure is the day, and the year, are those its weekday agrees with, up to
 * the page's day and at most a year before it; when both orders agree, or neither, it is no day.
 */
function weekdayNumberDay(line: string, start: number, ref: string | null): DateMention | null {
  const m = ref ? WEEKDAY_NUMBERS.exec(line) : null;
  if (!m || !ref) return null;
  const weekday = WEEKDAYS.findIndex((w) => w.startsWith(m[1].slice(0, 3).toLowerCase()));
  const [a, b] = [Number(m[2]), Number(m[3])];
  const year = Number(ref.slice(0, 4));
  const found = new Set<string>();
  for (const [day, month] of [[a, b], [b, a]])
    for (const y of [year, year - 1]) {
      const value = `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      const at = new Date(`${value}T00:00:00Z`);
      if (month <= 12 && !Number.isNaN(at.getTime()) && at.toISOString().startsWith(value) && value <= ref && at.getUTCDay() === weekday) {
        found.add(value);
        break;
      }
    }
  if (found.size !== 1) return null;
  const [value] = found;
  const from = start + m.index;
  return { text: m[0], start: from, end: from + m[0].length, date: { value, precision: "day" }, resolvedAgainst: ref, weekday, monthDay: value.slice(5) };
}

/** "14:45", "20:31 GMT", "10.14 MYT": an hour alone on its line, the head of a live entry. */
export const clockHeading: Rule<HeadingInput, Heading> = {
  name: "clock-heading",
  apply: ({ line, start }) => (CLOCK_HEADING.test(line) ? { start, end: start + line.length, text: line, day: null } : null),
};

/**
 * "2014", then "- September 17: Xi begins his visit …": a year alone on its line heads a
 * chronology's entries for that year, whose days and months name no year of their own. So does a
 * year set before its section's title ("2021: NAIROBI AND MOMBASA", "2019 — The thaw"): the mark
 * after the year says the rest names the section, where "2016 summit" is a phrase of prose.
 */
export const yearHeading: Rule<HeadingInput, Heading> = {
  name: "year-heading",
  apply: ({ line, start }) => (YEAR_HEADING.test(line) ? { start, end: start + line.length, text: line, day: null, year: Number(/\d{4}/.exec(line)![0]) } : null),
};
// The title after the mark opens with no digit: "2019–2024" is a span of years, no one year's section.
const YEAR_HEADING = /^(?:19|20)\d\d(?::|\s*[:–—]\s*[^\d\s.!?][^.!?]*)?$/u;

/**
 * "COMING UP", "The week ahead": a digest's or a briefing's section of plans. Its contacts are
 * still to come, and none takes the day of the section before it; a page with this heading alone
 * still has it (see headingsOf).
 */
export const aheadHeading: Rule<HeadingInput, Heading> = {
  name: "ahead-heading",
  apply: ({ line, start }) => (AHEAD_HEADING.test(line) ? { start, end: start + line.length, text: line, day: null, ahead: true } : null),
};

interface GapLine {
  line: string;
  start: number;
  /** No blank line between this line and the next one, or the paragraph after the gap. */
  joined: boolean;
}

/** The non-empty lines of `gap` with their offsets, markup blanked out (a heading sits in a tag of its own). */
function linesOf(gap: string, offset: number): GapLine[] {
  // Tags blanked to spaces keep offsets; "[^<>]" keeps a page of a million "<" linear.
  const plain = gap.replace(/<[^<>]*>/g, (t) => " ".repeat(t.length));
  const out: GapLine[] = [];
  const rawLines = gap.split("\n");
  let at = 0;
  // Empty lines since the last line with words; a line of markup alone ("<div class=\"entry\">") is not one.
  let blanks = 0;
  plain.split("\n").forEach((raw, k) => {
    const line = raw.trim();
    if (line) {
      if (out.length) out[out.length - 1].joined = blanks === 0;
      out.push({ line, start: offset + at + raw.indexOf(line), joined: true });
      blanks = 0;
    } else if (out.length && k < rawLines.length - 1 && !rawLines[k].trim()) blanks++;
    at += raw.length + 1;
  });
  // The gap's last piece is the paragraph's own line, before its first word: never a blank line.
  if (out.length) out[out.length - 1].joined = blanks === 0;
  return out;
}

/** The heading a line is, if it is short enough to be one: the first rule that reads it. */
function readHeading(rules: readonly Rule<HeadingInput, Heading>[], line: GapLine | undefined, ref: string | null, years?: () => readonly number[]): Heading | null {
  if (!line || line.line.length > HEADING_MAX) return null;
  // Written out, not spread from the line: one shape for every input, built without a copy's lookups.
  const input: HeadingInput = { line: line.line, start: line.start, joined: line.joined, ref, years };
  for (const rule of rules) {
    const out = rule.apply(input);
    if (out) return out;
  }
  return null;
}

/** A line that titles an entry: short, and not ended like a sentence. */
const isTitle = (line: string) => line.length <= TITLE_MAX && !/[.!?:;,]$/.test(line);
const TITLE_MAX = 160;
const dayOnly = (heading: Heading | null) => (heading?.day ? heading : null);

/** The headings of an article, in order: short lines between its paragraphs that state only a day or an hour. */
export function headingsOf(rules: readonly Rule<HeadingInput, Heading>[], article: Article, ref: string | null, paragraphRules: readonly Rule<HeadingInput, Heading>[] = []): Heading[] {
  const out: Heading[] = [];
  // Lines that look like headings but state nothing, in order: where a lone ahead heading's section ends.
  const ends: number[] = [];
  // Paragraphs with a heading above them: a date and an hour over the lead alone is a byline, not sections.
  let headed = 0;
  let previousEnd = 0;
  // The year the last year heading states: a chronology's days under it name none of their own.
  let year: number | null = null;
  // A page with no date of its own: the years it writes may settle a heading's weekday and day.
  let written: readonly number[] | undefined;
  const years = ref ? undefined : () => (written ??= yearsWritten(article.text));
  // The paragraph before, when it is one short line: a page whose headings are paragraphs of their own.
  let previous: GapLine | undefined;
  for (const p of article.paragraphs) {
    const from = Math.max(previousEnd, p.start - GAP_READ);
    previousEnd = p.end;
    const overhead = previous;
    previous = p.end - p.start <= HEADING_MAX && !article.text.slice(p.start, p.end).includes("\n") ? { line: article.text.slice(p.start, p.end), start: p.start, joined: false } : undefined;
    // "Sunday 26 October 2025" over "10.14 MYT": a day's heading and its first entry's hour.
    // Only the lines just above the paragraph: its heading, and a day's heading right over an hour's.
    const lines = linesOf(article.text.slice(from, p.start), from);
    // A dated entry's title between its day and its text ("Wednesday, 18 October 2023", then "The
    // Prime Minister speaks with …", then the note): the day still heads the entry.
    const heading =
      readHeading(rules, lines.at(-1), ref, years) ??
      (lines.length >= 2 && isTitle(lines.at(-1)!.line) ? dayOnly(readHeading(rules, lines.at(-2), ref, years)) : null) ??
      (lines.length === 0 && paragraphRules.length ? readHeading(paragraphRules, overhead, ref, years) : null);
    if (!heading) {
      const over = yearOver(lines, ref);
      if (over) {
        out.push(over);
        year = over.year!;
        headed++;
        continue;
      }
      const last = lines.at(-1);
      if (last && ends.length < MAX_ENDS && looksLikeHeading(last.line)) ends.push(last.start);
      continue;
    }
    // "2019", then "19 August" over the entry: the year heads the day's section too.
    const above = heading.year ? null : heading.day ? yearOver(lines.slice(0, -1), ref) : readHeading(rules, lines.at(-2), ref, years);
    if (above?.day) out.push(above);
    if (above?.year) {
      out.push(above);
      year = above.year;
    }
    if (heading.year) year = heading.year;
    out.push(heading.day && year !== null ? inYear(heading, year) : heading);
    headed++;
  }
  if (headed >= MIN_HEADINGS) return out;
  // A heading of plans needs no other heading to set its contacts apart; its section ends at the
  // next line that looks like a heading ("COMING UP" … "IN CASE YOU MISSED IT"), not at the page's end.
  return out.filter((h) => h.ahead).map((h) => ({ ...h, until: ends.find((e) => e > h.end) }));
}

/**
 * A year heading over what the paragraph starts, with only title lines between them: "2019" over
 * a table's row of column names ("Date  Place  Exchange") or over a day's heading. Read in the
 * paragraph's gap alone, so the cost stays linear.
 */
function yearOver(lines: GapLine[], ref: string | null): Heading | null {
  for (let k = lines.length - 1; k >= 0; k--) {
    const found = readHeading([yearHeading], lines[k], ref);
    if (found) return found;
    if (!isTitle(lines[k].line)) return null;
  }
  return null;
}

/**
 * A day heading of no year of its own ("9 December") under a chronology's year heading is of that
 * year, not of the one the page's date gives it. A heading stating its year, or told from the
 * page's day ("Tuesday", "Yesterday"), keeps its day.
 */
function inYear(heading: Heading, year: number): Heading {
  const day = heading.day!;
  if (!day.date || day.resolvedAgainst === null || (day.weekday !== undefined && !day.monthDay) || STATED_YEAR.test(heading.text) || !MONTH_WORD.test(day.text)) return heading;
  return { ...heading, day: { ...day, date: { ...day.date, value: `${year}${day.date.value.slice(4)}` }, resolvedAgainst: null } };
}
const STATED_YEAR = /\b(?:19|20)\d\d\b/;
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{1,2}[./]\d{1,2}\b/i;

/** A line that looks like a heading though no rule reads it: short, opening with a capital, not ended like a sentence. */
const looksLikeHeading = (line: string) => line.length <= HEADING_MAX && /^\p{Lu}/u.test(line) && !/[.!?:;,"”]$/.test(line);
/** How many such lines are kept: enough to end a digest's sections, bounded on a page of a million short lines. */
const MAX_ENDS = 1000;

/**
 * The day of each section, as the date of a contact told in it: a day heading's own date; under
 * a clock heading, the day of the last day heading above it, else the publication day. Null before
 * the first heading, or when nothing gives a day.
 */
export class SectionDays {
  private next = 0;
  private day: DateMention | null = null;
  private inSection = false;

  /** The headings that state a day, in order. */
  private readonly days: Heading[];

  constructor(
    private readonly headings: Heading[],
    private readonly ref: string | null,
  ) {
    this.days = headings.filter((h) => h.day?.date?.precision === "day");
    this.years = headings.some((h) => h.year);
    this.anyAhead = headings.some((h) => h.ahead);
  }

  /** Whether a heading line stands between two offsets: a section ends there. */
  headingBetween(from: number, to: number): boolean {
    const i = lastAtOrBefore(this.headings, to, (h) => h.start);
    return i >= 0 && this.headings[i].start >= from;
  }

  /** Whether any heading is one of plans: most pages have none. */
  private readonly anyAhead: boolean;

  /** Whether the section at `offset` is headed as still to come ("COMING UP"). Asked in any order. */
  aheadAt(offset: number): boolean {
    if (!this.anyAhead) return false;
    const last = lastAtOrBefore(this.headings, offset - 1, (h) => h.start);
    const h = last >= 0 ? this.headings[last] : null;
    return h?.ahead === true && (h.until === undefined || offset < h.until);
  }

  /** Whether any heading states a year: most pages have none, and then no sentence need ask. */
  private readonly years: boolean;

  /**
   * The day an entry's relative dates are told from: the date of the last day heading before
   * `offset` ("Wednesday, 18 October 2023" over a note saying "had a telephone conversation
   * today"), else null, and the article's date stands. Asked in any order.
   */
  referenceAt(offset: number): string | null {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.days[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.days[lo - 1].day!.date!.value : null;
  }

  /**
   * The date phrases of a sentence at `start`, told from its section's day when a day heads it,
   * else from the article's day `ref`. A weekday in a day's section is the nearest such day, after
   * the section's day as readily as before it (never after the article), where told from the
   * article's day it can only be before; but one told as gone by ("the two had already spoken by
   * phone on Monday" under "Friday, 8 March") stays before, and one told as a later step ("met
   * Petro, his last stop before flying home on Thursday" under "Wednesday, 6 March") is that step's
   * day, not the contact's: the contact keeps its section's day.
   */
  datesIn(text: string, start: number, ref: string | null): DateMention[] {
    const day = this.referenceAt(start);
    const dates = findDates(text, start, day ?? ref);
    if (!day || !ref || day >= ref) return dates;
    return dates.filter((d) => {
      if (d.weekday === undefined || d.resolvedAgainst !== day || !d.date || LAST_WEEKDAY.test(d.text)) return true;
      const after = addDays(d.date.value, 7);
      if (daysBetween(d.date.value, day) <= NEAREST_WEEKDAY_BACK) return true;
      const before = text.slice(0, d.start - start);
      if (PAST_BEFORE_SECTION.test(before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(". ")) + 1))) return true;
      if (LATER_STEP.test(before)) return false;
      if (after > ref) return true;
      d.date = { ...d.date, value: after };
      return true;
    });
  }

  /** The section's day at `offset`; offsets must be asked in increasing order (sentences in reading order). */
  at(offset: number): DateMention | null {
    while (this.next < this.headings.length && this.headings[this.next].start < offset) {
      const h = this.headings[this.next++];
      this.inSection = true;
      // A year's section gives no day: its entries are dated by their own words.
      // Nor a section of plans: what is still to come is of no day heard before it.
      if (h.year || h.ahead) this.day = null;
      else if (h.day) this.day = h.day;
      else if (!this.day && this.ref) this.day = { text: h.text, start: h.start, end: h.end, date: { value: this.ref, precision: "day" }, resolvedAgainst: this.ref };
    }
    return this.inSection ? this.day : null;
  }

  /** The year heading the section at `offset`, when the heading last before it states a year. Asked in any order. */
  yearAt(offset: number): number | null {
    if (!this.years) return null;
    // The last heading that starts before the offset (offsets are whole numbers).
    const last = lastAtOrBefore(this.headings, offset - 1, (h) => h.start);
    return last >= 0 ? (this.headings[last].year ?? null) : null;
  }
}

/** How many days before its section's day a weekday is still the nearest of its name: three (a week has seven). */
const NEAREST_WEEKDAY_BACK = 3;
/** "last Tuesday", "this past Friday": a weekday told as gone by. */
const LAST_WEEKDAY = /^(?:last|(?:this )?past)\s/i;
/** "before flying home on", "then flew on to Lima on", "will travel … on": a step after the one told, in the date's own clause. */
const LATER_STEP = /\b(?:before|then|will|would|later|next)\b[^.;,]*$/i;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** "the two had met in Delhi", "they last spoke": background in a section, not the section's news. */
export function toldAsBackground(sentence: string): boolean {
  return PAST_BEFORE_SECTION.test(sentence);
}
