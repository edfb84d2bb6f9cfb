/**
 * Leaders stage: the catalogue (data/leaders.json + data/countries.json) and the finder that
 * turns names, aliases and role phrases ("his Kenyan counterpart", "the Brazilian President") into
 * leader ids, resolving roles by who held them on the article's date. No leader lives in code.
 */
import { OFFICE_WORDS, OFFICES, officialAlternation } from "./offices";
import { codePointBefore, matchesNotAfter } from "./matches";

export interface Role {
  title: string;
  country: string;
  from: string;
  to: string | null;
}
export interface Leader {
  id: string;
  name: string;
  /** The name in slugs and pair keys when it is not the id's last word ("xi", "bin-salman"). */
  short?: string;
  aliases: string[];
  /** The pronoun the leader's news uses ("he" unless the catalogue says "she"): "she" never stands for a leader called "he". */
  pronoun?: "he" | "she";
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
  /** "Republic", "Islamic Republic": forms of state that may come between "of the" and a country's name (data/countries.json). */
  stateForms?: string[];
  /** Government press offices, by site and publisher name: whose own page a readout is (data/press-offices.json). */
  pressOffices?: PressOffice[];
}
export interface PressOffice {
  /** The office whose holder speaks through the site (a catalogue role title) and its country. */
  title: string;
  country: string;
  /** Hosts, or host and path prefixes, lower case: "whitehouse.gov", "gov.br/planalto". */
  sites: string[];
  /** Lower-case words a publisher's name contains when it is this office. */
  publishers: string[];
}

export interface LeaderRef {
  leaderId: string;
  start: number;
  end: number;
  text: string;
  /** For a leader read from outside the sentence (a pronoun's antecedent, text ""): the rule that read it, for the precision gate. */
  via?: string;
}

const DEPUTY_BEFORE = /\b(?:vice|deputy)[\s-]?$/i;

/** Which title counts as "the leader" of a country when a text only says "the Indonesian leader": the offices' rank. */
const LEADER_RANK = OFFICES.map((o) => o.title);
const GENERIC = ["leader", "counterpart", "head of state", "strongman"];
const TITLE_OF_WORD = new Map(OFFICE_WORDS.map((o) => [o.word, o.title] as const));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const L = "\\p{L}";
/** A letter: a title, epithet or capital found right after one is part of a longer word (checked by matchesNotAfter, not by a lookbehind). */
const LETTER = /^\p{L}$/iu;

/** Names of days and months: capitalised words that are never a person's name (one list for every name reader). */
export const CALENDAR_WORDS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December";

/** The first word of every office word, capitalised ("Prime", "Crown", "General"): a title's start, never a name's. */
const OFFICE_FIRST_WORDS = [...new Set(OFFICE_WORDS.map((o) => o.word.split(" ")[0]))].map((w) => w[0].toUpperCase() + w.slice(1)).join("|");

/**
 * Capitalised words after a role that are not a person's name: days, months, words that open a
 * clause or a title, agencies, and any acronym (a wire's initials credit a report, not a person).
 */
const NOT_A_NAME = new RegExp(`^(?:${CALENDAR_WORDS}|The|A|An|And|But|On|In|At|For|Of|To|With|His|Her|Their|He|She|It|They|Mr|Mrs|Ms|Dr|Sheikh|Prince|${OFFICE_FIRST_WORDS}|Xinhua|Reuters|\\p{Lu}{2,})\\.?$`, "u");

/**
 * Phrases (names, places, countries) looked up by their first word: one scan of the capitalised
 * words of a text finds them far faster than an alternation of every phrase. A phrase may start
 * with a lowercase particle ("el-Sisi", "bin Salman"); the longest phrase at a word wins.
 */
class PhraseTable<T> {
  private byFirstWord = new Map<string, { phrase: string; value: T }[]>();
  /**
   * The first two code units of every first word (one of one letter: its only unit, in `singles`):
   * most capitalised words of a text start no phrase, and two character codes tell so without
   * cutting the word out and looking it up up to three times. Every word `scan` looks up (the word,
   * without its possessive, before its hyphen) starts where the word does, so it shares them.
   */
  private heads = new Set<number>();
  private singles = new Set<number>();

  add(phrase: string, value: T): void {
    const first = phrase.split(" ")[0];
    if (first.length === 1) this.singles.add(first.charCodeAt(0));
    else this.heads.add(headOf(first, 0));
    const list = this.byFirstWord.get(first) ?? [];
    list.push({ phrase, value });
    list.sort((a, b) => b.phrase.length - a.phrase.length);
    this.byFirstWord.set(first, list);
  }

  /**
   * The phrases in `text`, in order. Capitalised words are found without the particle ("bin",
   * "al-") a phrase may open with, and the particle is then looked for just before the word: a
   * pattern opening with an optional lookbehind is tried at every position of the text, while one
   * opening with a capital letter lets V8 skip to the next one. The particle is taken where the
   * pattern `(?:(?<![\p{L}-])(?:al|el|bin|ibn)[- ])?\p{Lu}…` would have taken it: not before where
   * the search resumed, and not after a letter or a hyphen. An array, not a generator: every
   * caller reads them all, and a generator's steps cost more than the scan.
   */
  scan(text: string): { value: T; start: number; end: number }[] {
    const out: { value: T; start: number; end: number }[] = [];
    const word = CAPITALISED;
    word.lastIndex = 0;
    for (let from = 0, m = word.exec(text); m; from = word.lastIndex, m = word.exec(text)) {
      const at = particleStart(text, m.index, from);
      const start = at < 0 ? m.index : at;
      if (!this.heads.has(headOf(text, start)) && !this.singles.has(text.charCodeAt(start))) continue;
      // "bin Salman": the particle is the phrase's first word; "al-Sisi" is one word.
      const first = at < 0 || text.charCodeAt(m.index - 1) === 45 ? text.slice(start, word.lastIndex) : text.slice(start, m.index - 1);
      // "Lula's", "Xi.": the possessive or a full stop is not part of the phrase; in "the
      // Lula-Scholz talks" each name stands on its own.
      const bare = withoutPossessive(first);
      const candidates =
        this.byFirstWord.get(first) ??
        (bare !== first ? this.byFirstWord.get(bare) : undefined) ??
        (first.includes("-") ? this.byFirstWord.get(first.slice(0, first.indexOf("-"))) : undefined);
      if (!candidates) continue;
      for (const { phrase, value } of candidates) {
        if (!text.startsWith(phrase, start) || /\p{L}/u.test(text.charAt(start + phrase.length))) continue;
        out.push({ value, start, end: start + phrase.length });
        word.lastIndex = start + phrase.length;
        break;
      }
    }
    word.lastIndex = 0;
    return out;
  }
}

/** The code units at `at` and after it, as one number (PhraseTable's first-word test). */
const headOf = (text: string, at: number) => (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);

/** A capitalised word, the start of any phrase of a PhraseTable (after its particle, if any). */
const CAPITALISED = /\p{Lu}[\p{L}\p{M}.'’-]*/gu;
/** Particles a phrase may open with, before a hyphen or a space: "al-", "el-", "bin ", "ibn ". */
export const PARTICLES = ["al", "el", "bin", "ibn"];
const LETTER_OR_HYPHEN = /^[\p{L}-]$/u;

/**
 * A word without a possessive or the stops and quotes after it ("Lula's" → "Lula", "Xi.’" → "Xi"),
 * as `word.replace(/[.'’]+$|['’]s$/u, "")` gives it, without a search: the phrase table is asked
 * about every capitalised word, and most end in none of these (a plural's "s" keeps its word).
 */
export function withoutPossessive(word: string): string {
  let end = word.length;
  const last = word.charCodeAt(end - 1);
  if (last === 115) {
    const before = word.charCodeAt(end - 2);
    return before === 39 || before === 0x2019 ? word.slice(0, end - 2) : word;
  }
  while (end > 0 && isStopOrQuote(word.charCodeAt(end - 1))) end--;
  return end === word.length ? word : word.slice(0, end);
}
const isStopOrQuote = (c: number) => c === 46 || c === 39 || c === 0x2019;

/** Where a particle joined to the capitalised word at `word` starts, if one does at or after `from`; else -1. */
function particleStart(text: string, word: number, from: number): number {
  const glue = text.charCodeAt(word - 1);
  if (glue !== 45 && glue !== 32) return -1;
  for (const p of PARTICLES) {
    const at = word - 1 - p.length;
    if (at < from || !text.startsWith(p, at)) continue;
    // The lookbehind read the whole character before the particle, a surrogate pair included.
    if (at > 0 && LETTER_OR_HYPHEN.test(codePointBefore(text, at))) continue;
    return at;
  }
  return -1;
}

/**
 * "the Foreign Ministers Abbas A. and Fuad H.", "Special Envoy Kim": a one-word alias right after
 * the title of an office that is no leader's is that official's name, not the leader's (a prime
 * minister and a general secretary are leaders).
 */
const OFFICIAL_TITLE_BEFORE = new RegExp(`(?:${officialAlternation(true)})s?\\s+$`, "u");
/**
 * An official (a foreign minister, an envoy: no leader's office) as the possessor of the words
 * right before a country's "counterpart": "Foreign Minister X met his Kenyan counterpart", "… his
 * Kenyan and Peruvian counterparts".
 * The name and verb between stay within the clause (no comma, no full stop).
 */
const OFFICIALS_COUNTERPART = new RegExp(`(?:${officialAlternation(true)}|${officialAlternation()})s?\\b[^.;,!?]{0,60}?\\b(?:his|her|their)\\s+(?:\\p{L}+\\s+and\\s+)?$`, "u");

/**
 * Capitalised words that may stand right before a leader's one-word name without being a first
 * name: forms of address and honorifics, every word of an office ("Prime Minister Modi", "Supreme
 * Leader"), and words that open a sentence or a clause.
 */
const NOT_A_FIRST_NAME = new RegExp(
  `^(?:${[...new Set(OFFICE_WORDS.flatMap((o) => o.word.split(" ")))].map((w) => w[0].toUpperCase() + w.slice(1)).join("|")}|Leader|Minister|Secretary|Premier|Head|Mister|Madame|Monsieur|Herr|Frau|Señor|Senhor|Sir|Dame|Lord|Shri|Sri|Pak|Bapak|Ibu|Datuk|Dato|Seri|Tan|Tun|Ayatollah|Hojatoleslam|Comrade|Marshal|Field|General|Excellency|Majesty|Highness|Sheikha|Tsar|Team|Presidents|Leaders|Candidate|Nominee|Then|When|While|After|Before|Since|Until|As|If|Once|Though|Although|Because|Both|Neither|Either|Only|Also|Still|So|Now|Here|There|That|This|These|Those|Why|How|What|Where|Who|Yet|Later|Earlier|Yesterday|Today|Tonight|Meanwhile|However|Instead|Even|Like|Unlike|Last|Next|By|From|Under|Over|Upon|Against|Among|Between|Without|Within|Through|Despite|Amid|During|Following|Whether|Every|Each|Many|Most|Some|All|No|Not|Nor|Or|Did|Does|Do|Has|Had|Have|Was|Is|Will|Would|Could|Can|Should|Let|Photo|Video|Watch|Read|Live|Update|Updated|Opinion|Analysis|Exclusive|Breaking|Editorial|Former|Ex)$`,
  "u",
);
/** The capitalised words right before a one-word name ("… Sophie Grégoire Trudeau"); initials and possessives end it. */
const WORDS_BEFORE = /(?<![\p{L}\p{M}'’.-])((?:\p{Lu}[\p{Ll}\p{M}-]+\s){1,3})$/u;
/** A word of kinship or marriage just before a name: "his son", "the first lady", "his wife,". */
const KIN = /\b(?:first lady|wife|husband|spouse|son|daughter|brother|sister|father|mother|nephew|niece|grandson|granddaughter|cousin|widow|widower|uncle|aunt)\b[,\s]*$/iu;
/**
 * A capitalised word right after a one-word name, then a lower-case word or punctuation (not a
 * further capital: "Biden White House" is a phrase, not a person): group 1 the word.
 */
const FOLLOWING_SURNAME = /^ (\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]+)(?=[\s,;:.)]+(?:\p{Ll}|$)|[,;:.)]*$)/u;
/** Capitalised words that follow a leader's name without being a surname: institutions, suffixes, things named after them. */
const NOT_FOLLOWING_SURNAME = /^(?:Government|Administration|Cabinet|Doctrine|Tower|Towers|Organization|Foundation|Jr|Sr|Junior|Senior|Era|Camp|Campaign|Team|Party|Labor|Labour|Regime|Ministry|Office|Palace|Center|Centre|Library|Plan|Policy|Summit|Visit|Meeting|Talks|Call|Said|Says|Told|Met|Meets|Hails|Holds|Arrives|Visits|Calls)$/u;
/** A line in title case (a headline): there a capital before a name is no first name. */
const titleCased = (line: string) => {
  const words = line.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
};

/** Adds a reference unless an earlier one already covers part of its span. */
function addRef(refs: LeaderRef[], text: string, offset: number, id: string | null, start: number, end: number): void {
  if (id && !refs.some((r) => r.start < end && start < r.end)) refs.push({ leaderId: id, start, end, text: text.slice(start - offset, end - offset) });
}

/**
 * A catalogue name and the forms pages write it in: a hyphenated given name with its second part
 * capitalised ("Moon Jae-in" is written "Moon Jae-In"); a monarch's title and name with the regnal
 * number left out ("King Harald V" is written "King Harald", "His Majesty King Harald"), only with the
 * title before it (a bare "Harald" may be anyone). The names table matches case as written, so each
 * form is a name of its own, and an alias two leaders share names nobody.
 */
export function nameVariants(name: string): string[] {
  const forms = /-\p{Ll}/u.test(name) ? [name, name.replace(/-(\p{Ll})/gu, (_, c: string) => `-${c.toUpperCase()}`)] : [name];
  const regnal = REGNAL_NAME.exec(name);
  return regnal ? [...forms, `${regnal[1]}${regnal[2]}`] : forms;
}
/** A monarch's office word, a name, a regnal number, perhaps "of <country>": groups 1 (title and name) and 2 (the rest after the number). */
const REGNAL_NAME = new RegExp(`^((?:${OFFICES.filter((o) => o.headsState && o.title !== "President").flatMap((o) => o.names).map((n) => n[0].toUpperCase() + n.slice(1)).join("|")})\\s+\\p{Lu}[\\p{L}-]+)\\s+[IVX]+\\b(.*)$`, "u");

/** Whether a UTF-16 code unit is white space as the pattern `\s` reads it (ECMAScript's WhiteSpace and LineTerminator). */
function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where the last `max` words of `text` start (words are runs of what `\S` matches), the last
 * word's first: what `matchesOf(/\S+/g, text).slice(-max)` finds, read backwards from the end.
 */
export function lastWordStarts(text: string, max: number): number[] {
  const starts: number[] = [];
  let i = text.length;
  while (starts.length < max) {
    while (i > 0 && isSpaceUnit(text.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    while (i > 0 && !isSpaceUnit(text.charCodeAt(i - 1))) i--;
    starts.push(i);
  }
  return starts;
}

export class LeaderIndex {
  private byId = new Map<string, Leader>();
  /** Names and aliases → leader id ("" for an alias two leaders share). */
  private names = new PhraseTable<string>();
  private aliasOwner = new Map<string, string>();
  /** Monarchs' names written without the regnal number ("King Abdullah"): `nameVariants`. */
  private withoutNumber = new Set<string>();
  /** Gazetteer places and country names in one table: one scan finds both (a place wins a tie). */
  private placePhrases = new PhraseTable<{ place: Place } | { country: Country }>();
  private officeCache = new Map<string, Map<string, boolean>>();
  private titleRe: RegExp;
  private epithetRe: RegExp | null;
  private capitalRe: RegExp;
  private countryByWord = new Map<string, Country>();
  /** " of the ", " of the Islamic Republic of ": what leads from a title to a country's name. */
  private ofCountryRe: RegExp;
  private countryByEpithet = new Map<string, Country>();
  readonly countries = new Map<string, Country>();
  /** Catalogue position of each leader: the stable order of participants everywhere. */
  readonly order = new Map<string, number>();
  private rolesByCountry = new Map<string, { id: string; role: Role }[]>();
  private holderCache = new Map<string, string | null>();

  constructor(readonly catalogue: Catalogue) {
    for (const c of catalogue.countries) {
      this.countries.set(c.code, c);
      for (const w of [c.name, ...c.aliases, ...c.adjectives]) this.countryByWord.set(w.toLowerCase(), c);
      for (const e of c.epithets) this.countryByEpithet.set(e.toLowerCase(), c);
    }
    const names: string[] = [];
    for (const [i, l] of catalogue.leaders.entries()) {
      this.order.set(l.id, i);
      for (const role of l.roles) {
        const list = this.rolesByCountry.get(role.country) ?? [];
        list.push({ id: l.id, role });
        this.rolesByCountry.set(role.country, list);
      }
      this.byId.set(l.id, l);
      // A monarch's name without its number ("King Abdullah") may be another kingdom's king of that name.
      for (const a of [l.name, ...l.aliases]) {
        const regnal = REGNAL_NAME.exec(a);
        if (regnal) this.withoutNumber.add(`${regnal[1]}${regnal[2]}`);
      }
      for (const n of [l.name, ...l.aliases].flatMap(nameVariants)) {
        // An alias shared by two leaders would be a guess: leave it out.
        if (this.aliasOwner.has(n) && this.aliasOwner.get(n) !== l.id) this.aliasOwner.set(n, "");
        else this.aliasOwner.set(n, l.id);
        names.push(n);
      }
    }
    for (const n of new Set(names)) this.names.add(n, this.aliasOwner.get(n)!);

    // A country's own long name ("Republic of Korea") is an alias in the data; a form of state is only a way to it.
    const forms = [...(catalogue.stateForms ?? [])].sort((a, b) => b.length - a.length).map(escape);
    this.ofCountryRe = new RegExp(`^\\s+of\\s+(?:the\\s+)?${forms.length ? `(?:(?:${forms.join("|")})\\s+of\\s+)?` : ""}`, "iu");
    const titles = [...TITLE_OF_WORD.keys(), ...GENERIC].sort((a, b) => b.length - a.length).join("|");
    // Titles are found first and their country looked up in the words around them: far cheaper
    // than one alternation of every country with every title.
    this.titleRe = new RegExp(`(${titles})(s)?(?![${L}])`, "giu");
    const epithets = catalogue.countries.flatMap((c) => c.epithets).map(escape);
    this.epithetRe = epithets.length ? new RegExp(`(${epithets.join("|")})(?![${L}])`, "giu") : null;
    for (const p of catalogue.places) this.placePhrases.add(p.name, { place: p });
    for (const c of catalogue.countries) for (const n of [c.name, ...c.aliases]) this.placePhrases.add(n, { country: c });
    const words = [...this.countryByWord.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
    this.capitalRe = new RegExp(`(?:the\\s+)?(${words})\\s+capital(?![${L}])`, "giu");
  }

  /**
   * The country named by the last words of `before` ("his Kenyan ", "Brazil's "), and where in
   * `before` those words start.
   */
  private countryEndingAt(before: string): { country: Country; at: number } | undefined {
    const trimmed = before.replace(/(?:['’]s?)?\s+(?:(?:new|then|former|late|own|acting|interim)\s+)?$/iu, "");
    // The starts of its last four words (runs of non-space), found from the end: asked for every
    // title in the text, so no match objects are made for the words before them.
    const starts = lastWordStarts(trimmed, 4);
    for (let n = starts.length; n >= 1; n--) {
      const at = starts[n - 1];
      const phrase = trimmed.slice(at).toLowerCase();
      const country = this.countryByWord.get(phrase.replace(/^the /, ""));
      if (country) return { country, at };
    }
    return undefined;
  }

  /** The country named by the first words of `after` (" of the Republic of Türkiye"), if any. */
  private countryAfterOf(after: string): { country: Country; length: number } | undefined {
    const m = this.ofCountryRe.exec(after);
    if (!m) return undefined;
    const words = after.slice(m[0].length).split(/(?=[\s,.;:!?)])/).slice(0, 4);
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join("");
      const c = this.countryByWord.get(phrase.trim().toLowerCase());
      if (c) return { country: c, length: m[0].length + phrase.length };
    }
    return undefined;
  }

  /**
   * Whether `after` (the text right after a role) opens with a personal name that is not the
   * leader `id`'s: capitalised words that are no catalogue name, weekday, month or country, and
   * share no word stem with the leader's names (spellings vary: "El-Sisi", "Lula da Silva").
   */
  private namesOther(after: string, id: string): boolean {
    const m = /^,?\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)/u.exec(after);
    if (!m) return false;
    const words = m[1].split(/\s+/);
    if (NOT_A_NAME.test(words[0]) || this.countryByWord.has(words[0].toLowerCase()) || this.namesIn(m[1]).length) return false;
    const leader = this.byId.get(id);
    const stems = new Set([leader?.name ?? "", ...(leader?.aliases ?? [])].flatMap((n) => n.toLowerCase().split(/[\s-]+/)).map((w) => w.slice(0, 4)));
    return !words.some((w) => stems.has(w.toLowerCase().replace(/^(?:al|el)-/, "").slice(0, 4)) || stems.has(w.toLowerCase().slice(0, 4)));
  }

  leader(id: string): Leader | undefined {
    return this.byId.get(id);
  }

  /** "lula", "xi", "bin-salman": how a leader appears in slugs and ?pair= keys. */
  shortName(id: string): string {
    return this.byId.get(id)?.short ?? id.split("-").pop()!;
  }

  /**
   * Did the leader hold any office of the catalogue during `period` (YYYY, YYYY-MM or YYYY-MM-DD)?
   * The catalogue's dates decide, with no grace: a president-elect's call or a former leader's
   * visit is no contact between leaders (measured: a grace of three months let such contacts
   * through on unseen news far more often than it kept a right one). A contact "between leaders"
   * dated years before one of them took office is another thing's date.
   */
  inOffice(id: string, period: string): boolean {
    // By leader, then period: no key string to build and hash for every contact checked.
    let periods = this.officeCache.get(id);
    if (!periods) this.officeCache.set(id, (periods = new Map()));
    let found = periods.get(period);
    if (found === undefined) {
      found = this.heldOffice(id, period);
      periods.set(period, found);
    }
    return found;
  }

  private heldOffice(id: string, period: string): boolean {
    const roles = this.byId.get(id)?.roles ?? [];
    const start = period.length === 4 ? `${period}-01-01` : period.length === 7 ? `${period}-01` : period;
    const end = period.length === 4 ? `${period}-12-31` : period.length === 7 ? `${period}-31` : period;
    return roles.some((r) => r.from <= end && (!r.to || r.to >= start));
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
   * holder the article names (`prefer`) is a safe answer: "the Brazilian President" in an undated
   * article about Lula is Lula, not whoever holds the office today.
   */
  holder(country: string, title: string | null, date: string | null, prefer?: Set<string>): string | null {
    const key = date === null ? null : `${country}|${title}|${date}`;
    if (key !== null && this.holderCache.has(key)) return this.holderCache.get(key)!;
    const held = (this.rolesByCountry.get(country) ?? [])
      .filter(({ id, role: r }) => (date === null ? prefer?.has(id) : r.from <= date && (!r.to || date < r.to)))
      .map(({ id, role }) => ({ id, title: role.title }));
    let found: string | null = null;
    if (title) found = held.find((h) => h.title === title)?.id ?? null;
    else if (held.length) found = held.sort((a, b) => LEADER_RANK.indexOf(a.title) - LEADER_RANK.indexOf(b.title))[0].id;
    if (key !== null) this.holderCache.set(key, found);
    return found;
  }

  country(word: string): Country | undefined {
    return this.countryByWord.get(word.toLowerCase());
  }

  /** Catalogue names in `text` (an alias two leaders share names nobody). */
  /** Leaders named outright in `text`, with where. */
  namesIn(text: string): { id: string; start: number; end: number }[] {
    const out: { id: string; start: number; end: number }[] = [];
    for (const n of this.names.scan(text)) if (n.value && !this.namedLike(text, n.start, n.end, n.value)) out.push({ id: n.value, start: n.start, end: n.end });
    return out;
  }

  /**
   * "his son Hunter Biden", "the first lady, Jill Biden", "… including Yuko Kishida": a relative or
   * a namesake named like the leader `id` is someone else. A one-word name after a capitalised word
   * that is none of the leader's names (spellings vary: stems are compared, as in namesOther), nor a
   * title, honorific, opening word, country or place: after a word of kinship, or in running prose
   * (a capital opening a sentence, a line or a headline may be anything).
   */
  private namedLike(text: string, start: number, end: number, id: string): boolean {
    if (text.slice(start, end).includes(" ")) return false;
    if (this.surnamedOther(text, start, end, id)) return true;
    const head = text.slice(Math.max(0, start - 80), start);
    const chain = WORDS_BEFORE.exec(head);
    if (!chain) return false;
    const words = chain[1].trim().split(/\s+/);
    const word = words[words.length - 1];
    // "President-elect", "Vice-President": a title with a hyphenated ending is still the title.
    if (NOT_A_NAME.test(word) || NOT_A_FIRST_NAME.test(word) || NOT_A_FIRST_NAME.test(word.split("-")[0]) || this.countryByWord.has(word.toLowerCase()) || this.names.scan(word).length || this.placePhrases.scan(word).length) return false;
    const leader = this.byId.get(id);
    const stems = new Set([leader?.name ?? "", ...(leader?.aliases ?? [])].flatMap((n) => n.toLowerCase().split(/[\s-]+/)).map((w) => w.slice(0, 4)));
    if (words.some((w) => stems.has(w.toLowerCase().slice(0, 4)))) return false;
    const lead = head.slice(0, head.length - chain[1].length);
    if (KIN.test(`${lead}${words.slice(0, -1).join(" ")} `.replace(/\s+$/, " ").slice(-60).trimEnd())) return true;
    // Only in running prose: a capital after a full stop, a quotation mark or a line break may open a sentence or a menu item.
    if (!/(?:\p{Ll}|,)\s+$/u.test(lead)) return false;
    const lineStart = text.lastIndexOf("\n", start) + 1;
    const lineEnd = text.indexOf("\n", end);
    return !titleCased(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
  }


  /**
   * A monarch's name written without its number ("King Abdullah") is the catalogue's king only
   * while he reigned, and only when no other country is named for him ("Saudi Arabia's King
   * Abdullah", "King Abdullah of Saudi Arabia"): other kingdoms had kings of the same name.
   */
  private sameMonarch(text: string, start: number, end: number, id: string, date: string | null): boolean {
    if (date && /^\d{4}(?:-\d\d){0,2}$/.test(date) && !this.inOffice(id, date)) return false;
    const own = this.countryOf(id, date);
    const before = text.slice(Math.max(0, start - 48), start);
    const pre = /\s$/.test(before) ? this.countryEndingAt(before) : undefined;
    if (pre && pre.country.code !== own) return false;
    const post = this.countryAfterOf(text.slice(end, end + 60));
    return !post || post.country.code === own;
  }

  /**
   * "the foreign minister's deputy Abbas Karimi", "her aide Kim Soo-hyun": a one-word name followed
   * by a capitalised word that is none of the leader's names is a namesake's given name and that
   * person's surname. Only when the word after it looks like a surname (no title, opening word,
   * country, place or catalogue name), is followed by no capital of its own ("Abbas Tower Road") and
   * stands in running prose; a headline's capitals may be anything.
   */
  private surnamedOther(text: string, start: number, end: number, id: string): boolean {
    // "the Lula-Xi Goa summit": a name joined to another by a hyphen is one of a pair, and the capital after it the place.
    if (text.charCodeAt(end) !== 32 || text.charCodeAt(start - 1) === 45) return false;
    const m = FOLLOWING_SURNAME.exec(text.slice(end, end + 40));
    if (!m) return false;
    const word = m[1];
    if (NOT_A_NAME.test(word) || NOT_A_FIRST_NAME.test(word) || NOT_FOLLOWING_SURNAME.test(word) || this.countryByWord.has(word.toLowerCase()) || this.names.scan(word).length || this.placePhrases.scan(word).length) return false;
    const leader = this.byId.get(id);
    const stems = new Set([leader?.name ?? "", ...(leader?.aliases ?? [])].flatMap((n) => n.toLowerCase().split(/[\s-]+/)).map((w) => w.slice(0, 4)));
    if (stems.has(word.toLowerCase().slice(0, 4))) return false;
    const lineStart = text.lastIndexOf("\n", start) + 1;
    const lineEnd = text.indexOf("\n", end);
    return !titleCased(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
  }

  /** Leaders named outright (not by role) in `text`. */
  named(text: string): Set<string> {
    return new Set(this.namesIn(text).map((n) => n.id));
  }

  /** Every reference to a catalogue leader in `text`, by name or by role, in order. */
  find(text: string, offset: number, date: string | null, prefer?: Set<string>): LeaderRef[] {
    const refs: LeaderRef[] = [];
    for (const n of this.namesIn(text)) {
      const name = text.slice(n.start, n.end);
      if (!name.includes(" ") && OFFICIAL_TITLE_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))) continue;
      if (this.withoutNumber.has(name) && !this.sameMonarch(text, n.start, n.end, n.id, date)) continue;
      refs.push({ leaderId: n.id, start: offset + n.start, end: offset + n.end, text: name });
    }
    for (const m of matchesNotAfter(this.titleRe, LETTER, text)) {
      const titleWord = m[1].toLowerCase();
      if (titleWord === "pm" && m[1] !== "PM") continue;
      const plural = m[2] !== undefined;
      const title = TITLE_OF_WORD.get(titleWord) ?? null;
      const before = text.slice(Math.max(0, m.index - 48), m.index);
      // "the Vice-President of Kenya", "Deputy Prime Minister": a deputy's office is not the leader's.
      if (DEPUTY_BEFORE.test(before)) continue;
      const pre = /\s$/.test(before) ? this.countryEndingAt(before) : undefined;
      const base = offset + m.index - before.length;
      // "South American leaders", "the Gulf presidents": a plural title of one country is a group, not its leader.
      if (pre && plural && !/\s+and\s+$/i.test(before.slice(0, pre.at))) continue;
      if (pre) {
        // "Foreign Minister X met his Kenyan counterpart": an official's counterpart holds that official's post, not the leader's.
        if (titleWord.startsWith("counterpart") && OFFICIALS_COUNTERPART.test(text.slice(Math.max(0, base + pre.at - offset - 100), base + pre.at - offset))) continue;
        const holder = this.holder(pre.country.code, title, date, prefer);
        // "his Indian counterpart Subrahmanyam Jaishankar", "then Australian prime minister Scott Morrison":
        // a role followed by someone else's name is that person, not the office's holder.
        if (holder && this.namesOther(text.slice(m.index + m[0].length, m.index + m[0].length + 60), holder)) continue;
        // The span runs from the country word to the title ("Kenyan President", "Brazil's leader").
        addRef(refs, text, offset, holder, base + pre.at, offset + m.index + m[0].length);
        // "the Indonesian and Kenyan presidents": the first country has its own span.
        const and = plural ? /\s+and\s+$/i.exec(before.slice(0, pre.at)) : null;
        const first = and ? this.countryEndingAt(`${before.slice(0, and.index)} `) : undefined;
        if (and && first) addRef(refs, text, offset, this.holder(first.country.code, title, date, prefer), base + first.at, base + and.index);
        continue;
      }
      const afterTitle = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const post = this.countryAfterOf(afterTitle);
      if (!post) continue;
      const end = offset + m.index + m[0].length + post.length;
      addRef(refs, text, offset, this.holder(post.country.code, title, date, prefer), offset + m.index, end);
      // "the leaders of Indonesia and Kenya", "the leaders of the United States, Chile, India and
      // Australia": each further country follows a comma or "and".
      if (!plural) continue;
      const tail = text.slice(end - offset, end - offset + 160);
      for (let at = 0; ; ) {
        const glue = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?/i.exec(tail.slice(at));
        // Read as " of <rest>" so the same country reader applies; its span drops those four characters.
        const other = glue ? this.countryAfterOf(` of ${tail.slice(at + glue[0].length)}`) : undefined;
        if (!glue || !other) break;
        const from = end + at + glue[0].length;
        addRef(refs, text, offset, this.holder(other.country.code, title, date, prefer), from, from + other.length - 4);
        at += glue[0].length + other.length - 4;
      }
    }
    if (this.epithetRe) {
      for (const m of matchesNotAfter(this.epithetRe, LETTER, text)) {
        const c = this.countryByEpithet.get(m[1].toLowerCase());
        addRef(refs, text, offset, c ? this.holder(c.code, null, date, prefer) : null, offset + m.index, offset + m.index + m[0].length);
      }
    }
    // "Brazilian President Luiz Inácio Lula da Silva" is one reference, not two.
    const merged: LeaderRef[] = [];
    for (const r of refs.sort((a, b) => a.start - b.start)) {
      const last = merged[merged.length - 1];
      if (last && last.leaderId === r.leaderId && /^[\s,]*$/.test(text.slice(last.end - offset, r.start - offset))) {
        merged[merged.length - 1] = { ...last, end: r.end, text: text.slice(last.start - offset, r.end - offset) };
      } else merged.push(r);
    }
    return merged;
  }

  /** Places of the gazetteer, countries, and "the Indonesian capital", in order. */
  findPlaces(text: string, offset: number): { name: string; country: string; start: number; end: number }[] {
    const out: { name: string; country: string; start: number; end: number }[] = [];
    const countries: { country: Country; start: number; end: number }[] = [];
    for (const { value, start, end } of this.placePhrases.scan(text)) {
      if ("country" in value) {
        countries.push({ country: value.country, start, end });
        continue;
      }
      const p = value.place;
      out.push({ name: `${p.city ?? p.name}, ${this.countries.get(p.country)!.name}`, country: p.country, start: offset + start, end: offset + end });
    }
    for (const m of /capital/i.test(text) ? matchesNotAfter(this.capitalRe, LETTER, text) : []) {
      const c = this.country(m[1]);
      if (c) out.push({ name: `${c.capital}, ${c.name}`, country: c.code, start: offset + m.index, end: offset + m.index + m[0].length });
    }
    // Countries after "the Indonesian capital", which may contain one.
    for (const { country: c, start: at, end } of countries) {
      const start = offset + at;
      if (!out.some((o) => o.start <= start && start < o.end)) out.push({ name: c.name, country: c.code, start, end: offset + end });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}
