/**
 * The precision gate: how each part of a contact was read, and whether a reading that strong
 * may be shown with a quote.
 */

/** How a contact's parts were read: the names of the rules that decided each, in the order they acted. */
export interface Reading {
  /** The participant resolver, then any group, place or split rule that changed the people. */
  who: string[];
  /** The medium rule, "cue-word" for a contact word's own medium, "default" for none. */
  medium: string;
  /** The date owner rule, "report-date" for a contact dated by its report, "undated" for none. */
  date: string;
}

