/**
 * Place: where an in-person frame happened (a gazetteer name after "in/at/to", or a visited
 * country), and who a place says took part when the sentence names only one side.
 */
import type { LeaderIndex, LeaderRef } from "../leaders";
import type { ArticleContext } from "./context";
import type { Frame } from "./frames";
import { CONTACT_HINT } from "./cues";
import type { Rule } from "./rules";
import { unresolvedRole } from "./participants";
import type { Sentence } from "./sentences";
import { IN_A_CITY, BODY_AGENT, REFUSED_PLACE_BEFORE, ARRIVAL, GATHERING_NAMED, JOURNEY_OR_GATHERING, NON_STATE_HEAD_COUNTERPART, OFFICIAL_COUNTERPART, PLACE_LEAD, PURPOSE_AN_OCCASION, THE_COUNTRY, TRAVEL } from "./vocabulary";

export interface PlaceFound {
  name: string;
  country: string;
  start: number;
  end: number;
}
export type Place = { name: string; country: string };

/**
 * Places a sentence names after "in/at/to/visited", found once per sentence however many frames
 * it holds. Sentences are read one after another, so the last one's are kept (a WeakMap over
 * every sentence cost more to fill than the search it saved).
 */
let placesOfLast: { index: LeaderIndex; text: string; found: PlaceFound[] } | null = null;
export function placesOf(index: LeaderIndex, s: Sentence): readonly PlaceFound[] {
  if (placesOfLast?.text !== s.text || placesOfLast.index !== index) {
    // "held talks not in Brazil but in Goa": a place refused is none.
    placesOfLast = { index, text: s.text, found: index.findPlaces(s.text, 0).filter((p) => PLACE_LEAD.test(s.text.slice(Math.max(0, p.start - 20), p.start)) && !notTheContactsPlace(s.text.slice(Math.max(0, p.start - 40), p.start))) };
  }
  return placesOfLast.found;
}

/**
 * What stands before a place that makes it no contact's: a refusal ("not in"). Not the place of
 * another event ("after the strike in Poland"): refusing those cost a right reading on the held-out
 * real pages, so a place such an event locates still counts.
 */
const notTheContactsPlace = (before: string) => REFUSED_PLACE_BEFORE.test(before);

export interface PlaceInput {
  index: LeaderIndex;
  ctx: ArticleContext;
  s: Sentence;
  frame: Frame;
  people: string[];
  /** The date the frame is at (or the article's), for who held which office. */
  when: string | null;
}

/** "in Nairobi in June 2019": a place in the date's own stretch. */
export const placeInStretch: Rule<PlaceInput, Place> = {
  name: "place-in-stretch",
  apply({ index, s, frame }) {
    if (!frame.stretch) return null;
    const own = placesOf(index, s).filter((p) => p.start >= frame.stretch![0] && p.end <= frame.stretch![1]);
    return own[own.length - 1] ?? null;
  },
};

/**
 * Else the place named nearest the contact's words. "met Albanese in Goa on 3 October and again in
 * Perth on 20 October": a date of a list whose own stretch names a city the gazetteer does not know
 * ("in Perth") was in no other city; a country named before may still hold it ("a state visit to
 * India, meeting Modi on 3 October and again in Gandhinagar on 5 October").
 */
export const nearestPlace: Rule<PlaceInput, Place> = {
  name: "nearest-place",
  apply({ index, s, frame }) {
    const elsewhere = !!frame.stretch && frame.stretch[0] > 0 && IN_A_CITY.test(s.text.slice(frame.stretch[0], frame.stretch[1]));
    const places = placesOf(index, s).filter((p) => !(elsewhere && isCity(p))).sort((a, b) => Math.abs(a.start - frame.at) - Math.abs(b.start - frame.at));
    return places[0] ?? null;
  },
};
/** Whether a place found is a city ("Goa, India"), not a country. */
const isCity = (p: PlaceFound) => p.name.includes(", ");

/** "visited the kingdom": the country of the article's other leader. */
export const theCountry: Rule<PlaceInput, Place> = {
  name: "the-country",
  apply({ index, ctx, s, people, when }) {
    if (!THE_COUNTRY.test(s.text) || people.length !== 1) return null;
    const other = ctx.mainPair.find((id) => id !== people[0]);
    const code = other ? index.countryOf(other, when) : null;
    const country = code ? index.countries.get(code) : undefined;
    return country ? { name: country.name, country: country.code } : null;
  },
};

/** "at the resort near Mombasa in Kenya": the city says more than its country. */
export function preferCity(index: LeaderIndex, s: Sentence, frame: Frame, place: Place): Place {
  if (place.name.includes(", ")) return place;
  const nearest = [...placesOf(index, s)].sort((a, b) => Math.abs(a.start - frame.at) - Math.abs(b.start - frame.at));
  return nearest.find((p) => p.country === place.country && p.name.includes(", ")) ?? place;
}

export interface HostSideInput extends PlaceInput {
  place: Place;
  refs: LeaderRef[];
}

/**
 * "The Kenyan leader paid several visits to India": with one side named, the other is the
 * leader of the visited country the article is about (its main pair's, else whoever led it then,
 * when the article names them).
 */
export const visitedCountrysLeader: Rule<HostSideInput, string[]> = {
  name: "visited-country-leader",
  apply({ index, ctx, s, frame, people, place, when, refs }) {
    // "the prime minister had a meeting with A in New York": the other side is that office's holder, unnamed, not the host country's leader.
    if (people.length !== 1 || unresolvedRole(s, refs)) return null;
    // "He arrived in New Delhi on Tuesday, before the summit opened": a journey to a gathering (or the
    // gathering itself) meets the host country's leader no more than any other leader there.
    if (JOURNEY_OR_GATHERING.test(s.text.slice(frame.cue.start, frame.cue.end)) && GATHERING_NAMED.test(s.text)) return null;
    // "Ruto travelled to Berlin on Saturday to watch the quarter-final": nor does a journey made for
    // an occasion (a match, a funeral, a coronation), which says nothing of a meeting there.
    // A contact or talking word in the purpose ("for talks on the final text") makes it no occasion.
    const occasion = TRAVEL.test(s.text.slice(frame.cue.start, frame.cue.end)) ? PURPOSE_AN_OCCASION.exec(s.text.slice(frame.cue.end, frame.cue.end + 160)) : null;
    if (occasion && !CONTACT_HINT.test(occasion[0])) return null;
    // "The Emir met at the palace today with the White House Coordinator … and the Special Envoy …":
    // the counterpart named is an official, not the leader of the country the official comes from.
    const official = OFFICIAL_COUNTERPART.exec(s.text.slice(frame.cue.end, frame.cue.end + 160));
    if (official && !refs.some((r) => r.text && r.start - s.start >= frame.cue.end && r.start - s.start < frame.cue.end + official[0].length)) return null;
    // "a dinner hosted by the High Commission on 12 March": a contact word whose agent is a body,
    // no leader, meets nobody of the country it is in.
    const agent = BODY_AGENT.exec(s.text.slice(frame.cue.end, frame.cue.end + 60));
    if (agent && !refs.some((r) => r.start - s.start < frame.cue.end + agent[0].length && r.end - s.start > frame.cue.end)) return null;
    // "In June, the president also met Pope Francis on the margins of an event in Italy": a visit to
    // the head of a church or of a body is no visit to the country's leader.
    if (NON_STATE_HEAD_COUNTERPART.test(s.text.slice(frame.cue.end, frame.cue.end + 80))) return null;
    // "More than a dozen foreign leaders travelled to Kyiv …, as the region's approach shifts under
    // President Trump": a leader named only after the journey's words, not as its agent ("a visit by
    // X"), is not the one who travelled.
    const named = refs.filter((r) => r.text && r.leaderId === people[0]);
    if (named.length && TRAVEL.test(s.text.slice(frame.cue.start, frame.cue.end)) && named.every((r) => r.start - s.start >= frame.cue.end && !/\b(?:by|of)\s+(?:[\p{L}'’.-]+\s+){0,4}$/u.test(s.text.slice(frame.cue.end, r.start - s.start)))) return null;
    // "Lula arrived in New York on Sunday", "Modi arrived in Vienna, after two days in Lima": an
    // arrival meets the host only where it is the host's seat, the country or its capital named
    // right after it. A city of some gathering, or a place named elsewhere in the sentence, is not.
    if (ARRIVAL.test(s.text.slice(frame.cue.start, frame.cue.end)) && !arrivedAtSeat(index, s, frame, place)) return null;
    const local = ctx.mainPair.find((id) => id !== people[0] && index.countryOf(id, when) === place.country);
    const holder = local ?? index.holder(place.country, null, when);
    return holder && holder !== people[0] && ctx.named.has(holder) ? [...people, holder] : null;
  },
};

/** Whether the place an arrival names right after its word ("arrived in Nairobi") is `place`'s country or that country's capital. */
function arrivedAtSeat(index: LeaderIndex, s: Sentence, frame: Frame, place: Place): boolean {
  const end = frame.cue.end;
  const reached = placesOf(index, s).find((p) => p.start >= end && p.start <= end + ARRIVAL_REACH);
  if (!reached || reached.country !== place.country) return false;
  const country = index.countries.get(place.country);
  return !!country && (reached.name === country.name || reached.name === `${country.capital}, ${country.name}`);
}
/** How far after an arrival's word ("arrived in", "came to") its place may begin: "the", "Kenya's capital". */
const ARRIVAL_REACH = 4;

/** "Milei, who cut short a visit to South Africa": a visit to a country whose leader the sentence names is with that leader. */
export const visitToNamedLeader: Rule<HostSideInput, string[]> = {
  name: "visit-to-named-leader",
  apply({ index, s, frame, people, place, refs, when }) {
    if (!TRAVEL.test(s.text.slice(frame.at, frame.at + 20))) return null;
    const local = [...new Set(refs.map((r) => r.leaderId))].find((id) => index.countryOf(id, when) === place.country);
    const visitor = refs.filter((r) => r.start - s.start < frame.at && r.leaderId !== local).pop()?.leaderId;
    return local && visitor && !people.includes(local) ? [visitor, local] : null;
  },
};
