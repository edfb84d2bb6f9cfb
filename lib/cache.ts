/**
 * The in-process answer cache: serialised answers (bytes) that many clients ask for at once,
 * keyed by what they mean (normalised filters, never the raw query) and by the data's version,
 * so an ingest makes every answer it could have changed unreachable. Bounded by bytes, least
 * recently used first out: a crowd asking for many different views cannot grow the server.
 */

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** Anything that knows its size in bytes: a serialised answer, or a whole page (lib/page-cache.ts). */
export interface Sized {
  readonly byteLength: number;
}

export class ByteCache<V extends Sized = Uint8Array> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;

  constructor(readonly maxBytes = DEFAULT_MAX_BYTES) {}

  get size(): number {
    return this.bytes;
  }

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: the Map keeps insertion order, so eviction takes the first key.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: V): void {
    const cost = value.byteLength + key.length * 2;
    // One answer bigger than an eighth of the budget would flush everything else: serve it uncached.
    if (cost > this.maxBytes / 8) return;
    this.delete(key);
    while (this.bytes + cost > this.maxBytes && this.entries.size) this.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    this.bytes += cost;
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= old.byteLength + key.length * 2;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

const store = new ByteCache(Number(process.env.SUMMITRY_CACHE_BYTES) || DEFAULT_MAX_BYTES);
const inFlight = new Map<string, Promise<Uint8Array>>();
let storeVersion = "";

const encoder = new TextEncoder();

/**
 * The answer for `key` at data version `version`: from memory, from a computation already under
 * way for the same key (a crowd asking at once costs one query), or computed now.
 */
export function cached(version: string, key: string, compute: () => Promise<string | Uint8Array>, cache = store): Promise<Uint8Array> {
  if (cache === store && version !== storeVersion) {
    // An ingest happened: nothing stored before it can be served again.
    store.clear();
    storeVersion = version;
  }
  const full = `${version}\u0000${key}`;
  const hit = cache.get(full);
  if (hit) return Promise.resolve(hit);
  const pending = inFlight.get(full);
  if (pending) return pending;
  const value = compute()
    .then((v) => (typeof v === "string" ? encoder.encode(v) : v))
    .then((bytes) => {
      cache.set(full, bytes);
      return bytes;
    })
    .finally(() => inFlight.delete(full));
  inFlight.set(full, value);
  return value;
}

/** For tests and for an ingest run inside the server process: forget every answer. */
export function invalidateAll(): void {
  store.clear();
}

const decoder = new TextDecoder();

/** `cached` for a value a page renders from: stored as JSON bytes, so it counts against the same byte budget. */
export async function cachedJson<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
  return JSON.parse(decoder.decode(await cached(version, `json:${key}`, async () => JSON.stringify(await compute())))) as T;
}
