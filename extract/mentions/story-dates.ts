/**
 * Dates told from the story rather than from the article: "the next day", "a month earlier",
 * "three days later". Such a phrase shifts the date of the contact the sentence (or the one before
 * it) tells, so it is read against that date, and only when exactly one is at hand; otherwise it is
 * refused (the contact goes without, see the `refused-date` veto), never read against the article's date.
 */
import { addDays, FINENESS, toValue } from "../dates";
import type { DateMention, DateValue, StoryShift } from "../types";

/** The dates a story-relative phrase may be told from: dated, not themselves waiting, not a lower bound ("since May"). */
function anchorsIn(dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d) => d.date !== null && !d.since && !d.refused);
}

/** The one date among `dates` a story may be told from (the same value told twice counts once), or null when there are none or several. */
export function storyAnchor(dates: readonly DateMention[]): DateMention | null {
  return single(anchorsIn(dates));
}

/**
 * The one date among `candidates` (the same value told twice counts once), or null when there are
 * none or several. For a shift that needs only the year or the month ("in February of that year",
 * "the following month"), dates that agree on it count as one: "five months later, on 25 June 2023"
 * and "September of that year" after it.
 */
function single(candidates: DateMention[], unit: "year" | "month" | null = null): DateMention | null {
  const cut = unit === "year" ? 4 : unit === "month" ? 7 : undefined;
  const values = new Set(candidates.map((d) => (cut && d.date!.value.length >= cut ? d.date!.value.slice(0, cut) : d.date!.value)));
  return values.size === 1 ? candidates[0] : null;
}

/** How much of the story's date a shift needs: the year for "that year" and "February of that year", the month for "the following month", all of it otherwise. */
function needs(shift: StoryShift): "year" | "month" | null {
  if (shift.month || (shift.unit === "year" && !shift.calendar)) return "year";
  return shift.unit === "month" && !shift.day ? "month" : null;
}

/**
 * The date `shift` lands on from `from`, no more precise than both allow: days from a day, a month
 * from a month, a year from anything; "the following week" is a month when that week lies within
 * one. Null when the anchor is too vague for the shift ("the next day" after "in March").
 */
export function shiftDate(from: DateValue, shift: StoryShift): DateValue | null {
  if (shift.vague) return null;
  if (shift.weekday !== undefined) {
    if (from.precision !== "day") return null;
    const ahead = (shift.weekday - new Date(`${from.value}T12:00:00Z`).getUTCDay() + 7) % 7 || (shift.n ? 7 : 0);
    return { value: addDays(from.value, ahead), precision: "day" };
  }
  // "On the 17th" after "in November" or "on 12 November": that day of the month, never one before the day told.
  if (shift.day) {
    if (from.precision === "year" || (from.precision === "day" && Number(from.value.slice(8, 10)) > shift.day)) return null;
    const value = `${from.value.slice(0, 7)}-${String(shift.day).padStart(2, "0")}`;
    return new Date(`${value}T12:00:00Z`).getUTCDate() === shift.day ? { value, precision: "day" } : null;
  }
  const year = Number(from.value.slice(0, 4));
  if (shift.month) return toValue(year + shift.n, shift.month, 1, "month");
  if (shift.unit === "year") return toValue(year + shift.n, 1, 1, "year");
  // "that day", "that month": the story's own date, no more precise than it is nor than the unit says.
  if (shift.n === 0) return shift.unit === "month" && from.precision === "day" ? { value: from.value.slice(0, 7), precision: "month" } : from;
  if (from.precision === "year") return null;
  const month = Number(from.value.slice(5, 7));
  if (shift.unit === "month") {
    const at = new Date(Date.UTC(year, month - 1 + shift.n, 1));
    return toValue(at.getUTCFullYear(), at.getUTCMonth() + 1, 1, "month");
  }
  if (from.precision !== "day") return null;
  if (shift.unit === "day") return { value: addDays(from.value, shift.n), precision: "day" };
  if (!shift.calendar) return { value: addDays(from.value, 7 * shift.n), precision: "day" };
  // "the following week": Monday to Sunday of the calendar week after (or before) the anchor's.
  const weekday = (new Date(`${from.value}T12:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(from.value, 7 * shift.n - weekday);
  const sunday = addDays(monday, 6);
  return monday.slice(0, 7) === sunday.slice(0, 7) ? { value: monday.slice(0, 7), precision: "month" } : null;
}

/**
 * "A few weeks earlier, on 22 January": a date set beside a phrase told from the story's date, with no
 * year of its own, is in the year that puts it on the phrase's side of that date (before it for
 * "earlier", from it on for "later"), not in the article's year.
 */
function placeAround(d: DateMention, anchor: DateValue, shift: StoryShift): void {
  const year = Number(anchor.value.slice(0, 4));
  const rest = d.date!.value.slice(4);
  const from = anchor.value.slice(0, d.date!.value.length);
  const value = shift.n < 0 ? (`${year}${rest}` <= from ? `${year}${rest}` : `${year - 1}${rest}`) : `${year}${rest}` >= from ? `${year}${rest}` : `${year + 1}${rest}`;
  d.date = { ...d.date!, value };
  d.resolvedAgainst = null;
}

/** Whether `date` is less precise than the unit a "that day"/"that month" phrase names. */
function coarser(date: DateValue, unit: StoryShift["unit"]): boolean {
  return FINENESS[date.precision] < FINENESS[unit === "week" ? "day" : unit];
}

/** "A day before, on July 9, …": a date set beside the phrase, with only a comma or "on" between, says outright what the phrase tells. */
const APPOSED = /^\s*(?:,|\(|—|–)?\s*(?:on|in)?\s*$/i;

/**
 * Reads each story-relative phrase of a sentence against the one date told before it in the
 * sentence or, when the sentence tells none before it, the one date of the sentence before.
 * `previous` is asked only when needed. Returns the sentence's dates, less any phrase a date
 * beside it states outright and any "that day" with nothing to be told from; the others are read or
 * refused in place. `paragraphStart` is where the sentence's paragraph starts.
 */
export function anchorToStory(text: string, offset: number, dates: DateMention[], previous: () => readonly DateMention[], paragraphStart = offset): DateMention[] {
  if (!dates.some((d) => d.storyShift)) return dates;
  const out: DateMention[] = [];
  const skip = new Set<DateMention>();
  for (const [k, d] of dates.entries()) {
    if (skip.has(d)) continue;
    if (!d.storyShift || d.date || d.refused) {
      out.push(d);
      continue;
    }
    const apposed = apposedTo(text, offset, d, dates[k + 1]);
    const anchor = anchorOf(dates, d, previous);
    // "The next day, Saturday, …": a weekday beside the phrase names the day the phrase tells; read
    // against the article's date it may be any week's, so the phrase is read and the weekday set aside.
    if (apposed && apposed.weekday === undefined) {
      // Only a date of the same paragraph: a new paragraph as often turns back to the news day.
      if (anchor && anchor.start >= paragraphStart && apposed.resolvedAgainst !== null) placeAround(apposed, anchor.date!, d.storyShift);
      continue;
    }
    if (asIfUnsaid(d.storyShift, anchor)) continue;
    const to = anchor && shiftDate(anchor.date!, d.storyShift);
    if (apposed) {
      if (!to) continue;
      skip.add(apposed);
    }
    out.push(d);
    readShift(d, anchor, to, apposed);
  }
  return out;
}

/** The date set right beside a story-relative phrase (APPOSED: "A day before, on July 9"), the next date of the sentence, if it is one. */
function apposedTo(text: string, offset: number, d: DateMention, next: DateMention | undefined): DateMention | null {
  return next && next.date && !next.storyShift && APPOSED.test(text.slice(d.end - offset, next.start - offset)) ? next : null;
}

/** The one date a story-relative phrase is told from: told before it in the sentence, else of the sentence before (asked only then). */
function anchorOf(dates: DateMention[], d: DateMention, previous: () => readonly DateMention[]): DateMention | null {
  const before = anchorsIn(dates.filter((o) => o !== d && o.end <= d.start));
  return before.length ? single(before, needs(d.storyShift!)) : single(anchorsIn(previous()), needs(d.storyShift!));
}

/**
 * "The same day, Ramaphosa also spoke with …" with no day told before (none, or only a month or a
 * year of something else): the news day goes on, which the rules for undated contacts read.
 * "On the 17th" with no month told before it: no date of its own, as if unsaid.
 */
function asIfUnsaid(shift: StoryShift, anchor: DateMention | null): boolean {
  if (shift.day && (!anchor || coarser(anchor.date!, "month"))) return true;
  return shift.n === 0 && !shift.month && !shift.day && shift.weekday === undefined && (!anchor || coarser(anchor.date!, shift.unit));
}

/**
 * The phrase read against its anchor (`to`, the date it lands on), or refused: with no single
 * anchor, an anchor too vague for it, or a weekday beside it that is not the day it tells.
 */
function readShift(d: DateMention, anchor: DateMention | null, to: DateValue | null, apposed: DateMention | null): void {
  // "The next day, Friday": when the weekday is not the day the phrase tells, one of them is wrong.
  if (apposed && to && to.precision === "day" && new Date(`${to.value}T12:00:00Z`).getUTCDay() !== apposed.weekday) {
    d.refused = `"${d.text}" from "${anchor!.text}" is not a ${apposed.text.trim()}`;
    return;
  }
  if (!anchor || !to) {
    d.refused = anchor
      ? `"${d.text}" cannot be told from "${anchor.text}" (${anchor.date!.value}) at any precision`
      : `"${d.text}" is told from the story's date, and no single date stands before it`;
    return;
  }
  d.date = to;
  d.resolvedAgainst = anchor.resolvedAgainst;
}
