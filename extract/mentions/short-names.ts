/**
 * Short names: a leader the article has named in full, named again by part of the name ("Moon",
 * "Mr Khan", "Prince Mohammed", "Emir Al Thani"). The catalogue cannot list such parts as aliases
 * (a moon, another Khan, another Mohammed), but once the article has named the leader, the part
 * stands for that leader, when no other leader the article names shares it.
 */
import { CALENDAR_WORDS, type LeaderIndex, type LeaderRef } from "../leaders";
import { OFFICE_NAME_WORDS } from "../offices";
import { codePointBefore } from "../matches";

/** The words of the offices' names, capitalised: "President", "Prime", "Minister", "Crown", "Prince". */
const OFFICE_WORDS = OFFICE_NAME_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join("|");

/** Words that may stand before a short name without being part of another person's name: titles, a clause's first words, days and months ("On Tuesday Moon held talks"). */
const BEFORE_A_SHORT_NAME = new RegExp(
  `(?:^|[^\\p{L}\\p{M}'’-])(?:Mr|Mrs|Ms|Dr|Madam|Sheikh|${OFFICE_WORDS}|Comrade|Secretary|Ayatollah|Marshal|General|The|A|An|And|But|On|In|At|For|Of|To|With|As|By|When|While|After|Before|Then|Both|Neither|Since|Meanwhile|However|Later|Earlier|${CALENDAR_WORDS})\\.?,?\\s+$`,
  "u",
);
/** Parts of a name that never stand for the person alone: titles, particles, months, days. */
const NOT_A_PART = new RegExp(
  `^(?:${OFFICE_WORDS}|Queen|Sheikh|Al|El|Bin|Ibn|Da|De|Dos|Von|Van|${CALENDAR_WORDS})$`,
);

/** The parts of a leader's names that may stand for the leader: single words, and a particle with the word after it ("Al Thani"). */
function partsOf(names: string[]): string[] {
  const parts = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/);
    if (words.length < 2) continue;
    for (const [i, w] of words.entries()) {
      if (!/^\p{Lu}[\p{L}\p{M}'’-]{2,}$/u.test(w) || NOT_A_PART.test(w)) continue;
      parts.add(w);
      const before = words[i - 1];
      if (before && /^(?:Al|El|al|el|bin|Bin)$/.test(before)) parts.add(`${before} ${w}`);
    }
  }
  return [...parts];
}

/** Each leader's usable parts, worked out once per catalogue: most articles name the same few leaders. */
const partsCache = new WeakMap<LeaderIndex, Map<string, string[]>>();
function partsFor(index: LeaderIndex, id: string): string[] {
  let cache = partsCache.get(index);
  if (!cache) partsCache.set(index, (cache = new Map()));
  let parts = cache.get(id);
  if (!parts) {
    const leader = index.leader(id);
    // A part that is itself a name or alias of some leader is found by the index already.
    parts = leader ? partsOf([leader.name, ...leader.aliases]).filter((part) => index.named(part).size === 0) : [];
    cache.set(id, parts);
  }
  return parts;
}

/** A letter, mark, apostrophe or hyphen: a part found right after one ends a longer word ("Ban-Moon", "O'Moon"). */
const PART_OF_A_WORD = /^[\p{L}\p{M}'’-]$/u;

/** Where a part may not end: inside a longer word ("Moonshot", "Khan-Younis"). */
const WORD_GOES_ON = /^[\p{L}\p{M}-]$/u;

/**
 * Where the parts stand in `text`, in order: at each place the longest part that ends a word, none
 * right after a letter, and none inside one found before it; what the pattern
 * `(?:part|…)(?![\p{L}\p{M}-])`, longest part first, finds through matchesNotAfter. The parts are
 * plain words, so they are looked for with indexOf: a pattern of them would be a new one for
 * almost every article (its set of leaders), compiled for that article alone (~4 % of extraction).
 */
function partsIn(text: string, parts: string[]): { index: number; part: string }[] {
  const found: { index: number; part: string }[] = [];
  for (const part of parts) {
    for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) {
      const end = at + part.length;
      if (end < text.length && WORD_GOES_ON.test(String.fromCodePoint(text.codePointAt(end)!))) continue;
      found.push({ index: at, part });
    }
  }
  found.sort((a, b) => a.index - b.index || b.part.length - a.part.length);
  const out: { index: number; part: string }[] = [];
  let from = 0;
  for (const f of found) {
    if (f.index < from) continue;
    if (f.index > 0 && PART_OF_A_WORD.test(codePointBefore(text, f.index))) {
      from = f.index + 1;
      continue;
    }
    out.push(f);
    from = f.index + f.part.length;
  }
  return out;
}

/**
 * References by a short name in the body, after the leader's first full reference: a part of one
 * named leader's names that no other leader the article names shares, standing alone (no other
 * capitalised name word right before or after it) and not already inside a reference.
 */
export function shortNameRefs(index: LeaderIndex, body: { text: string; start: number }[], refs: LeaderRef[]): LeaderRef[] {
  const firstAt = new Map<string, number>();
  for (const r of refs) if (!firstAt.has(r.leaderId)) firstAt.set(r.leaderId, r.start);
  const owners = new Map<string, Set<string>>();
  for (const id of firstAt.keys()) for (const part of partsFor(index, id)) owners.set(part, (owners.get(part) ?? new Set()).add(id));
  const own = [...owners].filter(([, ids]) => ids.size === 1);
  if (!own.length) return [];
  const ownerOf = new Map(own.map(([part, ids]) => [part, [...ids][0]]));
  const parts = own.map(([part]) => part);
  const out: LeaderRef[] = [];
  // Refs and matches both run in text order: one cursor says whether a match lies inside a reference
  // already found, so a long article costs one pass (not a scan of every reference per match).
  let next = 0;
  for (const { text, start } of body) {
    for (const m of partsIn(text, parts)) {
      const id = ownerOf.get(m.part)!;
      const from = start + m.index;
      const to = from + m.part.length;
      while (next < refs.length && refs[next].end <= from) next++;
      if (from < firstAt.get(id)! || (next < refs.length && refs[next].start < to)) continue;
      // "Sadiq Khan", "Kim Yo Jong": another capitalised name word beside it makes it someone else's name.
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (/\p{Lu}[\p{L}\p{M}'’.-]*\s+$/u.test(before) && !BEFORE_A_SHORT_NAME.test(before)) continue;
      // "Sheikh Mohammed bin Rashid": a particle and a name after it make it another person's longer name too.
      if (/^\s+(?:(?:bin|bint|ibn|al|el)[\s-]+)?\p{Lu}/u.test(text.slice(m.index + m.part.length, m.index + m.part.length + 8))) continue;
      out.push({ leaderId: id, start: from, end: to, text: m.part });
    }
  }
  return out;
}
