/**
 * Dates stage: temporal phrases in a piece of text → calendar values with their precision.
 *
 * chrono-node does the heavy lifting; the parsers below add the forms it lacks
 * ("mid-March last year", "March of the previous year", "early April 2022", "in 2016"),
 * and `resolve` applies the newsroom conventions chrono cannot know: a past-tense report's
 * "on Thursday" is the Thursday on or before the reference date, and a month-day without a
 * year is the latest such day not after it.
 */
import * as chrono from "chrono-node";
import type { DateMention, DateValue, Precision, StoryShift } from "./types";

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];
const MONTH = `(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
/** How fine a date's precision is: a day is finer than a month, a month than a year. */
export const FINENESS: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** The days of the week, Sunday first (as Date.getUTCDay numbers them): the one list every reader of weekdays derives from. */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_WORD = new RegExp(WEEKDAYS.join("|"), "i");

function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

/** A parser's pattern, built once: chrono asks for it on every call (and runs it without "g", so one serves every call). */
const fixed = (pattern: RegExp) => () => pattern;

/** "mid-March last year", "March of the previous year", "late May this year", "14 November last year", "June 12 last year". */
const relativeYearMonthParser: chrono.Parser = {
  pattern: fixed(
    new RegExp(
      `\\b(?:(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?:(?:early|mid|late|the (?:start|beginning|middle|end) of)[- ]?)?${MONTH}(?:\\s+(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b,?)?(?:\\s+of)?\\s+(last year|the previous year|the year before|a year earlier|this year|the same year|next year|the following year)\\b`,
      "i",
    ),
  ),
  extract: (context, match) => {
    const rel = match[4].toLowerCase();
    const offset = /last|previous|before|earlier/.test(rel) ? -1 : /next|following/.test(rel) ? 1 : 0;
    // A day on either side of the month ("14 November", "June 12") is the day; without one, the month.
    const day = match[1] ?? match[3];
    return context.createParsingComponents({
      year: context.refDate.getFullYear() + offset,
      month: monthNumber(match[2]),
      ...(day ? { day: Number(day) } : {}),
    });
  },
};

/** "early April 2022", "mid-2019" keeps its qualifier in the phrase; the value stays a month or year. */
const qualifiedMonthYearParser: chrono.Parser = {
  pattern: fixed(new RegExp(`\\b(?:early|mid|late)[- ]${MONTH}\\s+((?:19|20)\\d\\d)\\b`, "i")),
  extract: (context, match) =>
    context.createParsingComponents({ year: Number(match[2]), month: monthNumber(match[1]) }),
};

/** "late March", "early-June" with no year: the month, its qualifier kept in the phrase; the year comes from the reference. */
const qualifiedMonthParser: chrono.Parser = {
  pattern: fixed(new RegExp(`\\b(?:early|mid|late)[- ]${MONTH}(?!\\s+(?:of\\s+)?(?:\\d|last|this|next|the))`, "i")),
  extract: (context, match) => {
    const c = context.createParsingComponents({ month: monthNumber(match[1]) });
    c.imply("year", context.refDate.getUTCFullYear());
    return c;
  },
};

/** "earlier in the day", "later today": the reference day itself. */
const sameDayParser: chrono.Parser = {
  pattern: () => /\b(?:earlier|later)\s+(?:in the day|today|on the same day)\b/i,
  extract: (context) => {
    const ref = context.refDate;
    return context.createParsingComponents({ year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1, day: ref.getUTCDate() });
  },
};

/**
 * "this afternoon", "this evening": a part of the reference day itself. "last evening" (wire
 * English for "yesterday evening", as "last night" is) is the evening of the day before.
 */
const partOfDayParser: chrono.Parser = {
  pattern: () => /\b(?:(?:earlier |later )?this\s+(?:morning|afternoon|evening)|(last)(?<!\bthe\s+last)\s+evening(?!\s+of\b))\b/i,
  extract: (context, match) => {
    const ref = new Date(context.refDate.getTime() - (match[1] ? 86_400_000 : 0));
    return context.createParsingComponents({ year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1, day: ref.getUTCDate() });
  },
};

/**
 * "on Thursday last week", "Tuesday of last week": that weekday in the calendar week before
 * the reference's. chrono reads the weekday alone and lands in the reference's own week.
 */
const weekdayLastWeekParser: chrono.Parser = {
  pattern: fixed(new RegExp(`\\b(?:on\\s+)?(${WEEKDAYS.join("|")}),?\\s+(?:of\\s+)?last\\s+week\\b`, "i")),
  extract: (context, match) => {
    const ref = context.refDate;
    const day = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    const mondayBefore = day - (((ref.getUTCDay() + 6) % 7) + 7) * 86_400_000;
    const at = new Date(mondayBefore + ((WEEKDAYS.indexOf(match[1].toLowerCase()) + 6) % 7) * 86_400_000);
    return context.createParsingComponents({ year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() });
  },
};

/**
 * "last week", "earlier this week": a stretch of days, not a day. It names a month only when every
 * day it may mean lies in one month (the calendar week, and the seven days before the reference);
 * otherwise the phrase is left to chrono, whose reading of it as one day frames no contact.
 * "Earlier in the week" is left out: it is the story's week, the publication week only in a news
 * lead, and a background paragraph set years ago read it as this month.
 */
const weekParser: chrono.Parser = {
  pattern: () => /\b(?:(last) week|earlier this week)\b/i,
  extract: (context, match) => {
    const ref = context.refDate;
    const day = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    const sinceMonday = (ref.getUTCDay() + 6) % 7;
    const first = match[1] ? day - (sinceMonday + 7) * 86_400_000 : day - sinceMonday * 86_400_000;
    const earliest = new Date(Math.min(first, day - 7 * 86_400_000));
    const latest = new Date(day - 86_400_000);
    if (earliest.getUTCMonth() !== latest.getUTCMonth() || earliest.getUTCFullYear() !== latest.getUTCFullYear()) return null;
    return context.createParsingComponents({ year: latest.getUTCFullYear(), month: latest.getUTCMonth() + 1 });
  },
};

/**
 * A bare year after a preposition: "in 2016", "since 2016", "during 2019"; or before the contact
 * noun it dates, after a determiner: "their 2023 meeting", "the 2019 summit", "a 2021 phone call"
 * (else the contact is undated and falls back to the article's own day).
 */
const yearOnlyParser: chrono.Parser = {
  pattern: () => /\b(?:(?:in|since|during|throughout|of|until|by|from)\s+(?:early |mid-|late |the year )?((?:19|20)\d\d)\b(?![-–/.]\d|\s*%)|(?:their|the|a|his|her|its)\s+((?:19|20)\d\d)(?=\s+(?:(?:phone|video|telephone|bilateral|face-to-face)\s+)?(?:meeting|summit|talks|visit|call|conversation|encounter)s?\b))/i,
  extract: (context, match) => {
    const result = context.createParsingComponents({ year: Number(match[1] ?? match[2]) });
    return result;
  },
};

/**
 * "in spring 2023", "the summer of 2019", "late autumn 2021": a season with its year. A season spans
 * months (winter spans two years' months), so the phrase gives the year alone; without the parser the
 * phrase is no date, and its contact falls back to the article's own day.
 */
const seasonYearParser: chrono.Parser = {
  pattern: () => /\b(?:(?:early|mid|late)[- ])?(?:spring|summer|autumn|fall|winter)(?:\s+of)?\s+((?:19|20)\d\d)\b(?![-–/.]\d)/i,
  extract: (context, match) => context.createParsingComponents({ year: Number(match[1]) }),
};

/**
 * "14 of February", "3rd of July 2023", "12 of February of 2024" (Spanish and Portuguese "12 de
 * febrero de 2024" put into English): common in translated text, unknown to chrono, which reads
 * only "February of 2024" and so gives the month where the page names the day.
 */
const dayOfMonthParser: chrono.Parser = {
  pattern: fixed(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+of\\s+${MONTH}(?:(?:,?\\s+|\\s+of\\s+)((?:19|20)\\d\\d))?\\b`, "i")),
  extract: (context, match) => {
    const known: Record<string, number> = { day: Number(match[1]), month: monthNumber(match[2]) };
    if (match[3]) known.year = Number(match[3]);
    const c = context.createParsingComponents(known);
    if (!match[3]) c.imply("year", context.refDate.getFullYear());
    return c;
  },
};

/** "14.09.2021": a dotted date is day-first wherever it is written (chrono would read it US-style). */
const dottedDateParser: chrono.Parser = {
  pattern: () => /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]\d)/,
  extract: (context, match) => {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (month > 12 || day > 31) return null;
    return context.createParsingComponents({ year: Number(match[3]), month, day });
  },
};

/** The order of a page's numeric dates, when the page shows it; null when it does not. */
export type NumericDateOrder = "day-first" | "month-first" | null;
let numericOrder: NumericDateOrder = null;

/**
 * Sets the order the article being read writes its numeric dates in (the pipeline calls it as it
 * reads each article, with `numericDateOrderOf`). Kept readings are dropped when it changes: they
 * were read in the other order.
 */
export function setNumericDateOrder(order: NumericDateOrder): void {
  if (order === numericOrder) return;
  numericOrder = order;
  forgetDateReadings();
}

/**
 * A numeric date with its year ("18/11/2021"), or after a weekday's name ("Monday 09/01"); with
 * the clock time and a US time zone a page may stamp after it ("02/11/2021 7:42 AM ET").
 */
const NUMERIC_DATE_SHOWN = /\b(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)\d\d)(?![\d/])(?:,?\s+(?:at\s+)?\d{1,2}:\d\d\s*(?:[ap]\.?m\.?\s*)?(?:(E|C|M|P)[SD]?T)\b)?)?(?![\d/])/gi;
const WEEKDAY_STEMS = ["sun", "mon", "tues", "wednes", "thurs", "fri", "satur"];

/**
 * How a page shows which order its "dd/mm" dates are in: a date whose first number cannot be a
 * month ("18/11/2021") is day-first, one whose second cannot be ("11/18/2021") month-first; a
 * weekday's name beside the date ("Monday 09/01") fits one reading only (a date of no year is
 * taken in the page's year, or the year before when that would be after the page); so does a
 * clock time in a US time zone stamped after the date ("Posted 02/11/2021 7:42 AM ET"). Every sign
 * must agree: a page showing both, or none, has no order, and its dates keep their guess. A
 * fraction or "24/7" with no year and no weekday shows nothing.
 */
export function numericDateOrderOf(text: string, published: string | null): NumericDateOrder {
  if (!text.includes("/")) return null;
  let day = false;
  let month = false;
  NUMERIC_DATE_SHOWN.lastIndex = 0;
  for (let m = NUMERIC_DATE_SHOWN.exec(text); m; m = NUMERIC_DATE_SHOWN.exec(text)) {
    const [a, b] = [Number(m[2]), Number(m[3])];
    if (m[4]) {
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) day = true;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) month = true;
      // A stamp in a US time zone ("7:42 AM ET"): the page writes its dates the US way.
      else if (m[5]) month = true;
    }
    if (!m[1] || (!m[4] && !published) || a < 1 || b < 1 || a > 31 || b > 31) continue;
    const weekday = WEEKDAY_STEMS.indexOf(m[1].toLowerCase());
    const fits = (d: number, mo: number): boolean => {
      if (mo > 12) return false;
      let year = m![4] ? Number(m![4]) : Number(published!.slice(0, 4));
      if (!m![4] && `${year}-${pad(mo)}-${pad(d)}` > addDays(published!, 7)) year -= 1;
      const at = new Date(Date.UTC(year, mo - 1, d));
      return at.getUTCDate() === d && at.getUTCDay() === weekday;
    };
    const dayFits = fits(a, b);
    const monthFits = fits(b, a);
    if (dayFits && !monthFits) day = true;
    else if (monthFits && !dayFits) month = true;
  }
  return day === month ? null : day ? "day-first" : "month-first";
}

/**
 * "09/01" on a page that shows its dates day-first: chrono reads a numeric date of no year
 * month-first, as in the US. Only on such a page; the year is left to the reference, as for
 * any day named without one.
 */
const dayFirstShortParser: chrono.Parser = {
  pattern: () => /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/,
  extract: (context, match) => {
    if (numericOrder !== "day-first") return null;
    const [day, month] = [Number(match[1]), Number(match[2])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const c = context.createParsingComponents({ day, month });
    c.imply("year", context.refDate.getUTCFullYear());
    return c;
  },
};

/**
 * "04/09/2023": month-first in the US, day-first nearly everywhere else. On a page that shows its
 * order (`numericDateOrderOf`) that order; otherwise, when both readings are dates, the one
 * nearest before the reference date wins (a report looks back); with no reference to judge by,
 * day-first, as for dotted dates.
 */
const slashDateParser: chrono.Parser = {
  pattern: () => /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/,
  extract: (context, match) => {
    const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const readings = [
      { day: a, month: b },
      { day: b, month: a },
    ]
      .filter((r, i) => numericOrder === null || (numericOrder === "day-first") === (i === 0))
      .filter((r) => r.month >= 1 && r.month <= 12 && r.day >= 1 && r.day <= 31);
    if (!readings.length) return null;
    const ref = context.refDate.getTime() + 7 * 86_400_000;
    const past = readings
      .map((r) => ({ ...r, at: Date.UTC(year, r.month - 1, r.day) }))
      .filter((r) => r.at <= ref)
      .sort((x, y) => y.at - x.at);
    const chosen = past[0] ?? readings[0];
    return context.createParsingComponents({ year, month: chosen.month, day: chosen.day });
  },
};

/**
 * "last July": the latest July before the reference month. chrono reads it as this year's July
 * even when that is the current month, where a writer means the year before.
 */
const lastMonthParser: chrono.Parser = {
  pattern: fixed(new RegExp(`\\blast\\s+${MONTH}(?!\\s+\\d)`, "i")),
  extract: (context, match) => {
    const month = monthNumber(match[1]);
    const ref = context.refDate;
    return context.createParsingComponents({ year: month < ref.getUTCMonth() + 1 ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1, month });
  },
};

const COUNT_WORDS = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
/** A count a story-relative phrase may give: a number or one of COUNT_WORDS ("an" for "a"). */
const COUNT = `(?:an?|${COUNT_WORDS.slice(1).join("|")}|\\d{1,2})`;
const COUNT_ONLY = new RegExp(`^${COUNT}$`, "i");
/**
 * "the next day", "a month earlier", "three days later", "the day before": a date told from the
 * story's own date (the contact told before it), never from the article's. Tagged so that
 * findDates leaves its value to mentions/story-dates.ts.
 */
const STORY_RELATIVE = new RegExp(
  `\\b(?:the\\s+(next|following|previous|preceding)\\s+(day|week|month|year|morning|afternoon|evening|night)|the\\s+day\\s+(before|after)|(?:(${COUNT}|a\\s+few|a\\s+couple\\s+of|several|some|few|many)\\s+)?(days?|weeks?|months?|years?)\\s+(later|earlier|afterwards?|before|after)|(?:(?:later|earlier)\\s+(?:in\\s+)?)?(?:that(?:\\s+same)?|the\\s+same)\\s+(day|month|year|morning|afternoon|evening|night)(?!['’]s)|${MONTH}\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year|the\\s+(week|month|year)\\s+(before|after))\\b`,
  "i",
);
/**
 * The results our own parsers made, by kind. A map keyed by the parse's components rather than
 * chrono's tags: reading a result's tags builds two sets, once per date phrase of the article.
 */
const MADE_BY = new WeakMap<object, "story" | "weekday-number">();
function made<T extends object>(components: T, kind: "story" | "weekday-number"): T {
  MADE_BY.set(components, kind);
  return components;
}
const storyRelativeParser: chrono.Parser = {
  pattern: fixed(STORY_RELATIVE),
  // The value is a placeholder: findDates clears it, so the article's date never stands in for the story's.
  extract: (context) => made(context.createParsingComponents({ year: context.refDate.getUTCFullYear() }), "story"),
};

/**
 * "The busiest stretch came in November. On the 17th, …": a day of the month with no month, told
 * in the month of the story's date. Only where the phrase ends its clause or a pronoun, article or
 * place follows ("on the 25th anniversary" is no date).
 */
const STORY_DAY = new RegExp(`\\bon\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH})(?=\\s*(?:[,;.:—–]|$)|\\s+(?:in|at|when|as|he|she|they|it|the)\\b)`, "i");
const storyDayParser: chrono.Parser = {
  pattern: fixed(STORY_DAY),
  // A placeholder like the story-relative parser's: findDates clears it for the story's month.
  extract: (context) => made(context.createParsingComponents({ year: context.refDate.getUTCFullYear() }), "story"),
};

/**
 * "greeted him on the Saturday", "the following Monday": a weekday told from the story's week (the
 * day told before it), not the week before the article; "on the Saturday" is that day or the next
 * such weekday after it, "the following Monday" the next one after it. "On his first Saturday in
 * office" is told from a day that is not at hand (the taking of office): refused, never read as
 * last week's. "the Saturday before the vote", told from a named event, is neither.
 */
const STORY_WEEKDAY = new RegExp(
  `\\b(?:on\\s+the\\s+(?:(following|next)\\s+)?|the\\s+(following|next)\\s+|(?:his|her|their|its|the)\\s+(?:first|second|third|last|final)\\s+)(${WEEKDAYS.join("|")})\\b(?!\\s+(?:before|after|of|prior)\\b)`,
  "i",
);
const storyWeekdayParser: chrono.Parser = {
  pattern: fixed(STORY_WEEKDAY),
  // A placeholder like the story-relative parser's: findDates clears it for the story's week.
  extract: (context) => made(context.createParsingComponents({ year: context.refDate.getUTCFullYear() }), "story"),
};

/** The shift of a weekday told from the story's week (see STORY_WEEKDAY). */
function storyWeekdayShift(m: RegExpExecArray): StoryShift {
  const weekday = WEEKDAYS.indexOf(m[3].toLowerCase());
  // "his first Saturday in office": from a day the story does not give.
  if (!/^(?:on\s+)?the\s+(?:(?:following|next)\s+)?\S+$/i.test(m[0].trim())) return { unit: "day", n: 1, calendar: false, vague: true, weekday };
  return { unit: "day", n: m[1] || m[2] ? 1 : 0, calendar: false, weekday };
}

/** The shift a story-relative phrase tells, or null when it is told from a named thing ("the day before the vote") rather than from the date told before. */
export function storyShiftOf(phrase: string, after: string): StoryShift | null {
  const m = STORY_RELATIVE.exec(phrase);
  if (!m) return null;
  // "two days after the election", "the day before his inauguration": shifted from that event, whose date is not at hand.
  // Only a phrase that ends its clause, or goes on with a place or a manner, is told from the story's date.
  if (/(?:before|after)$/i.test(m[0]) && !/^(?:\s*(?:[,.;:!?)\]—–-]|$)|\s+(?:in|at|on|with|by|over|via|and|but|when)\b)/i.test(after)) return null;
  // "the next morning", "the previous evening": a part of the day after (before) the story's.
  if (m[1] && /^(?:morning|afternoon|evening|night)$/i.test(m[2])) return { unit: "day", n: /next|following/i.test(m[1]) ? 1 : -1, calendar: false };
  if (m[1]) return { unit: m[2].toLowerCase() as StoryShift["unit"], n: /next|following/i.test(m[1]) ? 1 : -1, calendar: m[2].toLowerCase() !== "day" };
  if (m[3]) return { unit: "day", n: /after/i.test(m[3]) ? 1 : -1, calendar: false };
  // "that month", "later that year", "the same afternoon": the story's own day, month or year; not
  // "the same day as the vote", told from another event.
  if (m[7] && /^\s+as\b/i.test(after)) return null;
  if (m[7]) return { unit: /^(?:month|year)$/i.test(m[7]) ? (m[7].toLowerCase() as StoryShift["unit"]) : "day", n: 0, calendar: false };
  // "February of that year": the month, in the story's year.
  if (m[8]) return { unit: "year", n: 0, calendar: false, month: monthNumber(m[8]) };
  // "the year before", "the month after": a calendar step from the story's date.
  if (m[9]) return { unit: m[9].toLowerCase() as StoryShift["unit"], n: /after/i.test(m[10]) ? 1 : -1, calendar: true };
  const unit = m[5].toLowerCase().replace(/s$/, "") as StoryShift["unit"];
  const sign = /earlier|before/i.test(m[6]) ? -1 : 1;
  // "a few weeks later", "months earlier": how far is not said, so no date can be told from it.
  if (!m[4] || !COUNT_ONLY.test(m[4])) return { unit, n: sign, calendar: false, vague: true };
  const count = /^\d/.test(m[4]) ? Number(m[4]) : Math.max(1, COUNT_WORDS.indexOf(m[4].toLowerCase().replace(/^an$/, "a")));
  return { unit, n: sign * count, calendar: false };
}

/**
 * "this Monday (29)", "on Friday, the 24th": a weekday with its day of the month, as translated
 * copy writes it. The day is read in the month near the reference date where that day falls on
 * that weekday; when none does, the phrase is refused rather than read as the weekday alone.
 */
const WEEKDAY_NUMBER = new RegExp(
  `\\b(?:(?:on|this|last|past)\\s+)?(${WEEKDAYS.join("|")})\\s*(?:\\(\\s*(\\d{1,2})\\s*\\)|,?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH}))`,
  "i",
);
/** How far from the reference date a weekday and its day may be read: the month before, its own, the month after. */
const WEEKDAY_NUMBER_REACH_DAYS = 45;
const weekdayNumberParser: chrono.Parser = {
  pattern: fixed(WEEKDAY_NUMBER),
  extract: (context, match) => {
    const weekday = WEEKDAYS.indexOf(match[1].toLowerCase());
    const day = Number(match[2] ?? match[3]);
    const ref = context.refDate;
    const at = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    const fits = [-1, 0, 1]
      .map((k) => new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + k, day)))
      .filter((d) => d.getUTCDate() === day && d.getUTCDay() === weekday && Math.abs(d.getTime() - at) <= WEEKDAY_NUMBER_REACH_DAYS * 86_400_000)
      .sort((x, y) => Math.abs(x.getTime() - at) - Math.abs(y.getTime() - at));
    const found = fits[0];
    if (!found) return made(context.createParsingComponents({ weekday }), "weekday-number");
    return made(context.createParsingComponents({ year: found.getUTCFullYear(), month: found.getUTCMonth() + 1, day, weekday }), "weekday-number");
  },
};

/** chrono's parsers of clock times and durations: costly, and no use for calendar dates. */
const UNNEEDED = new Set([
  "ENSlashMonthFormatParser",
  "ENTimeExpressionParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENCasualTimeParser",
  "ENEndOfCurrentMonthParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);

/** Refiners for time zones and clock times, which calendar dates never need. */
const UNNEEDED_REFINERS = new Set(["ENEndOfPeriodRefiner", "ExtractTimezoneOffsetRefiner", "ExtractTimezoneAbbrRefiner", "ENMergeDateTimeRefiner"]);

/** A month's name or its abbreviation as a word: not "market", "decided" or "Marseille", which would wake every month parser. */
const MONTH_HINT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const DIGIT_HINT = /\d/;
/**
 * What a sentence must contain for a parser to have a chance. chrono tries every parser's pattern
 * at every word of the text, which is most of extraction's time; a sentence with no month name
 * and no digit ("met on Thursday") needs only a few of them. Parsers not listed always run.
 */
/** Two numbers joined by "/", "." or "-" ("4/9", "14.09", "2023-09-14"): every numeric date form but the year-first one. */
const NUMERIC_DATE_HINT = /\d[/.-]\d/;
/** "early", "mid" or "late" before a month ("mid-March", "late May"). */
const QUALIFIER_HINT = /\b(?:early|mid|late)[- ]/i;
const PARSER_HINTS: Record<string, RegExp> = {
  ENYearMonthDayParser: DIGIT_HINT,
  ISOFormatParser: NUMERIC_DATE_HINT,
  SlashDateFormatParser: NUMERIC_DATE_HINT,
  ENMonthNameLittleEndianParser: MONTH_HINT,
  ENMonthNameMiddleEndianParser: MONTH_HINT,
  ENMonthNameParser: MONTH_HINT,
  ENYearMonthNameParser: MONTH_HINT,
  ENWeekdayParser: /day\b|\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b/i,
  ENTimeUnitAgoFormatParser: /\b(?:ago|before|earlier)\b/i,
  ENCasualDateParser: /\b(?:now|today|tonight|tomorrow|tmr|tmrw|yesterday|last\s*night|overmorrow)\b/i,
  ENRelativeDateFormatParser: /\b(?:this|last|past|next|after)\b/i,
  // Our own parsers, each by the words its pattern cannot match without.
  relativeYearMonth: /\byear\b/i,
  qualifiedMonthYear: QUALIFIER_HINT,
  qualifiedMonth: QUALIFIER_HINT,
  sameDay: /\b(?:earlier|later)\b/i,
  partOfDay: /\b(?:morning|afternoon|evening)\b/i,
  week: /\bweek\b/i,
  weekdayLastWeek: /\bweek\b/i,
  yearOnly: DIGIT_HINT,
  seasonYear: /\b(?:spring|summer|autumn|fall|winter)\b/i,
  dottedDate: NUMERIC_DATE_HINT,
  slashDate: NUMERIC_DATE_HINT,
  dayFirstShort: NUMERIC_DATE_HINT,
  lastMonth: /\blast\s/i,
  dayOfMonth: /\d(?:st|nd|rd|th)?\s+of\s/i,
  storyDay: /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i,
  storyWeekday: /\b(?:the|his|her|their|its)\s+(?:\S+\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
  storyRelative: /\b(?:later|earlier|afterwards?|before|after|next|following|previous|preceding)\b|\b(?:that|same)\s+(?:day|month|year|morning|afternoon|evening|night)\b/i,
  weekdayNumber: /day\b[\s,(]+(?:the\s+)?\d/i,
};
const ALL_PARSERS: { name: string; parser: chrono.Parser }[] = [
  // First, so that it wins over chrono's slash-date parser when both read the same text.
  { name: "dottedDate", parser: dottedDateParser },
  { name: "slashDate", parser: slashDateParser },
  { name: "dayFirstShort", parser: dayFirstShortParser },
  { name: "lastMonth", parser: lastMonthParser },
  // Before chrono's, which reads "last week" as the day a week before the reference, and "on Thursday last week" as this week's Thursday.
  { name: "weekdayLastWeek", parser: weekdayLastWeekParser },
  { name: "week", parser: weekParser },
  // Before chrono's, which reads "a month earlier" and "the next day" from the article's date, and "Monday (29)" as the weekday alone.
  { name: "storyRelative", parser: storyRelativeParser },
  { name: "storyDay", parser: storyDayParser },
  { name: "storyWeekday", parser: storyWeekdayParser },
  { name: "weekdayNumber", parser: weekdayNumberParser },
  ...chrono.casual.parsers.map((parser) => ({ name: parser.constructor.name, parser })).filter((p) => !UNNEEDED.has(p.name)),
  { name: "relativeYearMonth", parser: relativeYearMonthParser },
  { name: "qualifiedMonthYear", parser: qualifiedMonthYearParser },
  { name: "qualifiedMonth", parser: qualifiedMonthParser },
  { name: "sameDay", parser: sameDayParser },
  { name: "partOfDay", parser: partOfDayParser },
  { name: "yearOnly", parser: yearOnlyParser },
  { name: "seasonYear", parser: seasonYearParser },
  { name: "dayOfMonth", parser: dayOfMonthParser },
];
const REFINERS = chrono.casual.refiners.filter((r) => !UNNEEDED_REFINERS.has(r.constructor.name));

/** Each hint tested once per sentence, however many parsers share it; a bit per distinct hint. */
const HINTS = [...new Set(Object.values(PARSER_HINTS))];
const NEEDS = ALL_PARSERS.map((p) => (PARSER_HINTS[p.name] ? 1 << HINTS.indexOf(PARSER_HINTS[p.name]) : 0));

/** One chrono instance per set of hints a sentence shows, made when first needed. */
const parsersFor = new Map<number, chrono.Chrono>();
function parserFor(text: string): chrono.Chrono {
  let shown = 0;
  for (let i = 0; i < HINTS.length; i++) if (HINTS[i].test(text)) shown |= 1 << i;
  let found = parsersFor.get(shown);
  if (!found) {
    found = chrono.casual.clone();
    found.parsers = ALL_PARSERS.filter((_, i) => NEEDS[i] === 0 || (NEEDS[i] & shown) !== 0).map((p) => p.parser);
    found.refiners = REFINERS;
    parsersFor.set(shown, found);
  }
  return found;
}

const pad = (n: number) => String(n).padStart(2, "0");
export const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Noon UTC of a YYYY-MM-DD day (of a shorter ISO date, its first day). Reads the digits itself:
 * the date-string parser is costly, and merging and office checks ask this for every contact.
 */
export function parseIsoDay(s: string): Date {
  const m = ISO_DAY.exec(s);
  const [month, day] = m ? [Number(m[2]), Number(m[3])] : [0, 0];
  // The string parser takes any day 1–31 in any month (rolling "02-30" over into March), as Date.UTC does.
  if (m && month >= 1 && month <= 12 && day >= 1 && day <= 31) return new Date(Date.UTC(Number(m[1]), month - 1, day, 12));
  return new Date(`${s}T12:00:00Z`);
}
export function addDays(day: string, n: number): string {
  const d = parseIsoDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDay(d);
}
export function weekdayOf(day: string): number {
  return parseIsoDay(day).getUTCDay();
}

/** The weekday a phrase names ("Monday 28 July": 1), 0 = Sunday; undefined when it names none. */
export function weekdayNamed(phrase: string): number | undefined {
  const m = WEEKDAY_NAME.exec(phrase);
  return m ? WEEKDAYS.indexOf(m[0].toLowerCase()) : undefined;
}
const WEEKDAY_NAME = new RegExp(`\\b(?:${WEEKDAYS.join("|")})\\b`, "i");

/** The given weekday on or before `ref` (a report in the past tense looks back). */
export function weekdayOnOrBefore(ref: string, weekday: number): string {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  return addDays(ref, -back);
}

const FAKE_REFS = ["2000-01-01", "2010-06-15"];
const MONTH_ABBREVIATION = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i;
const NAME_HYPHEN = /^-\p{Ll}/u;
const DURATION =
  /^(?:for|within|after|over|in|during|about)\s+(?:about |around |some |nearly |almost |more than |less than |over |the (?:next|past|last) )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a few)\s+(?:days?|weeks?|months?|years?|decades?)\b/i;
/**
 * "in his last months in office", "over the past weeks": a stretch of time with no count, which
 * chrono reads as the single month or week before the reference. So is "in the weeks before and
 * after the invasion", "the days after the vote": a stretch around an event, not a week or a day
 * before the article.
 */
const UNCOUNTED_STRETCH =
  /^(?:(?:in|over|during|for|of|the)\s+)*(?:(?:(?:his|her|their|its|the)\s+)?(?:last|past|previous|recent|coming|next|final|first)\s+(?:days|weeks|months|years)|the\s+(?:days|weeks|months|years)\s+(?:before|after|prior))$/i;
const RELATIVE_WORDS = /\b(last|previous|this|next|following|ago|yesterday|today|tomorrow|earlier|later|same|before)\b/i;
const WEEKDAY_ONLY = new RegExp(`^(?:on |last |this past |this )?(${WEEKDAYS.join("|")})s?$`, "i");

/**
 * Every date phrase in `text`. `offset` is added to the spans so they point into the file.
 * `ref` (YYYY-MM-DD) resolves relative phrases; without it they come back with `date: null`.
 */
/** A cheap look for anything chrono could read as a date; most sentences have none. */
const DATE_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day\b|\b(?:1[89]|20)\d\d\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b(?:today|tonight|tomorrow|ago|last|next|this|previous|week|month|year)\b|\b(?:days|weeks|months|years)\s+(?:later|earlier|after|before)\b|\b(?:that|same)\s+(?:morning|afternoon|evening|night)\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i;

/**
 * chrono's answers for the article being read, by reference day and text. An article gives chrono
 * the same text again and again (a sentence read ahead, then by a rule; a furniture line by each of
 * its readers, in parts and whole): half its calls on our test articles. The answers are only
 * read, never changed, so they can be shared. Forgotten at each new article (`forgetDateReadings`)
 * and whenever this many texts are held, so memory stays bounded for any caller.
 */
const READINGS_KEPT = 2048;
const readings = new Map<string, Map<string, chrono.ParsedResult[]>>();
let readingsHeld = 0;

/** Drops the kept chrono answers: the pipeline calls it as it starts each article. */
export function forgetDateReadings(): void {
  readings.clear();
  readingsHeld = 0;
}

function parseAgainst(text: string, day: string): chrono.ParsedResult[] {
  const kept = readings.get(day)?.get(text);
  if (kept) return kept;
  if (readingsHeld >= READINGS_KEPT) forgetDateReadings();
  const results = parserFor(text).parse(text, { instant: parseIsoDay(day), timezone: 0 }, { forwardDate: false });
  let byText = readings.get(day);
  if (!byText) readings.set(day, (byText = new Map()));
  byText.set(text, results);
  readingsHeld++;
  return results;
}

/** The calendar parts a result states outright, as one comparable string. */
function knownParts(r: chrono.ParsedResult): string {
  return (["year", "month", "day"] as const).map((k) => (r.start.isCertain(k) ? r.start.get(k) : null)).join("-");
}

/**
 * The longest text given to chrono at once. Some of chrono's parsers and refiners look back over
 * everything before each phrase they find (chrono-node 2.10), so one call costs the square of its
 * text: a longer text is read in windows cut between sentences or clauses, which keeps date
 * reading linear in an article's size. No sentence of ordinary prose is this long.
 */
export const CHRONO_WINDOW = 1200;
/** Where a window may end, best first: after a sentence, a clause, any word; never before a digit (", 2023"). */
const CUTS = [/[.!?;)\]]\s+(?!\d)/g, /,\s+(?!\d)/g, /\s+(?!\d)/g];

/** [start, end) windows of at most CHRONO_WINDOW characters covering `text`. */
export function chronoWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < text.length; ) {
    if (text.length - start <= CHRONO_WINDOW) {
      out.push([start, text.length]);
      break;
    }
    const limit = start + CHRONO_WINDOW;
    // The latest sentence end in the window's second half, else the latest clause break, else any space.
    const half = text.slice(start + CHRONO_WINDOW / 2, limit);
    let cut = -1;
    for (const re of CUTS) {
      re.lastIndex = 0;
      for (let m = re.exec(half); m; m = re.exec(half)) cut = start + CHRONO_WINDOW / 2 + m.index + m[0].length;
      if (cut > start) break;
    }
    const end = cut > start ? cut : limit;
    out.push([start, end]);
    start = end;
  }
  return out;
}

export function findDates(text: string, offset: number, ref: string | null): DateMention[] {
  if (!DATE_HINT.test(text)) return [];
  if (text.length > CHRONO_WINDOW) return chronoWindows(text).flatMap(([from, to]) => findDatesIn(text.slice(from, to), offset + from, ref));
  // A text read in one window has just shown the hint: it is not asked again.
  return readDatesIn(text, offset, ref);
}

/** One window of a longer text, which may hold none of what the whole text showed. */
function findDatesIn(text: string, offset: number, ref: string | null): DateMention[] {
  return DATE_HINT.test(text) ? readDatesIn(text, offset, ref) : [];
}

function readDatesIn(text: string, offset: number, ref: string | null): DateMention[] {
  const out: DateMention[] = [];
  for (const found of foundIn(text, offset, ref)) if (readDate(DATE_READERS, found)) out.push(found.mention);
  return out;
}

/** One phrase chrono found, as the date readers read it: its result, and the mention they fill. */
export interface FoundDate {
  /** The text chrono read, and where the phrase starts in it. */
  text: string;
  r: chrono.ParsedResult;
  /** The phrase without the punctuation and "of"/"at" chrono takes after it. */
  phrase: string;
  ref: string | null;
  /** Which of our own parsers made it ("story": told from the story's date), if one did. */
  maker: "story" | "weekday-number" | undefined;
  /** Read against one fake reference as absolute, it moved against another: relative after all. */
  moved: boolean;
  mention: DateMention;
}

/** A reader of one kind of date phrase: "keep" when it has filled the mention, "drop" when the phrase is no date, null when the phrase is not its kind. */
export interface DateReader {
  name: string;
  read: (f: FoundDate) => "keep" | "drop" | null;
}

/** The first reader that knows the phrase decides whether its mention is kept. */
export function readDate(readers: readonly DateReader[], f: FoundDate): boolean {
  for (const reader of readers) {
    const verdict = reader.read(f);
    if (verdict !== null) return verdict === "keep";
  }
  return false;
}

/** Every phrase chrono finds in `text` read against `ref`, with an empty mention each, in chrono's order. */
export function foundIn(text: string, offset: number, ref: string | null): FoundDate[] {
  const results = parseAgainst(text, ref ?? FAKE_REFS[0]);
  // Without a reference date, a phrase whose value moves with the reference is relative:
  // parsing against two fake references tells which ones ("a week ago", "this year").
  // Only phrases that look absolute need the second parse; it reads the phrase alone, which is cheap.
  const moved = new Set<string>();
  if (!ref) {
    for (const r of results) {
      if (!r.start.isCertain("year") || RELATIVE_WORDS.test(r.text)) continue;
      const again = parseAgainst(r.text, FAKE_REFS[1]);
      if (again.length !== 1 || knownParts(again[0]) !== knownParts(r)) moved.add(`${r.index}:${r.text}`);
    }
  }
  return results.map((r) => {
    const phrase = r.text.replace(/[\s,.;:]+$/, "").replace(/\s+(?:of|at)$/i, "");
    const start = offset + r.index;
    // Every field written now, unset ones as undefined: mentions of one layout keep the many
    // rules that read them fast (a field added later gives a mention another layout).
    const mention: DateMention = {
      text: phrase,
      start,
      end: start + phrase.length,
      date: null,
      resolvedAgainst: null,
      weekday: undefined,
      monthDay: undefined,
      since: undefined,
      storyShift: undefined,
      refused: undefined,
    };
    return { text, r, phrase, ref, maker: MADE_BY.get(r.start), moved: moved.size > 0 && moved.has(`${r.index}:${r.text}`), mention };
  });
}

/** "for about 90 minutes", "in five years", "over the past weeks": durations and clock times are no dates. */
export const durationOrClock: DateReader = {
  name: "duration-or-clock",
  read: ({ phrase }) => (DURATION.test(phrase) || UNCOUNTED_STRETCH.test(phrase) || /\b(hours?|minutes?|seconds?|noon|midnight)\b/i.test(phrase) ? "drop" : null),
};

/** "Mar-a-Lago": a month's abbreviation hyphened to a lower-case word is part of a name. */
export const partOfAName: DateReader = {
  name: "part-of-a-name",
  read: ({ phrase, text, r }) => (MONTH_ABBREVIATION.test(phrase) && NAME_HYPHEN.test(text.slice(r.index + phrase.length, r.index + phrase.length + 2)) ? "drop" : null),
};

/** "on the 5th": a day of the story's month, told from the story's date. */
export const storyDay: DateReader = {
  name: "story-day",
  read: ({ maker, phrase, mention }) => {
    const m = maker === "story" ? STORY_DAY.exec(phrase) : null;
    if (!m || m[0].length !== phrase.length) return null;
    const day = Number(m[1]);
    if (day < 1 || day > 31) return "drop";
    mention.storyShift = { unit: "month", n: 0, calendar: false, day };
    return "keep";
  },
};

/** "the following Tuesday": a weekday told from the story's date. */
export const storyWeekday: DateReader = {
  name: "story-weekday",
  read: ({ maker, phrase, mention }) => {
    const m = maker === "story" ? STORY_WEEKDAY.exec(phrase) : null;
    if (!m || m[0].length !== phrase.length) return null;
    mention.storyShift = storyWeekdayShift(m);
    return "keep";
  },
};

/** "two days later", "the next day": a step told from the story's date; "a day after his visit", told from an event whose date is not at hand, gives the contact no date of its own. */
export const storyRelative: DateReader = {
  name: "story-relative",
  read: ({ maker, phrase, text, r, mention }) => {
    if (maker !== "story" || STORY_RELATIVE.exec(phrase)?.[0].length !== phrase.length) return null;
    const shift = storyShiftOf(phrase, text.slice(r.index + phrase.length, r.index + phrase.length + 24));
    if (!shift) return "drop";
    mention.storyShift = shift;
    return "keep";
  },
};

/** "Tuesday the 14th": with no reference the weekday alone is kept, for anchoring the article later; with one, a day that does not fall on it is no date. */
export const weekdayNumber: DateReader = {
  name: "weekday-number",
  read: ({ maker, r, ref, phrase, mention }) => {
    if (maker !== "weekday-number") return null;
    const c = r.start;
    if (!ref) mention.weekday = c.get("weekday") ?? undefined;
    else if (!c.isCertain("day")) mention.refused = `no day near the article's date is both "${phrase}"`;
    else {
      mention.date = toValue(c.get("year")!, c.get("month")!, c.get("day")!, "day");
      mention.resolvedAgainst = ref;
    }
    return "keep";
  },
};

/** "on Thursday", "last Tuesday": a weekday with no calendar date of its own. */
function weekdayAlone({ phrase, r }: FoundDate): number | null {
  const c = r.start;
  return WEEKDAY_ONLY.test(phrase.trim()) || (c.isCertain("weekday") && !c.isCertain("day")) ? c.get("weekday") : null;
}

/** Only a weekday spelled out counts: chrono reads "sat down" and "wed" as Saturday and Wednesday. Nor are times of day and vague words ("now", "tonight") dates for our purpose. */
export const unspelledOrVague: DateReader = {
  name: "unspelled-or-vague",
  read: (f) => {
    const c = f.r.start;
    const weekday = weekdayAlone(f);
    if (weekday != null && !c.isCertain("day") && !WEEKDAY_WORD.test(f.phrase)) return "drop";
    if (weekday == null && !c.isCertain("year") && !c.isCertain("month") && !c.isCertain("day")) return "drop";
    return null;
  },
};

/** "since March", "since Tuesday": the phrase is marked as a "since" date and read on by the readers after. */
export const sinceMark: DateReader = {
  name: "since",
  read: ({ text, r, phrase, mention }) => {
    const before = text.slice(Math.max(0, r.index - 12), r.index);
    if (/\bsince\s+$/i.test(before) || /^since\b/i.test(phrase)) mention.since = true;
    return null;
  },
};

/** "on Thursday", "last Tuesday": the weekday on or before the reference day ("last Tuesday" written on a Tuesday is the week before's); "from Sunday to Tuesday" runs through its last weekday. */
export const weekdayDate: DateReader = {
  name: "weekday",
  read: (f) => {
    const weekday = weekdayAlone(f);
    if (weekday == null) return null;
    const { mention, ref, phrase, r } = f;
    mention.weekday = weekday;
    if (ref) {
      const onOrBefore = weekdayOnOrBefore(ref, weekday);
      mention.date = { value: onOrBefore === ref && /^(?:last|(?:this )?past)\s/i.test(phrase.trim()) ? addDays(ref, -7) : onOrBefore, precision: "day" };
      mention.resolvedAgainst = ref;
      const endWeekday = r.end?.isCertain("weekday") ? r.end.get("weekday") : null;
      if (endWeekday != null && endWeekday !== weekday) mention.through = addDays(mention.date.value, (endWeekday - weekday + 7) % 7);
    }
    return "keep";
  },
};

/** Whether a phrase's value moves with the reference day: no year of its own, a relative word, or it moved against another. */
const isRelative = ({ r, phrase, moved }: FoundDate) => !r.start.isCertain("year") || RELATIVE_WORDS.test(phrase) || moved;

/** A relative phrase with no reference day is kept undated; "June 5" keeps its month and day for anchoring the article later. */
export const relativeUnanchored: DateReader = {
  name: "relative-unanchored",
  read: (f) => {
    if (f.ref || !isRelative(f)) return null;
    const c = f.r.start;
    if (!c.isCertain("year") && c.isCertain("month") && c.isCertain("day")) f.mention.monthDay = `${pad(c.get("month")!)}-${pad(c.get("day")!)}`;
    return "keep";
  },
};

/**
 * A calendar date, to the day, month or year it states ("a year ago" is a month ago in a year: the
 * same month a year before). A month (and day) without a year is the latest one not after the
 * reference date, with a week's grace for reports written just before the event; "SUNDAY, JUNE 30"
 * in a week-ahead diary is in the year it falls on that weekday, of the reference's year and the
 * one before. A range with no year of its own ("from August 18 to 20") ends in its start's year.
 */
export const calendarDate: DateReader = {
  name: "calendar",
  read: (f) => {
    const { r, ref, phrase, mention } = f;
    const c = r.start;
    const relative = isRelative(f);
    const precision: Precision = c.isCertain("day") ? "day" : c.isCertain("month") || /\byears? ago$/i.test(phrase) ? "month" : "year";
    const d = c.date();
    let year = d.getUTCFullYear();
    const month = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    if (!c.isCertain("year") && ref && c.isCertain("month")) {
      const candidate = `${year}-${pad(month)}-${pad(precision === "day" ? day : 1)}`;
      if (candidate > addDays(ref, 7)) year -= 1;
      // A day still to come, which no contact of the past takes, rather than a year where it is another weekday.
      const named = precision === "day" && c.isCertain("weekday") ? c.get("weekday") : null;
      if (named != null && weekdayOf(`${year}-${pad(month)}-${pad(day)}`) !== named) {
        const refYear = Number(ref.slice(0, 4));
        const fits = [refYear, refYear - 1].find((y) => weekdayOf(`${y}-${pad(month)}-${pad(day)}`) === named);
        if (fits !== undefined) year = fits;
      }
    }
    mention.date = toValue(year, month, day, precision);
    if (relative) mention.resolvedAgainst = ref;
    const last = r.end;
    if (precision === "day" && last?.isCertain("day") && last.isCertain("month")) {
      const e = last.date();
      const through = toValue(relative ? year : e.getUTCFullYear(), e.getUTCMonth() + 1, e.getUTCDate(), "day").value;
      if (through > mention.date.value) mention.through = through;
    }
    return "keep";
  },
};

/**
 * How a phrase chrono found is read, first that knows it (as chrono-node's own parsers and
 * refiners, in order): durations and names are no dates; phrases told from the story's date and a
 * weekday with its day number, made by our parsers, are read as they made them; a weekday not spelled
 * out or a vague word is none; then a weekday, a relative phrase with nothing to resolve it against,
 * and last a calendar date. "since" marks the phrase and passes it on.
 */
export const DATE_READERS: readonly DateReader[] = [durationOrClock, partOfAName, storyDay, storyWeekday, storyRelative, weekdayNumber, unspelledOrVague, sinceMark, weekdayDate, relativeUnanchored, calendarDate];

export function toValue(year: number, month: number, day: number, precision: Precision): DateValue {
  const value =
    precision === "year" ? String(year) : precision === "month" ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { value, precision };
}

/** Does the (possibly less precise) value `a` contain or equal `b`? "2019-06" contains "2019-06-18". */
export function dateContains(a: string, b: string): boolean {
  return b.startsWith(a);
}

/**
 * A full calendar date anywhere in `text` (for publication dates in captions and headers). A range
 * of days gives its last: a page dated "21–27 October 2024" (a weekly digest) was written at the
 * end of what it covers, and a date before it would put its own news after publication.
 */
export function findFullDates(text: string, offset = 0): { value: string; start: number; end: number }[] {
  // A full date must state its year, and every year any parser reads is written in digits (a year
  // told from the reference moves with it and is relative): a text with no digit has none. Most
  // header and furniture lines have none, and chrono would read each of them for nothing.
  if (!DIGIT_HINT.test(text)) return [];
  return findDates(text, offset, null)
    .filter((d) => d.date?.precision === "day" && d.resolvedAgainst === null)
    .map((d) => ({ value: d.through ?? d.date!.value, start: d.start, end: d.end }));
}
