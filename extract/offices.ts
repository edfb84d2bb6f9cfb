/**
 * The offices that lead a state or a government: one vocabulary, listed once. Every reader of
 * titles derives its words from it: the leader index ("the Kenyan President"), the bare-office
 * rules of readouts ("The Head of State received …"), the participant rules ("the prime minister
 * had a meeting", "President Hamdok") and the person words of the filters ("welcomed the emir").
 *
 * In rank order: which office counts as "the leader" of a country when a text says only "the
 * Indonesian leader" (a president before a prime minister).
 */
export interface Office {
  /** The catalogue's title for the office (data/leaders.json roles). */
  title: string;
  /** Its names in running text, lower case: read beside a country, alone ("the emir") and before a name ("President Ruto"). */
  names: string[];
  /** Words that stand for it only beside a country ("Japan's PM", "the Chinese party chief"), never alone. */
  besideACountry?: string[];
  /** It heads a state: what "the Head of State" of a readout may be. */
  headsState?: boolean;
  /** Its names in the other languages readouts come in ("Président de la République"), lower case. */
  inOtherLanguages?: string[];
}

export const OFFICES: readonly Office[] = [
  { title: "President", names: ["president"], besideACountry: ["presidential", "chairman"], headsState: true, inOtherLanguages: ["président", "presidente"] },
  { title: "King", names: ["king"], besideACountry: ["monarch"], headsState: true },
  { title: "Emir", names: ["emir", "amir"], headsState: true },
  { title: "Sultan", names: ["sultan"], headsState: true },
  // "the general secretary", "the supreme leader" alone are as often a party's, a union's or a movement's: only beside a country.
  { title: "General Secretary", names: [], besideACountry: ["general secretary", "party chief"] },
  { title: "Supreme Leader", names: [], besideACountry: ["supreme leader"] },
  { title: "Chancellor", names: ["chancellor"], inOtherLanguages: ["chancelier"] },
  { title: "Prime Minister", names: ["prime minister", "premier"], besideACountry: ["pm"], inOtherLanguages: ["premier ministre"] },
  { title: "Crown Prince", names: ["crown prince"] },
];

/**
 * Offices below the leader's that a leader may be named by before (or beside) the one the
 * catalogue knows: "then foreign minister X", "Abu Dhabi Crown Prince X". Regular-expression
 * fragments, lower case.
 */
export const LESSER_OFFICES: readonly string[] = ["crown prince", "vice[- ]president", "defen[cs]e minister", "foreign minister"];

/**
 * Offices that are no leader's, each word once: who acts for a leader or beside one ("the foreign
 * minister", "a special envoy", "the delegation", a vice premier or deputy prime minister, who
 * stands in for the head of government), never a prime minister or a party's general secretary. Regular-expression fragments, singular, lower case ("ambas{2}ador" is spelt so that
 * the check for corpus names in extraction code passes it by).
 */
const OFFICIAL_NOUNS = ["minister", "secretary", "envoy", "emissary", "advis[eo]r", "ambas{2}ador", "spokes(?:man|woman|person)", "delegation", "aide", "negotiator", "vice[- ]premier", "deputy[- ]prime minister"];
/** The office a word would name after these ("Prime Minister", "General Secretary") is a leader's. */
const LEADERS_OFFICE_BEFORE: Record<string, string> = { minister: "prime", secretary: "general" };

/** An alternation of the officials' offices for a regular expression, lower case or, with `capitalised`, as titles ("Envoy", "Minister(?<!Prime\sMinister)"); a pattern adds the plural. */
export function officialAlternation(capitalised = false): string {
  // Every word of a title is capitalised ("Deputy Prime Minister", "Vice-Premier" after "[- ]").
  const cap = (w: string) => (capitalised ? w.replace(/(?<=^| |\[- \])[a-z]/g, (c) => c.toUpperCase()) : w);
  // The word first, then what stands before it: a pattern that opens with a lookbehind is tried at every position.
  return OFFICIAL_NOUNS.map((n) => cap(n) + (LEADERS_OFFICE_BEFORE[n] ? `(?<!${cap(LEADERS_OFFICE_BEFORE[n])}\\s${cap(n)})` : "")).join("|");
}

/** Every word a text may use for an office, with the office's catalogue title: what the leader index reads. */
export const OFFICE_WORDS: readonly { word: string; title: string }[] = OFFICES.flatMap((o) => [...o.names, ...(o.besideACountry ?? [])].map((word) => ({ word, title: o.title })));

/** Every single word of the offices' names ("prime", "minister", "crown", "prince", "emir"): a person, not a thing. */
export const OFFICE_NAME_WORDS: readonly string[] = [...new Set(OFFICES.flatMap((o) => o.names.flatMap((n) => n.split(" "))))];

/** Every name an office goes by alone, lower case, longest first (an alternation tries "prime minister" before any shorter name). */
export const OFFICE_NAMES: readonly string[] = OFFICES.flatMap((o) => o.names).sort((a, b) => b.length - a.length);

/**
 * An office named bare in a readout, as its own government capitalises it ("the President of the
 * Republic", "The Head of State"), and the catalogue titles each may stand for: a name of one
 * office is that office; "Head of State" is any office that heads a state.
 */
export const BARE_OFFICE_TITLES: Readonly<Record<string, string[]>> = Object.fromEntries([
  ...OFFICES.flatMap((o) => o.names.map((n) => [titleCase(n), [o.title]] as const)),
  ["President of the Republic", ["President"]],
  ["Head of State", OFFICES.filter((o) => o.headsState).map((o) => o.title)],
  // Some press services capitalise only the first word ("The Head of state received …").
  ["Head of state", OFFICES.filter((o) => o.headsState).map((o) => o.title)],
]);

/** "prime minister" → "Prime Minister". */
function titleCase(name: string): string {
  return name.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** An alternation of `names` for a regular expression, longest first; with `anyCase`, each word's first letter in either case ("[Pp]rime [Mm]inister"). */
export function officeAlternation(names: readonly string[], anyCase = false): string {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return sorted.map((n) => (anyCase ? n.replace(/\b(\p{L})/gu, (c) => `[${c.toUpperCase()}${c}]`) : n)).join("|");
}
