/**
 * The clause of a contact: one span of its sentence that the rules reading its participants, its
 * place and its medium share. A contact's people and how it was held are told in the clause that
 * tells it; a leader or a medium word past a clause break ("…, and last spoke to X on Friday")
 * belongs to what that other clause tells. (Dates still stop only at a semicolon: stopping them at
 * ", and" too lost right contacts on unseen batches.)
 */
import { matchesOf } from "../matches";
import { perSentence } from "./memo";
import { CLAUSE_BREAK, NOT_OWN_OBJECT_AFTER, OFFICE_BEFORE_COMMA, OWN_OBJECT_GAP, OWNER_OF_BEFORE } from "./vocabulary";

/** The clause breaks of a sentence, as [start, end) offsets: every frame of it asks for its clause. */
export const clauseBreaks = perSentence((text): [number, number][] => matchesOf(CLAUSE_BREAK, text).map((m) => [m.index, m.index + m[0].length]));

/**
 * The breaks that join two clauses of equal rank ("; ", ", and", ", but", " and they"), not those
 * opening a clause of time or place ("…, when", "…, where", "…, after"), whose day and place are
 * those of the clause they hang on ("received him in Jaipur, where the two walked through the old
 * city on 25 January": the day of the visit).
 */
const joins = perSentence((text): [number, number][] => clauseBreaks(text).filter(([from, to]) => COORDINATE.test(text.slice(from, to))));
const COORDINATE = /^(?:;|,\s+(?:and|but)\b|\s(?:and|but)\s)/i;

/**
 * The clause of `text` around `at`, as [start, end): between the clause breaks either side of it.
 * With `joinsOnly`, only breaks between clauses of equal rank count: the span a date may reach.
 */
export function clauseOf(text: string, at: number, joinsOnly = false): [number, number] {
  let start = 0;
  let end = text.length;
  for (const [from, to] of joinsOnly ? joins(text) : clauseBreaks(text)) {
    if (to <= at) start = to;
    else if (from >= at) {
      end = from;
      break;
    }
  }
  return [start, end];
}

/**
 * Whether the leader named at [from, to) of `text` (`to` unknown: no possessive asked) is the own object of the contact word that ends
 * at `cueEnd` ("called Scholz", "held talks by phone with Chancellor Scholz"): in the word's clause,
 * with only how it was held, "with"/"to" and capitalised words between (OWN_OBJECT_GAP; a comma only
 * after an office: "with the President of Brazil, Lula", not "with the IMF, Scholz said"), not the
 * owner of something ("Scholz's plan", "the envoy of Scholz"), and, when its end is given, not a
 * name told as a group's or an alternative ("the Scholz government", "Scholz aides", "Scholz or
 * Milei", "…, Scholz said": NOT_OWN_OBJECT_AFTER). The one test every split and joined contact
 * asks before pairing a counterpart: an aide's, a topic's or a later clause's leader is not it.
 */
export function ownObject(text: string, cueEnd: number, from: number, to?: number): boolean {
  if (from < cueEnd || from - cueEnd > OWN_OBJECT_REACH || from >= clauseOf(text, cueEnd)[1]) return false;
  const gap = text.slice(cueEnd, from);
  if (!OWN_OBJECT_GAP.test(gap) || OWNER_OF_BEFORE.test(gap) || gap.split(",").slice(0, -1).some((part) => !OFFICE_BEFORE_COMMA.test(part))) return false;
  return to === undefined || (!POSSESSIVE_AT.test(text.slice(to, to + 3)) && !NOT_OWN_OBJECT_AFTER.test(text.slice(to, to + 30)));
}
/** Room for a title between the contact word and its object ("with the visiting President of Brazil, …"). */
const OWN_OBJECT_REACH = 80;
const POSSESSIVE_AT = /^['’]s\b/;
