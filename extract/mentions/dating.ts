/**
 * Date phrases as a sentence's reader found them, judged before any contact is given one: phrases
 * that are no dates at all (vetoes, with the sentence's leader references at hand), and the year
 * of a day or month that names none.
 */
import type { LeaderRef } from "../leaders";
import type { DateMention, DateValue } from "../types";
import type { Rule, Veto } from "./rules";
import { RELATIVE_PHRASE } from "./vocabulary";

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

/** A weekday's name alone: the phrase an article's "on Friday" is read from. */
const WEEKDAY_ALONE = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/**
 * Before a weekday: "on" with an article, or a quantifier, that makes it any such day ("on a
 * Friday", "on one Sunday", "every Monday"). A sentence opening "A Sunday of telephone diplomacy"
 * under a day's heading is that very day.
 */
const INDEFINITE_BEFORE = /\b(?:[Oo]n\s+(?:a|one)|every|each)\s+$/;

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
  /** A day or month the sentence names without a year, read so far in the article's year. */
  d: DateMention;
  /** The year a chronology's heading states over the sentence, if any. */
  sectionYear: number | null;
}

/**
 * "2014", then "- September 17: Xi begins his first visit to India": a day or month of no year
 * under a chronology's year heading is in that year, not the article's. A phrase told from the
 * article's day ("last June") keeps its reading.
 */
export const sectionYear: Rule<YearlessInput, DateValue> = {
  name: "section-year",
  apply: ({ d, sectionYear: year }) => (year && d.date && !RELATIVE_PHRASE.test(d.text) ? { ...d.date, value: `${year}${d.date.value.slice(4)}` } : null),
};
