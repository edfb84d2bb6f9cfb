/**
 * Facts of the sentence being read, found once and shared by every frame of it. A sentence with
 * three dates makes three frames, and each frame's rules ask the same questions of the whole
 * sentence ("does it say 'summit'?", "where are its clause breaks?"): the answer for the sentence
 * read last is kept, so a dense article costs one search per sentence, not one per frame and rule.
 * Sentences are read one after another, so remembering the last one is enough.
 */

/** `fact`, remembered for the text it was last asked about. */
export function perSentence<T>(fact: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | null = null;
  return (text) => {
    if (last?.text !== text) last = { text, value: fact(text) };
    return last.value;
  };
}

const found = new Map<RegExp, { text: string; match: RegExpExecArray | null }>();

/**
 * `re.exec(text)`, remembered per pattern for the text it was last run on. Only for patterns
 * without the "g" or "y" flag (their result would depend on where the last search stopped).
 */
export function findIn(re: RegExp, text: string): RegExpExecArray | null {
  if (re.global || re.sticky) throw new Error(`findIn: /${re.source}/${re.flags} keeps state between searches`);
  let seen = found.get(re);
  if (seen?.text !== text) found.set(re, (seen = { text, match: re.exec(text) }));
  return seen.match;
}
