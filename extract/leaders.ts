/**
 * Leaders stage: the catalogue (data/leaders.json + data/countries.json) and the finder that
 * turns names, aliases and role phrases ("his Syrian counterpart", "the Kremlin chief") into
 * leader ids, resolving roles by who held them on the article's date. No leader lives in code.
 */
export interface Role {
  title: string;
  country: string;
  from: string;
  to: string | null;
}
export interface Leader {
  id: string;
  name: string;
  aliases: string[];
  roles: Role[];
}
export interface Country {
  code: string;
  name: string;
  aliases: string[];
  adjectives: string[];
  capital: string;
  epithets: string[];
}
export interface Place {
  name: string;
  city?: string;
  country: string;
}
export interface Catalogue {
  leaders: Leader[];
  countries: Country[];
  places: Place[];
}

export interface LeaderRef {
  leaderId: string;
  start: number;
  end: number;
  text: string;
  /** "the two leaders", "they": stands for the article's main pair. */
  collective?: false;
}

/** Which title counts as "the leader" of a country when a text only says "the Russian leader". */
const LEADER_RANK = ["President", "King", "Emir", "Supreme Leader", "Chancellor", "Prime Minister", "Crown Prince"];
const TITLE_WORDS: Record<string, string[]> = {
  President: ["president", "presidential"],
  "Prime Minister": ["prime minister", "premier", "pm"],
  Chancellor: ["chancellor"],
  King: ["king", "monarch"],
  Emir: ["emir", "amir"],
  "Supreme Leader": ["supreme leader"],
  "Crown Prince": ["crown prince"],
};
const GENERIC = ["leader", "counterpart", "head of state", "strongman"];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const L = "\\p{L}";

export class LeaderIndex {
  private byId = new Map<string, Leader>();
  private nameRe: RegExp;
  private aliasOwner = new Map<string, string>();
  private roleRe: RegExp;
  private countryByWord = new Map<string, Country>();
  private placeRe: RegExp;
  private placeByName = new Map<string, Place>();
  readonly countries = new Map<string, Country>();

  constructor(readonly catalogue: Catalogue) {
    for (const c of catalogue.countries) {
      this.countries.set(c.code, c);
      for (const w of [c.name, ...c.aliases, ...c.adjectives]) this.countryByWord.set(w.toLowerCase(), c);
    }
    const names: string[] = [];
    for (const l of catalogue.leaders) {
      this.byId.set(l.id, l);
      for (const n of [l.name, ...l.aliases]) {
        // An alias shared by two leaders would be a guess: leave it out.
        if (this.aliasOwner.has(n) && this.aliasOwner.get(n) !== l.id) this.aliasOwner.set(n, "");
        else this.aliasOwner.set(n, l.id);
        names.push(n);
      }
    }
    names.sort((a, b) => b.length - a.length);
    this.nameRe = new RegExp(`(?<![${L}-])(${names.map(escape).join("|")})(?![${L}])`, "gu");

    const countryWords = [...this.countryByWord.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
    const titles = [...Object.values(TITLE_WORDS).flat(), ...GENERIC].sort((a, b) => b.length - a.length).join("|");
    const epithets = catalogue.countries.flatMap((c) => c.epithets).map(escape);
    this.roleRe = new RegExp(
      [
        `(?<![${L}])(?:(${countryWords})(?:'s|’s)?\\s+(?:(?:new|then|former|late|own)\\s+)?(${titles}))(?![${L}])`,
        `(?<![${L}])(?:(${titles})\\s+of\\s+(?:the\\s+)?(?:(?:Islamic |People's |Arab |Federal |Syrian Arab )?Republic of\\s+)?(${countryWords}))(?![${L}])`,
        ...(epithets.length ? [`(?<![${L}])(${epithets.join("|")})(?![${L}])`] : []),
      ].join("|"),
      "giu",
    );
    const places = catalogue.places.map((p) => p.name).sort((a, b) => b.length - a.length);
    for (const p of catalogue.places) this.placeByName.set(p.name.toLowerCase(), p);
    this.placeRe = new RegExp(`(?<![${L}])(${places.map(escape).join("|")})(?![${L}])`, "giu");
  }

  leader(id: string): Leader | undefined {
    return this.byId.get(id);
  }

  /** The country a leader served on `date` (their first role otherwise). */
  countryOf(id: string, date: string | null): string | null {
    const l = this.byId.get(id);
    if (!l) return null;
    const active = date ? l.roles.find((r) => r.from <= date && (!r.to || date < r.to)) : undefined;
    return (active ?? l.roles[l.roles.length - 1])?.country ?? null;
  }

  /**
   * Who held `title` (or, for a generic word, led) `country` on `date`. Without a date, only a
   * holder the article names (`prefer`) is a safe answer: "the Syrian President" in an undated
   * article about Assad is Assad, not whoever holds the office today.
   */
  holder(country: string, title: string | null, date: string | null, prefer?: Set<string>): string | null {
    const held = this.catalogue.leaders.flatMap((l) =>
      l.roles
        .filter((r) => r.country === country && (date === null ? prefer?.has(l.id) : r.from <= date && (!r.to || date < r.to)))
        .map((r) => ({ id: l.id, title: r.title })),
    );
    if (!held.length) return null;
    if (title) return held.find((h) => h.title === title)?.id ?? null;
    held.sort((a, b) => LEADER_RANK.indexOf(a.title) - LEADER_RANK.indexOf(b.title));
    return held[0].id;
  }

  country(word: string): Country | undefined {
    return this.countryByWord.get(word.toLowerCase());
  }

  /** Leaders named outright (not by role) in `text`. */
  named(text: string): Set<string> {
    const ids = new Set<string>();
    for (const m of text.matchAll(this.nameRe)) {
      const id = this.aliasOwner.get(m[1]);
      if (id) ids.add(id);
    }
    return ids;
  }

  /** Every reference to a catalogue leader in `text`, by name or by role, in order. */
  find(text: string, offset: number, date: string | null, prefer?: Set<string>): LeaderRef[] {
    const refs: LeaderRef[] = [];
    for (const m of text.matchAll(this.nameRe)) {
      const id = this.aliasOwner.get(m[1]);
      if (id) refs.push({ leaderId: id, start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
    }
    for (const m of text.matchAll(this.roleRe)) {
      const countryWord = m[1] ?? m[4];
      const titleWord = (m[2] ?? m[3])?.toLowerCase();
      let id: string | null = null;
      if (m[5]) {
        const c = this.catalogue.countries.find((x) => x.epithets.some((e) => e.toLowerCase() === m[5].toLowerCase()));
        id = c ? this.holder(c.code, null, date, prefer) : null;
      } else {
        const country = this.country(countryWord);
        const title = Object.entries(TITLE_WORDS).find(([, words]) => words.includes(titleWord))?.[0] ?? null;
        id = country ? this.holder(country.code, title, date, prefer) : null;
      }
      const start = offset + m.index;
      const end = start + m[0].length;
      if (id && !refs.some((r) => r.start < end && start < r.end)) refs.push({ leaderId: id, start, end, text: m[0] });
    }
    return refs.sort((a, b) => a.start - b.start);
  }

  /** Places of the gazetteer, countries, and "the Russian capital", in order. */
  findPlaces(text: string, offset: number): { name: string; country: string; start: number; end: number }[] {
    const out: { name: string; country: string; start: number; end: number }[] = [];
    for (const m of text.matchAll(this.placeRe)) {
      const p = this.placeByName.get(m[1].toLowerCase())!;
      const country = this.countries.get(p.country)!;
      out.push({ name: `${p.city ?? p.name}, ${country.name}`, country: p.country, start: offset + m.index, end: offset + m.index + m[0].length });
    }
    const words = [...this.countryByWord.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
    const capital = new RegExp(`(?<![${L}])(?:the\\s+)?(${words})\\s+capital(?![${L}])`, "giu");
    for (const m of text.matchAll(capital)) {
      const c = this.country(m[1]);
      if (c) out.push({ name: `${c.capital}, ${c.name}`, country: c.code, start: offset + m.index, end: offset + m.index + m[0].length });
    }
    const countryRe = new RegExp(`(?<![${L}])(${[...this.countries.values()].flatMap((c) => [c.name, ...c.aliases]).map(escape).join("|")})(?![${L}])`, "gu");
    for (const m of text.matchAll(countryRe)) {
      const c = this.country(m[1])!;
      const start = offset + m.index;
      if (!out.some((o) => o.start <= start && start < o.end)) out.push({ name: c.name, country: c.code, start, end: start + m[0].length });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}
