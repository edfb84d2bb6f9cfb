/**
 * Date phrases a sentence's reader found that are no dates at all, judged before any contact is
 * given one: each rule a veto on one phrase, with the sentence's leader references at hand.
 */
import type { LeaderRef } from "../leaders";
import type { DateMention } from "../types";
import type { Veto } from "./rules";

export interface DatePhraseInput {
  d: DateMention;
  /** The leaders the sentence names, with offsets into the file (as the date's). */
  refs: readonly LeaderRef[];
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
