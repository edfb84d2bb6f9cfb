/**
 * Sentence gates: vetoes that skip a sentence before its dates are read (dates are the costly
 * part). Each says why the sentence cannot hold a contact between two leaders.
 */
import type { LeaderRef } from "../leaders";
import { speaks, type Cue } from "./cues";
import type { Veto } from "./rules";
import type { Sentence } from "./sentences";
import { COLLECTIVE, OPENING, SIZED_GROUP, THE_COUNTRY } from "./vocabulary";

export interface GateInput {
  s: Sentence;
  refs: LeaderRef[];
  /** The leader named last before the sentence, whom a pronoun may stand for. */
  previousLeader: string | null;
  cues: Cue[];
  hasPlace: () => boolean;
  /** The sentence lies in a question's turn of a transcript or briefing ("Q: Reports say A met B. Can you confirm?"). */
  asked?: boolean;
}

// "The three leaders last met …": a group of a stated size stands for people too.
const grouped = (s: Sentence) => COLLECTIVE.test(s.text) || OPENING.test(s.text) || SIZED_GROUP.test(s.text);

/** question-asked: a question's premise is not a fact; only the answer (read on its own) may tell the contact. */
export const questionAsked: Veto<GateInput> = {
  name: "question-asked",
  veto: ({ asked }) => (asked ? "in a question's turn: what is asked is no evidence" : null),
};

/** Nobody named, no pronoun's antecedent, no group word: nobody to be in contact. */
export const nobody: Veto<GateInput> = {
  name: "nobody",
  veto: ({ s, refs, previousLeader }) => (!refs.length && !previousLeader && !grouped(s) ? "names no leader and has no group word" : null),
};

/** No word of contact or talking (after the call refiners). */
export const noContactWord: Veto<GateInput> = {
  name: "no-contact-word",
  veto: ({ cues }) => (cues.some(speaks) ? null : "no contact word"),
};

/** One leader named, no group word and no place that could stand for the other side. */
export const oneSide: Veto<GateInput> = {
  name: "one-side",
  veto({ s, refs, hasPlace }) {
    // Two leaders named is the common case, and cheaper to see than the group words' patterns.
    if (refs.some((r) => r.leaderId !== refs[0].leaderId) || grouped(s)) return null;
    if (refs.length && (hasPlace() || THE_COUNTRY.test(s.text))) return null;
    return "one leader and nothing that stands for a second";
  },
};
