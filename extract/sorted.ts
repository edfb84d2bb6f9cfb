/**
 * Binary search over a sorted list: the hot paths ask "which is the last one at or before this
 * offset" once per sentence, and a scan each time made long articles quadratic.
 */

/** The index of the last item of `sorted` (ascending by `key`) whose key is at most `x`, or -1 when none is. */
export function lastAtOrBefore<T>(sorted: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
