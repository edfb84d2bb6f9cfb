/** Shared shapes of the extraction pipeline. Every stage takes and returns plain data. */

import type { ContactType } from "./kinds";

export type { ContactType };
export type Precision = "day" | "month" | "year";
export type PublishedSource = "metadata" | "text" | "inferred";

/** A half-open span [start, end) of JavaScript string indices into the file's text as read. */
export interface Span {
  start: number;
  end: number;
}

export interface ArticleMeta {
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  /** YYYY-MM-DD */
  published?: string | null;
}

export interface Article {
  file: string;
  /**
   * The whole file as the pipeline reads it: the file as read, or a reading of it (markup blanked,
   * the breaks inside a paragraph joined). Offsets in the pipeline are the reading's; a parsed
   * article's `toSource` maps them back to the file's.
   */
  text: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: string | null;
  publishedSource: PublishedSource | null;
  /** The article body: paragraphs left after page furniture is removed. */
  paragraphs: Span[];
  /** Where the page's masthead ends, when not at the first paragraph: a feed's items share the feed's head. */
  mastheadEnd?: number;
}

/** A calendar value as precise as its phrase: "2019", "2019-06" or "2019-06-18". */
export interface DateValue {
  value: string;
  precision: Precision;
}

export interface DateMention extends Span {
  text: string;
  /** null when the phrase needs a reference date the article does not have. */
  date: DateValue | null;
  /** The date this phrase was resolved against (YYYY-MM-DD), when it was relative. */
  resolvedAgainst: string | null;
  /** For weekday phrases: 0 = Sunday … 6 = Saturday (kept so an undated article can be anchored later). */
  weekday?: number;
  /** For a month and day without a year and no reference ("on October 4"): "10-04", kept for the same reason. */
  monthDay?: string;
  /** "the first since June 2019": the phrase names an earlier contact, and a lower bound. */
  since?: boolean;
  /** A range of days with a year ("21–27 October 2024"): its last day, YYYY-MM-DD. */
  through?: string;
  /**
   * "three days later", "the following week": a shift from the date the story tells, not from the
   * article's; `date` stays null until mentions/story-dates.ts finds that one date.
   */
  storyShift?: StoryShift;
  /** Why a phrase that looks like a date gives none ("Monday (29)" when no 29th near the article is a Monday, a shift with no date to shift from). */
  refused?: string;
}

/**
 * A shift told from the story's date: `n` units later (negative: earlier, zero: the same day, month
 * or year); `calendar` for "the following week", a calendar unit rather than n×7 days; `vague` for a
 * count not stated ("a few weeks later"), which gives no date on its own; `month` for a month named
 * in the year the shift lands on ("in February of that year"); `day` for a day of the story's month ("on the 17th").
 */
export interface StoryShift {
  unit: "day" | "week" | "month" | "year";
  n: number;
  calendar: boolean;
  vague?: boolean;
  month?: number;
  /** "On the 17th": that day of the story's month. */
  day?: number;
  /** "on the Saturday" (n 0: that day or the next Saturday), "the following Monday" (n 1: the next one after it): 0 = Sunday … 6 = Saturday. */
  weekday?: number;
}

export interface Mention {
  file: string;
  type: ContactType;
  /** Leader ids, sorted. */
  participants: string[];
  date: DateValue | null;
  dateText: string | null;
  resolvedAgainst: string | null;
  weekday?: number;
  monthDay?: string;
  place: string | null;
  placeCountry: string | null;
  host: string | null;
  initiator: string | null;
  quote: string;
  start: number;
  end: number;
}

export interface Source {
  file: string;
  quote: string;
  start: number;
  end: number;
  dateText: string | null;
  resolvedAgainst: string | null;
}

export interface Conflict {
  field: "date" | "place";
  values: { value: string; files: string[] }[];
}

export interface ExtractedEvent {
  slug: string;
  date: string;
  precision: Precision;
  type: ContactType;
  participants: string[];
  place: string | null;
  host: string | null;
  initiator: string | null;
  sources: Source[];
  conflicts: Conflict[];
}
