/**
 * Events stage: mentions from every article → events. The same contact reported several
 * times (in one article or many) becomes one event with all its evidence; the most precise
 * date wins; sources that disagree on the day or the place are kept as conflicts.
 */
import { addDays, FINENESS } from "./dates";
import type { LeaderIndex } from "./leaders";
import type { Conflict, ExtractedEvent, Mention } from "./types";

/**
 * Two day-precise reports of the same people and kind at most this many days apart are one
 * contact told two ways: the event's day and the report's, an announcement the day before, a
 * date in another time zone. Further apart they are two contacts. Their days stay a conflict.
 */
const SAME_CONTACT_DAYS = 1;

interface Draft {
  /** Creation order: among several drafts a mention fits, the first made wins. */
  order: number;
  mentions: Mention[];
  /** The day-precise days each file gives this contact. */
  daysByFile: Map<string, Set<string>>;
  places: Set<string | null>;
}

/**
 * The drafts of one pair and kind, indexed so that a mention finds the drafts it may join without
 * reading them all: by each day a draft holds, and by every prefix of its dates ("2022",
 * "2022-06", "2022-06-14"). Merging stays linear in the number of reports however many there are.
 */
interface Group {
  drafts: Draft[];
  byDay: Map<string, Draft[]>;
  byPrefix: Map<string, Draft[]>;
}

/** More candidates than this for one vague date cannot be days of one visit. */
const MAX_VISIT_DAYS = 14;

/**
 * `a.localeCompare(b)`: the same collation (Intl.Collator's defaults are localeCompare's), with
 * identical strings settled before the collator is asked. Sorting the reports of one article
 * compares its file name, and the reports of one contact their date, with itself again and again.
 */
const collator = new Intl.Collator();
function collate(a: string, b: string): number {
  return a === b ? 0 : collator.compare(a, b);
}

/**
 * The order of two date values ("2022", "2022-06", "2022-06-14") by code unit: for strings of ASCII
 * digits and hyphens that is the collator's order too (each of those characters has a primary
 * weight of its own, in code-unit order), without a collator call per comparison, and a dense
 * article sorts tens of thousands of reports.
 */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function keyOf(m: Mention): string {
  return `${m.type}|${m.participants.join("+")}`;
}

function daysApart(a: string, b: string): number {
  return Math.abs((Date.parse(a) - Date.parse(b)) / 86_400_000);
}

/** Places agree when equal or one contains the other ("Minsk, Belarus" within "Belarus"). */
export function placesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a === b || a.endsWith(`, ${b}`) || b.endsWith(`, ${a}`);
}

function pushTo(map: Map<string, Draft[]>, key: string, d: Draft): void {
  const list = map.get(key);
  if (!list) map.set(key, [d]);
  else if (list[list.length - 1] !== d) list.push(d);
}

function add(group: Group, d: Draft, m: Mention): void {
  d.mentions.push(m);
  d.places.add(m.place);
  const value = m.date!.value;
  if (m.date!.precision === "day") {
    const days = d.daysByFile.get(m.file) ?? new Set<string>();
    d.daysByFile.set(m.file, days.add(value));
    pushTo(group.byDay, value, d);
  }
  for (const len of [4, 7, 10]) if (value.length >= len) pushTo(group.byPrefix, value.slice(0, len), d);
}

/**
 * The drafts mention `m` can be the same contact as. Drafts are built most precise first, so a
 * draft's first mention carries its best date: a day joins a day within SAME_CONTACT_DAYS (a
 * disagreement between sources is kept as a conflict), a month or year joins the day or month
 * it contains.
 */
function candidatesFor(group: Group, m: Mention, daysAround: (day: string) => string[]): Draft[] {
  const value = m.date!.value;
  if (m.date!.precision === "day") {
    const found = new Set<Draft>();
    for (const day of daysAround(value)) for (const d of group.byDay.get(day) ?? []) found.add(d);
    // One article giving two days ("an informal dinner on the 20th, talks on the 21st") tells of two contacts.
    return [...found].filter((d) => ![...(d.daysByFile.get(m.file) ?? [])].some((day) => day !== value)).sort((a, b) => a.order - b.order);
  }
  // A residence outside the city ("Novo-Ogaryovo") may stand beside the city in one draft: one agreeing place is enough.
  return (group.byPrefix.get(value) ?? []).filter((d) => [...d.places].some((p) => placesAgree(p, m.place)));
}

/** Drafts whose days follow one another (at most SAME_CONTACT_DAYS apart): one stay, told day by day. */
function isOneVisit(drafts: Draft[]): boolean {
  if (drafts.length > MAX_VISIT_DAYS) return false;
  const days = drafts.map((d) => d.mentions[0].date!).filter((d) => d.precision === "day").map((d) => d.value).sort();
  if (days.length !== drafts.length) return false;
  return days.every((day, i) => i === 0 || daysApart(days[i - 1], day) <= SAME_CONTACT_DAYS);
}

/**
 * A vague date that fits several contacts: a place it names that only one of them names too ("in
 * 2019 in Hanoi" when one meeting that year was in Hanoi and one elsewhere) picks that one.
 */
function narrowVague(candidates: Draft[], m: Mention): Draft[] {
  if (m.date!.precision === "day" || !m.place) return candidates;
  const placed = candidates.filter((d) => [...d.places].some((p) => p !== null && placesAgree(p, m.place)));
  return placed.length === 1 || (placed.length > 1 && isOneVisit(placed)) ? placed : candidates;
}

export function mergeMentions(mentions: Mention[], index: LeaderIndex): ExtractedEvent[] {
  const dated = mentions.filter((m) => m.date);
  // Most precise first, so vaguer reports ("in June 2022") join the day they belong to.
  dated.sort(
    (a, b) => FINENESS[b.date!.precision] - FINENESS[a.date!.precision] || compareDates(a.date!.value, b.date!.value) || collate(a.file, b.file) || a.start - b.start,
  );
  const groups = new Map<string, Group>();
  // The days within SAME_CONTACT_DAYS of a day, worked out once per day: many reports give the same one.
  const around = new Map<string, string[]>();
  const daysAround = (day: string) => {
    let days = around.get(day);
    if (!days) {
      days = [];
      for (let k = -SAME_CONTACT_DAYS; k <= SAME_CONTACT_DAYS; k++) days.push(addDays(day, k));
      around.set(day, days);
    }
    return days;
  };
  let made = 0;
  for (const m of dated) {
    const key = keyOf(m);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { drafts: [], byDay: new Map(), byPrefix: new Map() }));
    const candidates = candidatesFor(group, m, daysAround);
    // A vague date that fits two contacts ("in March" when two March meetings are known) joins the
    // first if they are days of one visit ("the state visit in March" over two days). Otherwise it
    // is one of the contacts already shown, and which one the report does not say: it makes no
    // event of its own, which would show that contact twice (a recap's "in October" beside the
    // two October days it recalls), and joins neither, whose quote it might not be.
    const joins = candidates.length > 1 && !isOneVisit(candidates) ? narrowVague(candidates, m) : candidates;
    if (joins.length === 1 || (joins.length > 1 && isOneVisit(joins))) add(group, joins[0], m);
    else if (joins.length > 1) continue;
    else {
      const d: Draft = { order: made++, mentions: [], daysByFile: new Map(), places: new Set() };
      group.drafts.push(d);
      add(group, d, m);
    }
  }
  const events = [...groups.values()].flatMap((g) => g.drafts).map((d) => toEvent(d, index));
  return assignSlugs(events, index);
}

function majority(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

function conflictOf(field: Conflict["field"], pairs: { value: string; file: string }[]): Conflict | null {
  const byValue = new Map<string, Set<string>>();
  for (const p of pairs) byValue.set(p.value, (byValue.get(p.value) ?? new Set()).add(p.file));
  if (byValue.size < 2) return null;
  return { field, values: [...byValue].map(([value, files]) => ({ value, files: [...files].sort() })) };
}

function toEvent(d: Draft, index: LeaderIndex): ExtractedEvent {
  const ms = d.mentions;
  const best = ms.reduce((a, b) => (FINENESS[b.date!.precision] > FINENESS[a.date!.precision] ? b : a));
  const precise = ms.filter((m) => m.date!.precision === best.date!.precision);
  // The day most sources give wins; on a tie, the earliest (arrival before talks).
  const date = majority(precise.map((m) => m.date!.value).sort()) ?? best.date!.value;
  const conflicts: Conflict[] = [];
  const dateConflict = conflictOf("date", precise.map((m) => ({ value: m.date!.value, file: m.file })));
  if (dateConflict) conflicts.push(dateConflict);
  // Of places that agree, the most specific; places that disagree are a conflict.
  const places = ms.filter((m) => m.place).map((m) => ({ value: m.place!, file: m.file }));
  const cities = places.filter((p) => p.value.includes(", "));
  const placeConflict = conflictOf("place", cities);
  if (placeConflict) conflicts.push(placeConflict);
  const place = majority(cities.map((p) => p.value)) ?? majority(places.map((p) => p.value));
  const names = (ids: string[]) => ids.map((id) => index.leader(id)?.name ?? id);
  const host = majority(ms.map((m) => m.host));
  const initiator = majority(ms.map((m) => m.initiator));
  const sources = dedupeSources(ms);
  return {
    slug: "",
    date,
    precision: best.date!.precision,
    type: best.type,
    participants: names(best.participants),
    place,
    host: host ? names([host])[0] : null,
    initiator: initiator ? names([initiator])[0] : null,
    sources,
    conflicts,
  };
}

function dedupeSources(ms: Mention[]) {
  const seen = new Set<string>();
  return ms
    .filter((m) => {
      const k = `${m.file}:${m.start}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => collate(a.file, b.file) || a.start - b.start)
    .map((m) => ({ file: m.file, quote: m.quote, start: m.start, end: m.end, dateText: m.dateText, resolvedAgainst: m.resolvedAgainst }));
}

export function slugify(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function shortName(index: LeaderIndex, name: string): string {
  const leader = index.catalogue.leaders.find((l) => l.name === name);
  return leader ? index.shortName(leader.id) : slugify(name);
}

/** Slugs say date, people and place or kind, so a link reads well and stays put across re-runs. */
function assignSlugs(events: ExtractedEvent[], index: LeaderIndex): ExtractedEvent[] {
  // collate(), not localeCompare: the same order, without a collator lookup per comparison (a
  // dense article's ~2,000 events took 50-70 ms to sort that way).
  events.sort((a, b) => collate(a.date, b.date) || collate(a.type, b.type) || collate(a.participants.join(), b.participants.join()));
  const used = new Set<string>();
  // Each participant's slug word once per run (slugify normalises and runs four patterns: 1.4 % of
  // a 1 MB feed's time when asked per event), and per base slug the last number given to it: the
  // numbers below it were all taken and stay taken, so the search for a free one starts after it
  // (a feed's hundreds of calls on one day and pair made it quadratic). Both live for this call only.
  const words = new Map<string, string>();
  const wordOf = (p: string) => words.get(p) ?? (words.set(p, shortName(index, p)), words.get(p)!);
  const lastNumber = new Map<string, number>();
  for (const e of events) {
    const who = e.participants.map(wordOf).join("-");
    const where = e.type === "in-person" ? slugify((e.place ?? "meeting").split(",")[0]) : e.type === "phone" ? "phone-call" : "video-call";
    const base = `${e.date}-${who}-${where}`;
    let slug = base;
    if (used.has(slug)) {
      let n = (lastNumber.get(base) ?? 1) + 1;
      for (slug = `${base}-${n}`; used.has(slug); n++, slug = `${base}-${n}`);
      lastNumber.set(base, n);
    }
    used.add(slug);
    e.slug = slug;
  }
  return events;
}

