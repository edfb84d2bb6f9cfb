/**
 * Events stage: mentions from every article → events. The same contact reported several
 * times (in one article or many) becomes one event with all its evidence; the most precise
 * date wins; sources that disagree on the day or the place are kept as conflicts.
 */
import { dateContains } from "./dates";
import type { LeaderIndex } from "./leaders";
import type { Conflict, ExtractedEvent, Mention, Precision } from "./types";

/** Two day-precise reports this close, of the same pair and kind, are one contact told two ways. */
const SAME_CONTACT_DAYS = 2;

interface Draft {
  mentions: Mention[];
}

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

function keyOf(m: Mention): string {
  return `${m.type}|${m.participants.join("+")}`;
}

function daysApart(a: string, b: string): number {
  return Math.abs((Date.parse(a) - Date.parse(b)) / 86_400_000);
}

/** Places agree when equal or one contains the other ("Moscow, Russia" within "Russia"). */
export function placesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a === b || a.endsWith(`, ${b}`) || b.endsWith(`, ${a}`);
}

function draftDays(d: Draft): string[] {
  return d.mentions.filter((m) => m.date!.precision === "day").map((m) => m.date!.value);
}

/**
 * Can mention `m` be the same contact as draft `d`? Drafts are built most precise first, so a
 * draft's first mention carries its best date: a day joins a day within SAME_CONTACT_DAYS (a
 * disagreement between sources is kept as a conflict), a month or year joins the day or month
 * it contains.
 */
function fits(d: Draft, m: Mention): boolean {
  const value = m.date!.value;
  if (m.date!.precision === "day") {
    // One article giving two days ("an informal dinner on the 20th, talks on the 21st") tells of two contacts.
    if (d.mentions.some((x) => x.file === m.file && x.date!.precision === "day" && x.date!.value !== value)) return false;
    return draftDays(d).some((day) => daysApart(day, value) <= SAME_CONTACT_DAYS);
  }
  // A residence outside the city ("Novo-Ogaryovo") may stand beside the city in one draft: one agreeing place is enough.
  if (!d.mentions.some((x) => placesAgree(x.place, m.place))) return false;
  return d.mentions.some((x) => dateContains(value, x.date!.value));
}

/** Drafts whose days follow one another (at most SAME_CONTACT_DAYS apart): one stay, told day by day. */
function isOneVisit(drafts: Draft[]): boolean {
  const days = drafts.map((d) => d.mentions[0].date!).filter((d) => d.precision === "day").map((d) => d.value).sort();
  if (days.length !== drafts.length) return false;
  return days.every((day, i) => i === 0 || daysApart(days[i - 1], day) <= SAME_CONTACT_DAYS);
}

export function mergeMentions(mentions: Mention[], index: LeaderIndex): ExtractedEvent[] {
  const dated = mentions.filter((m) => m.date);
  // Most precise first, so vaguer reports ("in March 2023") join the day they belong to.
  dated.sort(
    (a, b) => PRECISION_RANK[a.date!.precision] - PRECISION_RANK[b.date!.precision] || a.date!.value.localeCompare(b.date!.value) || a.file.localeCompare(b.file) || a.start - b.start,
  );
  const groups = new Map<string, Draft[]>();
  for (const m of dated) {
    const drafts = groups.get(keyOf(m)) ?? [];
    groups.set(keyOf(m), drafts);
    const candidates = drafts.filter((d) => fits(d, m));
    // A vague date that fits two contacts ("in March" when two March meetings are known) is left
    // on its own, unless they are days of one visit ("the state visit in March" over two days):
    // then it joins the first.
    if (candidates.length === 1 || (candidates.length > 1 && isOneVisit(candidates))) candidates[0].mentions.push(m);
    else drafts.push({ mentions: [m] });
  }
  const events = [...groups.values()].flat().map((d) => toEvent(d, index));
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
  const best = ms.reduce((a, b) => (PRECISION_RANK[b.date!.precision] < PRECISION_RANK[a.date!.precision] ? b : a));
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
    .sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start)
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
  events.sort((a, b) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type) || a.participants.join().localeCompare(b.participants.join()));
  const used = new Set<string>();
  for (const e of events) {
    const who = e.participants.map((p) => shortName(index, p)).join("-");
    const where = e.type === "in-person" ? slugify((e.place ?? "meeting").split(",")[0]) : e.type === "phone" ? "phone-call" : "video-call";
    let slug = `${e.date}-${who}-${where}`;
    for (let n = 2; used.has(slug); n++) slug = `${e.date}-${who}-${where}-${n}`;
    used.add(slug);
    e.slug = slug;
  }
  return events;
}

