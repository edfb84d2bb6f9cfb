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
