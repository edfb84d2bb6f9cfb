/**
 * Modality: whether a contact word tells a contact that happened, or one planned, hypothetical,
 * denied. Rules in mentions/config.ts decide in order; the first that speaks wins, and anything
 * but "happened" keeps the word from being a contact.
 */
import type { Rule } from "./rules";
import type { Cue } from "./cues";
import { FUTURE_TIME, MAY_MODAL, MOVED_TO, NOT_HELD, NOT_HELD_AFTER, RETRACTED, SINCE } from "./vocabulary";

export type Modality = "happened" | "planned" | "hypothetical" | "denied";

export interface ModalityInput {
  text: string;
  cue: Cue;
}

/** The words before a contact word that can change its modality; an infinitive ("invited X to visit") reaches further back for its verb. */
function windowBefore({ text, cue }: ModalityInput): string {
  const reach = /\bto\s+$/i.test(text.slice(Math.max(0, cue.start - 4), cue.start)) ? 100 : 45;
  return text.slice(Math.max(0, cue.start - reach), cue.start);
}

const DENIED = /^(?:did not|didn't|never|not|no|without|refused|declined|cancel(?:l)?ed|postponed|called off|rejected|denied)$/i;
const HYPOTHETICAL = /^(?:would|might|could|should|if|whether|possibility|possible|potential|rumou?red|reports? of)$/i;

/**
 * "the office said they spoke by video, but later corrected itself", "posts say he secretly
 * called": a contact the sentence takes back, or tells only as a claim, is not one that happened.
 */
export const retracted: Rule<ModalityInput, Modality> = {
  name: "retracted",
  apply: ({ text }) => (RETRACTED.test(text) ? "denied" : null),
};

/** "has not met Xi since a visit to Beijing": the visit after "since" did happen. */
export const heldSince: Rule<ModalityInput, Modality> = {
  name: "held-since",
  apply(i) {
    const window = windowBefore(i);
    const negated = NOT_HELD.exec(window);
    return negated && SINCE.test(window.slice(negated.index)) ? "happened" : null;
  },
};

/** "will meet", "hopes to visit", "did not meet", "invited X to visit": planned, hypothetical or denied. */
export const notHeldBefore: Rule<ModalityInput, Modality> = {
  name: "not-held-before",
  apply(i) {
    const negated = NOT_HELD.exec(windowBefore(i));
    if (!negated) return null;
    if (DENIED.test(negated[1])) return "denied";
    return HYPOTHETICAL.test(negated[1]) ? "hypothetical" : "planned";
  },
};

/** "may meet" (lower case: "May" is a month). */
export const mayModal: Rule<ModalityInput, Modality> = {
  name: "may-modal",
  apply: (i) => (MAY_MODAL.test(windowBefore(i)) ? "hypothetical" : null),
};

/** "talks with Xi are planned for Friday", "the meeting will take place". */
export const plannedAfter: Rule<ModalityInput, Modality> = {
  name: "planned-after",
  apply: ({ text, cue }) => (NOT_HELD_AFTER.test(text.slice(cue.end, cue.end + 60)) ? "planned" : null),
};

/** "meet tomorrow", "talks to be held next week": a time still to come, told in the contact's own clause. */
export const futureTime: Rule<ModalityInput, Modality> = {
  name: "future-time",
  apply({ text, cue }) {
    const clause = text.slice(cue.start, cue.end + 50).split(/[;.,]|\b(?:and|but|while|where|when|after|before)\b/)[0];
    return FUTURE_TIME.test(clause) ? "planned" : null;
  },
};

/**
 * "it was a very good time to meet": an infinitive contact is an aim, not a contact, unless a
 * movement that happened leads to it ("flew to Beijing to meet Xi", "arrived in Ankara for talks").
 */
export const bareInfinitive: Rule<ModalityInput, Modality> = {
  name: "bare-infinitive",
  apply({ text, cue }) {
    if (!/\bto\s+$/i.test(text.slice(Math.max(0, cue.start - 4), cue.start))) return null;
    return MOVED_TO.test(text.slice(Math.max(0, cue.start - 80), cue.start)) ? null : "planned";
  },
};

/** "scheduled to have dinner with Xi on Saturday, a meeting watched by markets": a noun in apposition has its clause's modality. */
export const appositionModality: Rule<ModalityInput, Modality> = {
  name: "apposition-modality",
  apply({ text, cue }) {
    if (!/,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, cue.start - 30), cue.start))) return null;
    return NOT_HELD.test(text.slice(0, cue.start).replace(/,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$/i, "")) ? "planned" : null;
  },
};
