/** Roles: who hosted an in-person frame, who placed a call. First rule that applies wins (order in mentions/config.ts). */
import type { LeaderIndex, LeaderRef } from "../leaders";
import { findIn } from "./memo";
import type { Rule } from "./rules";
import type { Sentence } from "./sentences";
import { CALL_FROM, CALLING, HOSTED_BY, HOSTING, TRAVEL } from "./vocabulary";

export interface RoleInput {
  index: LeaderIndex;
  s: Sentence;
  refs: LeaderRef[];
  /** The frame's participants, in catalogue order. */
  people: string[];
  placeCountry: string | null;
  when: string | null;
}

/** The leader named just before `pos` (within a few words), if any. */
function refBefore({ refs, s }: RoleInput, pos: number): LeaderRef | undefined {
  const last = refs.filter((r) => r.end - s.start <= pos).pop();
  if (!last) return undefined;
  const between = s.text.slice(last.end - s.start, pos);
  return between.split(/\s+/).filter(Boolean).length <= 6 && !/[;]/.test(between) ? last : undefined;
}

/** "was received by X", "hosted by X". */
export const hostedBy: Rule<RoleInput, string> = {
  name: "hosted-by",
  apply(i) {
    const byOf = findIn(HOSTED_BY, i.s.text);
    if (!byOf) return null;
    const after = i.refs.find((r) => r.start - i.s.start >= byOf.index + byOf[0].length);
    return after && i.people.includes(after.leaderId) ? after.leaderId : null;
  },
};

/** "X hosted Y", "X welcomed Y" (not when the sentence also says "… by"). */
export const hostingSubject: Rule<RoleInput, string> = {
  name: "hosting-subject",
  apply(i) {
    const hosting = findIn(HOSTING, i.s.text);
    if (!hosting || findIn(HOSTED_BY, i.s.text)) return null;
    const subject = refBefore(i, hosting.index);
    return subject && i.people.includes(subject.leaderId) ? subject.leaderId : null;
  },
};

/** The one participant whose country the meeting was in. */
export const localLeader: Rule<RoleInput, string> = {
  name: "local-leader",
  apply({ index, people, placeCountry, when }) {
    if (!placeCountry) return null;
    const locals = people.filter((id) => index.countryOf(id, when) === placeCountry);
    return locals.length === 1 ? locals[0] : null;
  },
};

/** "Y arrived in …", "Y visited …": the other of the two hosted. */
export const travellersCounterpart: Rule<RoleInput, string> = {
  name: "travellers-counterpart",
  apply(i) {
    const travel = findIn(TRAVEL, i.s.text);
    if (!travel || i.people.length !== 2) return null;
    const traveller = refBefore(i, travel.index);
    return traveller && i.people.includes(traveller.leaderId) ? (i.people.find((id) => id !== traveller.leaderId) ?? null) : null;
  },
};

/** Where "a call from", "at the request of" ends in the sentence, and the leader named right after it (within 40 characters), if any. */
function calledFrom(i: RoleInput): { after: number; named: LeaderRef | undefined } | null {
  const from = findIn(CALL_FROM, i.s.text);
  if (!from) return null;
  const after = from.index + from[0].length;
  return { after, named: i.refs.find((r) => r.start - i.s.start >= after && r.start - i.s.start < after + 40) };
}

/** "a call from X", "at the request of X". */
export const callFrom: Rule<RoleInput, string> = {
  name: "call-from",
  apply(i) {
    const from = calledFrom(i);
    return from?.named && i.people.includes(from.named.leaderId) ? from.named.leaderId : null;
  },
};

/** "at the initiative of the Kenyan side". */
export const initiativeOfSide: Rule<RoleInput, string> = {
  name: "initiative-of-side",
  apply(i) {
    const from = calledFrom(i);
    if (!from) return null;
    const { after, named } = from;
    if (named && i.people.includes(named.leaderId)) return null;
    const side = /\b(?:the\s+)?(\p{L}+)\s+side\b/u.exec(i.s.text.slice(after, after + 40));
    const country = side ? i.index.country(side[1]) : undefined;
    return (country && i.people.find((p) => i.index.countryOf(p, i.when) === country.code)) ?? null;
  },
};

/** "X called Y", "X phoned Y": the caller is the leader just before the verb. */
export const callerSubject: Rule<RoleInput, string> = {
  name: "caller-subject",
  apply(i) {
    const calling = findIn(CALLING, i.s.text);
    if (!calling) return null;
    const caller = refBefore(i, calling.index);
    return caller && i.people.includes(caller.leaderId) ? caller.leaderId : null;
  },
};
