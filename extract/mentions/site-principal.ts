/**
 * Whose own page an article is: a government press office's readout names its principal only by
 * office ("The President held a telephone conversation with …"), and only the site says whose
 * office that is. The site is read from the URL's host (and path) or the publisher's name, against
 * the table of press offices in data/press-offices.json; the principal is whoever held that office
 * on the article's date. A page of any other publisher (a wire, a paper, a foreign ministry) has
 * none: its "the President" may be anyone's.
 */
import type { Catalogue, PressOffice } from "../leaders";

/** The press office whose own site a page is, by its URL first, else by its publisher's name. */
export function pressOfficeOf(offices: readonly PressOffice[], url: string | null, publisher: string | null): PressOffice | null {
  const page = hostAndPath(url);
  if (page) {
    const bySite = offices.find((o) => o.sites.some((s) => onSite(page, s)));
    if (bySite) return bySite;
  }
  if (!publisher) return null;
  const name = publisher.toLowerCase();
  return offices.find((o) => o.publishers.some((p) => containsWords(name, p))) ?? null;
}

/**
 * A page without metadata names its site in its masthead: the suffix of its HTML title ("… •
 * The White House"), a logo's line, a "From: Prime Minister's Office, 10 Downing Street". A
 * short piece of the furniture above the body (split at "|", "•", ">", dashes) that begins with
 * an office's publisher name is that office's; the headline and anything longer than a name (a
 * wire's "Call with the President of …") is not.
 */
export function mastheadOffice(offices: readonly PressOffice[], furniture: string, headline: string | null): PressOffice | null {
  // A title may carry the site's name after it ("Call with X • The White House"): only its first piece is the headline.
  const title = headline ? piecesOf(headline)[0]?.replace(/[…\s]+$/u, "") : undefined;
  // "<[^<>]*>": a stray "<" is no tag, and "<[^>]*>" would read from each of a million of them to the end of the page.
  const pieces = piecesOf(furniture.replace(/<[^<>]*>/g, "\n")).filter((p) => p.split(/\s+/).length <= 8 && !(title && (title.includes(p) || p.includes(title))));
  for (const piece of pieces) {
    const office = offices.find((o) => o.publishers.some((name) => startsWithWords(piece, name.replace(/^the\s+/, ""))));
    if (office) return office;
  }
  return null;
}

function piecesOf(text: string): string[] {
  return text
    .split(/\n|\s[|•·>»—–-]\s|\s*[|•·»]\s*/u)
    .flatMap(fromLineParts)
    .map((p) => p.trim().toLowerCase().replace(/^(?:from:\s*|official website of\s+)?(?:the\s+)?/u, ""))
    .filter(Boolean);
}

/**
 * A "From:" line joins its publishers with "and" ("From: Prime Minister's Office, 10 Downing Street
 * and The Rt Hon …"): each is a piece of its own, short enough to be a name. Only there: an office's
 * own name may hold an "and" ("Press and Information Office of …").
 */
function fromLineParts(piece: string): string[] {
  return /^\s*from:/iu.test(piece) ? piece.split(/\s+and\s+/u) : [piece];
}

/** The leader whose press office the page is, holding its office on `ref`: one holder or nobody. */
export function sitePrincipal(catalogue: Catalogue, url: string | null, publisher: string | null, ref: string | null, furniture = "", headline: string | null = null): string | null {
  if (!ref) return null;
  const offices = catalogue.pressOffices ?? [];
  const office = url || publisher ? pressOfficeOf(offices, url, publisher) : mastheadOffice(offices, furniture, headline);
  if (!office) return null;
  const holders = catalogue.leaders.filter((l) => l.roles.some((r) => r.title === office.title && r.country === office.country && r.from <= ref && (!r.to || ref < r.to)));
  return holders.length === 1 ? holders[0].id : null;
}

function hostAndPath(url: string | null): { host: string; path: string } | null {
  if (!url) return null;
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`);
    return { host: u.hostname.toLowerCase(), path: u.pathname.toLowerCase() };
  } catch {
    return null;
  }
}

/** "en.elysee.fr" is on "elysee.fr"; "gov.br/planalto/en/…" on "gov.br/planalto"; "notelysee.fr" is not. */
function onSite(page: { host: string; path: string }, site: string): boolean {
  const slash = site.indexOf("/");
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? "" : site.slice(slash);
  if (page.host !== host && !page.host.endsWith(`.${host}`)) return false;
  return !path || page.path === path || page.path.startsWith(`${path}/`);
}

function startsWithWords(text: string, phrase: string): boolean {
  return text.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(text[phrase.length] ?? "");
}

/** `phrase` in `text` as whole words ("élysée" in "élysée palace – press office", not in "élyséeword"). */
function containsWords(text: string, phrase: string): boolean {
  let at = text.indexOf(phrase);
  while (at >= 0) {
    const before = at === 0 ? "" : text[at - 1];
    const after = text[at + phrase.length] ?? "";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}
