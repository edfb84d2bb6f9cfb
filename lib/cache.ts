/**
 * A small time-limited cache for answers that many clients ask for at once (the event list and
 * its exports). The data changes only when `npm run ingest` runs, so a few seconds of reuse
 * costs nothing in freshness and saves a database round and serialisation per request.
 */
const TTL_MS = 3000;
const MAX_ENTRIES = 200;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();

export function cached<T>(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = entries.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  const value = compute();
  entries.set(key, { at: now, value });
  value.catch(() => entries.delete(key)); // never keep a failure
  return value;
}
