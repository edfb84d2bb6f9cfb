/**
 * The whole-page cache: rendered HTML (and the RSC payloads of navigations), with the headers it was rendered with, kept per page key
 * (lib/page-key.ts) and data version, and answered before React runs (proxy.ts), so a crowd on
 * one page costs one render per ingest instead of one per request. Conditional requests whose
 * ETag matches answer 304 without even looking the page up. Bounded by bytes like the answer
 * cache (lib/cache.ts); an ingest changes the data version, and nothing rendered before it is
 * served again.
 *
 * The CSP nonce: each entry keeps the Content-Security-Policy header of the render that made it,
 * whose nonce its script tags carry. Reusing it for that one entry is as strict as a fresh nonce
 * per response: the page's content, including anything ingested or typed into its address, was
 * fixed before its nonce existed, so nothing in it can have been written to match the nonce; a
 * different address or data version is a different render with a nonce of its own. What reuse
 * does give away: anyone can read an entry's nonce, so script markup that client code inserted
 * into that page after load (a DOM sink fed by the URL or by fetched text) could carry it. The
 * app has no such sink (no innerHTML, no dangerouslySetInnerHTML, no document.write): keep it so.
 */
import { ByteCache } from "./cache";
import { etagFor, isFresh } from "./http-cache";

/**
 * Browsers revalidate on every view (a 304 costs no render) so an ingest shows at once; shared
 * caches may serve a page for a minute, then stale while they revalidate.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=600";
/**
 * A page differs from the RSC payload Next.js answers at the same address, by encoding, and by the
 * origin it writes into its share links and embed code (lib/origin.ts reads the forwarded host):
 * a shared cache must not hand one client's forwarded host to everyone.
 */
export const PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, accept-encoding, x-forwarded-host, x-forwarded-proto";
/** Says whether a page came from the cache; for the benchmarks and the e2e tests. */
export const CACHE_STATUS_HEADER = "x-summitry-page-cache";

export const DEFAULT_PAGE_CACHE_BYTES = 64 * 1024 * 1024;

/** Headers of a render not to replay: about its connection or encoding, or set here per answer. */
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag", "cache-control", "vary", CACHE_STATUS_HEADER]);

/** One render's answer, read whole: shared by every request that waited for it. */
export class RenderedPage {
  constructor(
    readonly status: number,
    readonly headers: [string, string][],
    readonly body: Uint8Array,
    /** Whether every client asking for this key at this version may be given it. */
    readonly cacheable: boolean,
  ) {}

  get byteLength(): number {
    return this.body.byteLength + this.headers.reduce((n, [k, v]) => n + k.length + v.length, 0) * 2;
  }

  /** `type`: the content type this request must get (HTML for a document, the RSC payload for a navigation). */
  static async of(res: Response, type: string): Promise<RenderedPage> {
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = [...res.headers].filter(([k]) => !NOT_REPLAYED.has(k.toLowerCase()));
    // Only a complete page (HTML, or the RSC payload of a navigation to it) is everyone's: never a redirect, an error, a per-client cookie.
    const cacheable = res.status === 200 && !res.headers.has("set-cookie") && (res.headers.get("content-type") ?? "").startsWith(type);
    return new RenderedPage(res.status, headers, body, cacheable);
  }
}

export class PageCache {
  private readonly store: ByteCache<RenderedPage>;
  private readonly inFlight = new Map<string, Promise<RenderedPage>>();
  private version = "";

  constructor(maxBytes = DEFAULT_PAGE_CACHE_BYTES) {
    this.store = new ByteCache<RenderedPage>(maxBytes);
  }

  get bytes(): number {
    return this.store.size;
  }

  /**
   * The answer to `request` for the page `key` at data `version`: 304 when the client holds it,
   * else from memory, from a render already under way for the same key (a crowd arriving at
   * once costs one render), or from `render` now.
   */
  async answer(request: Request, version: string, key: string, render: () => Promise<Response>, type = "text/html"): Promise<Response> {
    const etag = etagFor(version, key);
    const cacheHeaders = { etag, "cache-control": PAGE_CACHE_CONTROL, vary: PAGE_VARY };
    if (isFresh(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: { ...cacheHeaders, [CACHE_STATUS_HEADER]: "revalidated" } });
    if (version !== this.version) {
      this.store.clear();
      this.version = version;
    }
    const full = `${version}\u0000${key}`;
    let page = this.store.get(full);
    const status = page ? "hit" : "miss";
    if (!page) page = await this.fill(full, render, type);
    const headers = new Headers(page.headers);
    if (page.cacheable) for (const [k, v] of Object.entries(cacheHeaders)) headers.set(k, v);
    headers.set(CACHE_STATUS_HEADER, page.cacheable ? status : "pass");
    // A redirect (a retired slug) replayed by the proxy must name an absolute URL: Next.js parses it as one.
    const location = headers.get("location");
    if (location) headers.set("location", new URL(location, request.url).href);
    // Next.js compresses what the proxy answers for the clients that accept it: a body encoded here would be encoded twice.
    const body = request.method === "HEAD" ? null : page.body;
    return new Response(body as BodyInit | null, { status: page.status, headers });
  }

  private fill(full: string, render: () => Promise<Response>, type: string): Promise<RenderedPage> {
    const pending = this.inFlight.get(full);
    if (pending) return pending;
    const page = render()
      .then((res) => RenderedPage.of(res, type))
      .then((p) => {
        // The version may have moved on while this rendered; then the store was cleared and this key is unreachable anyway.
        if (p.cacheable && full.startsWith(`${this.version}\u0000`)) this.store.set(full, p);
        return p;
      })
      .finally(() => this.inFlight.delete(full));
    this.inFlight.set(full, page);
    return page;
  }

  clear(): void {
    this.store.clear();
  }
}
