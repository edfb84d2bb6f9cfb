/**
 * A year-less wire dateline dated by who is in it. "BEIJING, Nov. 9 (Agency) — X met Y on
 * Saturday" gives a day and its weekday, which fit one year in five, six or eleven; the leaders the
 * lead names all held office in few of those. When exactly one year, up to the latest change of
 * office the catalogue knows, fits both, that is the article's date; otherwise nothing is guessed.
 */
import { yearlessDateline, type ParsedArticle } from "./article";
import { weekdayOf } from "./dates";
import type { LeaderIndex } from "./leaders";

/** The catalogue's present: the latest day on which any office it lists changed hands. */
const horizons = new WeakMap<LeaderIndex, string>();
function horizonOf(index: LeaderIndex): string {
  let horizon = horizons.get(index);
  if (horizon === undefined) {
    horizon = index.catalogue.leaders.flatMap((l) => l.roles.flatMap((r) => [r.from, r.to ?? ""])).reduce((a, b) => (b > a ? b : a), "");
    horizons.set(index, horizon);
  }
  return horizon;
}

function held(index: LeaderIndex, id: string, day: string): boolean {
  return (index.leader(id)?.roles ?? []).some((r) => r.from <= day && (!r.to || day <= r.to));
}

/** The one day, in the years the named leaders shared office, that the dateline's day and the lead's weekday fit; null when none or several do. */
export function datelineByTenure(article: ParsedArticle, index: LeaderIndex): string | null {
  const dateline = yearlessDateline(article.text, article.paragraphs);
  if (!dateline) return null;
  const leaders = [...index.named(dateline.lead)];
  if (!leaders.length) return null;
  const starts = leaders.flatMap((id) => index.leader(id)?.roles.map((r) => r.from) ?? []);
  if (!starts.length) return null;
  const horizon = horizonOf(index);
  let found: string | null = null;
  for (let year = Number(starts.reduce((a, b) => (b < a ? b : a)).slice(0, 4)); year <= Number(horizon.slice(0, 4)); year++) {
    const day = `${year}-${dateline.day}`;
    // "02-29" names no day in most years.
    if (day > horizon || !new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)) continue;
    if (weekdayOf(day) !== dateline.weekday || !leaders.every((id) => held(index, id, day))) continue;
    if (found) return null;
    found = day;
  }
  return found;
}
