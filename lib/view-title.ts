/**
 * What a view of the timeline is about, in words: its page title, share card and embed heading
 * say what was searched and whose contacts these are, from the filters (so a view with no
 * matches is still named for what was asked, never for events it does not show).
 */
import { cachedJson } from "./cache";
import { dataVersion } from "./data-version";
import { countEvents, listPairs } from "./events";
import { filtersToQuery, type Filters } from "./filters";
import { joinNames } from "./format";
import { leaderName } from "./home";

export interface ViewNames {
  /** The ?leader= filter's name, when the catalogue knows it. */
  leader?: string | null;
  /** The ?pair= filter's names ("Vladimir Putin and Bashar al-Assad"), when any event has that pair. */
  pair?: string | null;
}

/** Whose contacts: "Vladimir Putin and Bashar al-Assad", "Vladimir Putin's contacts", or null for everyone's. */
export function whose(names: ViewNames): string | null {
  if (names.pair) return `Contacts between ${names.pair}`;
  if (names.leader) return `${names.leader}'s contacts`;
  return null;
}

/** The title of a view: "“ceasefire”", "“ceasefire” in Vladimir Putin's contacts", "Vladimir Putin's contacts", or null. */
export function viewTitle(f: Filters, names: ViewNames): string | null {
  const who = whose(names);
  if (!f.q) return who;
  if (names.pair) return `“${f.q}” in contacts between ${names.pair}`;
  return who ? `“${f.q}” in ${who}` : `“${f.q}”`;
}

/** One sentence for a view's share card and search engines. */
export function viewDescription(f: Filters, names: ViewNames, total: number): string {
  const n = `${total.toLocaleString("en-GB")} ${total === 1 ? "contact" : "contacts"}`;
  const of = names.pair ? ` between ${names.pair}` : names.leader ? ` of ${names.leader}` : " between leaders";
  if (f.q) return `${n}${of} whose sources mention “${f.q}”: meetings, phone and video calls, each linked to the sentences that prove it.`;
  return `${n}${of}: meetings, phone and video calls, each linked to the sentences in its sources that prove it.`;
}

/** The names a view's filters call for, from the catalogue and the stored events (cached per data version). */
export async function viewNames(f: Filters): Promise<ViewNames> {
  const version = await dataVersion();
  const [leader, pair] = await Promise.all([
    f.leader ? cachedJson(version, `leader:${f.leader}`, () => leaderName(f.leader!)) : null,
    f.pair ? cachedJson(version, `pair-names:${f.pair}`, async () => (await listPairs(1, { pair: f.pair }))[0]?.names ?? null) : null,
  ]);
  return { leader, pair: pair?.length ? joinNames(pair) : null };
}

/** Title, description and count of a view, for its metadata. */
export async function viewMeta(f: Filters): Promise<{ title: string | null; description: string }> {
  const version = await dataVersion();
  const [names, total] = await Promise.all([viewNames(f), cachedJson(version, `count${filtersToQuery(f)}`, () => countEvents(f))]);
  return { title: viewTitle(f, names), description: viewDescription(f, names, total) };
}
