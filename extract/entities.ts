/**
 * Character references as pages and feeds write them ("&middot;", "&#8217;", "&eacute;"), read as
 * the characters they stand for: one table for every reader of markup.
 */

/** Named references that are no accented letter: separators, spaces, quotes and dashes. */
export const ENTITIES: Record<string, string> = {
  middot: "·", bull: "•", vert: "|", nbsp: " ", ndash: "–", mdash: "—", amp: "&", thinsp: " ", ensp: " ", emsp: " ",
  quot: '"', apos: "'", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", laquo: "«", raquo: "»", lt: "<", gt: ">",
};
/** An accented letter's reference: "&eacute;" is "e" with the acute accent, composed. */
const ACCENTS: Record<string, string> = { acute: "\u0301", grave: "\u0300", circ: "\u0302", uml: "\u0308", tilde: "\u0303", cedil: "\u0327", ring: "\u030a", caron: "\u030c" };
const ACCENTED = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring|caron)$/i;

/** A character reference: decimal, hexadecimal or named. */
export const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi;

/** The character `whole` (one match of ENTITY) stands for, or null for a reference not known. */
export function entityChar(whole: string): string | null {
  const m = /^&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));$/i.exec(whole);
  if (!m) return null;
  const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : null;
  if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  const name = m[3];
  const plain = ENTITIES[name.toLowerCase()];
  if (plain) return plain;
  // Case tells the letter's case ("&Eacute;"), so the accent's name is matched as written.
  const accented = ACCENTED.exec(name);
  return accented && accented[2] === accented[2].toLowerCase() ? (accented[1] + ACCENTS[accented[2]]).normalize("NFC") : null;
}

/** `text` with its character references read. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole) => entityChar(whole) ?? whole);
}
