/**
 * Date phrases as a sentence's reader found them, judged before any contact is given one: phrases
 * that are no dates at all (vetoes, with the sentence's leader references at hand), and the year
 * of a day or month that names none.
 */
import type { LeaderRef } from "../leaders";
import { ANOTHER_TIME, INDEFINITE_BEFORE, RELATIVE_PHRASE, WEEKDAY_ALONE } from "./vocabulary";
import type { DateMention, DateValue } from "../types";
import type { Rule, Veto } from "./rules";

export interface DatePhraseInput {
  d: DateMention;
  /** The leaders the sentence names, with offsets into the file (as the date's). */
  refs: readonly LeaderRef[];
  /** A few characters of the sentence right before the phrase ("arrived on a "). */
  before: string;
}

/**
 * "met Theresa May at Downing Street": a month's name that is part of a leader's name is the
 * leader, not the month; read as a date it would date the contact to a month of no year.
 */
export const dateInAName: Veto<DatePhraseInput> = {
  name: "date-in-a-name",
  veto: ({ d, refs }) => {
    const name = refs.find((r) => r.text && r.start < d.end && d.start < r.end);
    return name ? `"${d.text}" is part of the name "${name.text}"` : null;
  },
};

/**
 * "We arrived in Lima on a Friday", "every Monday he called": a weekday after "on a" or "every"
 * is some such day, not the one before the story that "on Friday" is; read as that day it would
 * date a contact of months before to the story's week.
 */
export const indefiniteWeekday: Veto<DatePhraseInput> = {
  name: "indefinite-weekday",
  veto: ({ d, before }) => (WEEKDAY_ALONE.test(d.text) && INDEFINITE_BEFORE.test(before) ? `"${before.trim().split(/\s+/).pop()} ${d.text}" is any such day, not one the story tells` : null),
};

export interface YearlessInput {
  /**
   * A day or month the sentence names without a year, read so far in the article's year; on a page
   * with no date of its own, a day that has only its month and day (`monthDay`) and no date yet.
   */
  d: DateMention;
  /** The year a chronology's heading states over the sentence, if any. */
  sectionYear: number | null;
  /**
   * On a page with no date of its own only: the last day or month the page stated with its year
   * before the phrase ("From August 21 to 24, 2023"), the text between the two, and whether the
   * phrase's sentence says it steps on from it ("the following month"); null otherwise.
   * `background`: the stated date was a look back ("first met in March 2023", an aside), or the
   * phrase's sentence counts from a later event ("for the first time since his re-election").
   */
  stated?: { year: number; month: number; between: string; stepped: boolean; background?: boolean } | null;
}

/** The day a year gives a phrase that has only its month and day; undefined for any other phrase. */
function dayIn(year: number, d: DateMention): DateValue | undefined {
  return d.monthDay ? { value: `${year}-${d.monthDay}`, precision: "day" } : undefined;
}

/**
 * "2014", then "- September 17: Xi begins his first visit to India": a day or month of no year
 * under a chronology's year heading is in that year, not the article's. A phrase told from the
 * article's day ("last June") keeps its reading.
 */
export const sectionYear: Rule<YearlessInput, DateValue> = {
  name: "section-year",
  apply: ({ d, sectionYear: year }) => (year && !RELATIVE_PHRASE.test(d.text) ? (d.date ? { ...d.date, value: `${year}${d.date.value.slice(4)}` } : (dayIn(year, d) ?? null)) : null),
};

/** A blank line: a new paragraph. */
const NEW_PARAGRAPH = /\n\s*\n/;

/**
 * "From August 21 to 24, 2023, Xi attended the summit … On August 22, he met Lula": on a page with
 * no date of its own, a day of no year told after a date the page states with its year, with no
 * other year nor any word of the present between them, is in that year when it goes on in the
 * stated month, or later in the same paragraph, or in a sentence that says it steps on ("the
 * following month, on April 27"). A later month paragraphs on may as well be the page's own news
 * after a look back ("The last time was in July 2019. … on September 17"): no year; nor does a
 * look back's own year ("first met in March 2023"), nor one carried into a sentence that counts
 * from a later event ("the first time since his re-election"). The page has
 * no other year to give the day: without this its contact goes undated and is lost. (A dated page
 * keeps its own narrative rule, which weighs the article's year against the story's.)
 */
export const pageStatedYear: Rule<YearlessInput, DateValue> = {
  name: "page-stated-year",
  apply: ({ d, stated }) => {
    if (!stated || stated.background || d.date || !d.monthDay || ANOTHER_TIME.test(stated.between)) return null;
    const month = Number(d.monthDay.slice(0, 2));
    if (month < stated.month || (month > stated.month && !stated.stepped && NEW_PARAGRAPH.test(stated.between))) return null;
    return dayIn(stated.year, d) ?? null;
  },
};
