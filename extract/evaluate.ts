/**
 * Scoring extracted events against gold: precision, recall, F1 and the exact-date rate.
 * An extracted event matches a gold one with the same people and kind whose date agrees: equal,
 * one containing the other (a month and a day in it), or days at most two apart (a conflict).
 */
export interface GoldEvent {
  date: string;
  type: string;
  participants: string[];
  place?: string | null;
}

export interface Score {
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  exactDate: number;
  misses: GoldEvent[];
  spurious: GoldEvent[];
}

function datesAgree(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  return a.length === 10 && b.length === 10 && Math.abs(Date.parse(a) - Date.parse(b)) <= 2 * 86_400_000;
}

const key = (e: GoldEvent) => `${e.type}|${[...e.participants].sort().join("+")}`;

export function score(gold: GoldEvent[], extracted: GoldEvent[]): Score {
  const unmatched = [...extracted];
  let matched = 0;
  let exact = 0;
  const misses: GoldEvent[] = [];
  // Most precise gold first, so a vague gold date does not take a precise extraction's place.
  for (const g of [...gold].sort((a, b) => b.date.length - a.date.length)) {
    const candidates = unmatched.filter((x) => key(x) === key(g) && datesAgree(x.date, g.date));
    const best = candidates.find((x) => x.date === g.date) ?? candidates[0];
    if (!best) {
      misses.push(g);
      continue;
    }
    unmatched.splice(unmatched.indexOf(best), 1);
    matched++;
    if (best.date === g.date) exact++;
  }
  const precision = extracted.length ? matched / extracted.length : gold.length ? 0 : 1;
  const recall = gold.length ? matched / gold.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold: gold.length, extracted: extracted.length, matched, precision, recall, f1, exactDate: matched ? exact / matched : 1, misses, spurious: unmatched };
}

/**
 * Gold events of several articles (one list per article), each contact counted once, as the
 * timeline shows it: the same people and kind on the same date, on a vaguer date that contains it
 * ("2022-07" and "2022-07-19"), or on days at most one apart in two different articles (one
 * source dates a call by the day it was held, another by the day it reported it or in its own
 * time zone: the "one contact reported a day apart"). The most precise, earliest told
 * date is kept. Two days one article gives are two contacts (a dinner on the 20th, talks on the
 * 21st), so that article's days never fold into one another.
 */
export function dedupeGold(articles: GoldEvent[][]): GoldEvent[] {
  const told = articles.flatMap((events, article) => events.map((event) => ({ event, article })));
  const out: { event: GoldEvent; articles: Set<number> }[] = [];
  for (const { event, article } of told.sort((a, b) => b.event.date.length - a.event.date.length)) {
    const same = out.find(
      (o) =>
        key(o.event) === key(event) &&
        (o.event.date.startsWith(event.date) || (event.date.length === 10 && o.event.date.length === 10 && !o.articles.has(article) && daysApart(o.event.date, event.date) <= 1)),
    );
    if (same) same.articles.add(article);
    else out.push({ event, articles: new Set([article]) });
  }
  return out.map((o) => o.event);
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}
