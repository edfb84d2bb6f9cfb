/**
 * A year-less wire dateline dated by who is in it. "BEIJING, Nov. 9 (Agency) — X met Y on
 * Saturday" gives a day and its weekday, which fit one year in five, six or eleven; the leaders the
 * lead names (not those it calls former or late) all held office in few of those. When exactly one
 * year up to the latest day the article can be from (its copy's or its file's date) fits both, that
 * is the article's date; otherwise nothing is guessed.
 */
import { datelineYears, latestPastDate, yearlessDateline, type ParsedArticle } from "./article";
import type { LeaderIndex } from "./leaders";

/**
 * Before a name, words that put the leader's office in the past ("former Japanese Prime Minister
 * X", "the late X"): the dateline's year need not fall in that leader's years of office.
 */
const PAST_HOLDER_BEFORE = /\b(?:former|late|then|ex-?)\s*(?:[\p{L}'’.-]+\s+){0,3}$/iu;

function held(index: LeaderIndex, id: string, day: string): boolean {
  return (index.leader(id)?.roles ?? []).some((r) => r.from <= day && (!r.to || day <= r.to));
}

/** The one day, in the years the named leaders shared office, that the dateline's day and the lead's weekday fit; null when none or several do. */
export function datelineByTenure(article: ParsedArticle, index: LeaderIndex): string | null {
  const until = article.latestPossible;
  const dateline = until ? yearlessDateline(article.text, article.paragraphs) : null;
  if (!until || !dateline) return null;
  const leaders = [...new Set([...index.namesIn(dateline.lead)].filter((n) => !PAST_HOLDER_BEFORE.test(dateline.lead.slice(Math.max(0, n.start - 60), n.start))).map((n) => n.id))];
  if (!leaders.length) return null;
  const starts = leaders.flatMap((id) => index.leader(id)?.roles.map((r) => r.from) ?? []);
  if (!starts.length) return null;
  // From the first year any of them took office, or from the latest past date the article gives
  // ("their first meeting since June 2019"), whichever is later; up to the article's latest
  // possible day, not to the catalogue's latest change of office: leaders still in office may meet
  // in a year the catalogue has not reached, and that year is a candidate too.
  const earliest = starts.reduce((a, b) => (b < a ? b : a)).slice(0, 4);
  const latest = latestPastDate(article.text, article.paragraphs);
  const years = datelineYears(dateline, latest && latest > earliest ? latest : earliest, until, (day) => leaders.every((id) => held(index, id, day)));
  return years.length === 1 ? years[0] : null;
}
