/**
 * Every match of a global pattern in a text, as `text.matchAll(re)` finds them, for the hot paths
 * of extraction. matchAll copies its pattern on every call (the spec's species constructor), and
 * V8 parses the copy again: ~12 µs per call for the pattern of all cue words (measured), thirty
 * times what running it on a sentence costs, and a dense article calls it for every sentence.
 * This runs the pattern itself, so `re` must not be in use by the caller at the same time: the
 * matches are collected before anything else runs, and `lastIndex` is left at 0.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesOf: /${re.source}/${re.flags} needs the "g" flag`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step past it as matchAll does (by a
    // whole code point under the "u" flag).
    if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/**
 * `matchesOf` for a pattern that would open with the lookbehind `(?<![…])`: `re` is the pattern
 * without it, and a match is kept only where the character before it is not one `notAfter` (a
 * class anchored at both ends, `/^[…]$/u`) matches. V8 cannot skip ahead to a pattern's first
 * letters when it opens with a lookbehind, so it tries every position of the text: three to five
 * times slower over an article than checking the character only where the rest matches (measured
 * on the title pattern). Where the check fails the search goes on from the next position, as the
 * lookbehind's would, so the matches are the same.
 */
export function matchesNotAfter(re: RegExp, notAfter: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesNotAfter: /${re.source}/${re.flags} needs the "g" flag`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && notAfter.test(codePointBefore(text, m.index))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
    if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

/** The character that ends at `at`, a whole surrogate pair if it is one (as a lookbehind under the "u" flag reads it). */
export function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? at - 2 : at - 1, at);
}
