import { describe, expect, it } from "vitest";
import { CACHE_STATUS_HEADER, PageCache } from "./page-cache";

const CSP = "script-src 'nonce-abc' 'strict-dynamic'";

/** A stand-in for React: counts its renders, each with a nonce of its own. */
function renderer(body = (n: number) => `<html><script nonce="n${n}"></script>page ${n}</html>`, init: ResponseInit = {}) {
  let renders = 0;
  const render = async () => {
    renders++;
    await new Promise((r) => setTimeout(r, 5));
    return new Response(body(renders), { status: 200, headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP.replace("abc", `n${renders}`) }, ...init });
  };
  return { render, count: () => renders };
}

const get = (headers: Record<string, string> = {}) => new Request("http://x.test/", { headers });

describe("PageCache", () => {
  it("renders a page once for a crowd, and answers every request with the same HTML and the CSP of its nonce", async () => {
    const cache = new PageCache();
    const r = renderer();
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.answer(get(), "v1", "/", r.render)));
    expect(r.count()).toBe(1);
    const later = await cache.answer(get(), "v1", "/", r.render);
    expect(r.count()).toBe(1);
    expect(later.headers.get(CACHE_STATUS_HEADER)).toBe("hit");
    expect(await later.text()).toContain('nonce="n1"');
    expect(later.headers.get("content-security-policy")).toContain("'nonce-n1'");
    expect(new Set(await Promise.all(answers.map((a) => a.text()))).size).toBe(1);
  });

  it("answers 304 with no body to a client holding the current ETag, and the page again once the data changed", async () => {
    const cache = new PageCache();
    const r = renderer();
    const first = await cache.answer(get(), "v1", "/", r.render);
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toMatch(/public/);
    // Pages write the forwarded host into their embed code: shared caches must key on it.
    expect(first.headers.get("vary")).toContain("x-forwarded-host");
    const again = await cache.answer(get({ "if-none-match": etag }), "v1", "/", r.render);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const afterIngest = await cache.answer(get({ "if-none-match": etag }), "v2", "/", r.render);
    expect(afterIngest.status).toBe(200);
    expect(afterIngest.headers.get("etag")).not.toBe(etag);
    expect(await afterIngest.text()).toContain("page 2");
    expect(r.count()).toBe(2);
  });

  it("serves nothing rendered before an ingest once the data version moved on", async () => {
    const cache = new PageCache();
    const r = renderer();
    await cache.answer(get(), "v1", "/", r.render);
    expect(await (await cache.answer(get(), "v2", "/", r.render)).text()).toContain("page 2");
    expect(await (await cache.answer(get(), "v1", "/", r.render)).text()).toContain("page 3");
  });

  it("keeps errors, redirects and cookies out of the cache", async () => {
    const cases: ResponseInit[] = [{ status: 404 }, { status: 308, headers: { location: "/events/new" } }, { headers: { "content-type": "text/html", "set-cookie": "a=b" } }];
    for (const init of cases) {
      const cache = new PageCache();
      const r = renderer(undefined, init);
      const first = await cache.answer(get(), "v1", "/x", r.render);
      expect(first.headers.get("etag")).toBeNull();
      expect(first.headers.get(CACHE_STATUS_HEADER)).toBe("pass");
      await cache.answer(get(), "v1", "/x", r.render);
      expect(r.count()).toBe(2);
    }
  });

  it("never stores an answer of another type than asked for: HTML is no navigation payload", async () => {
    const cache = new PageCache();
    const r = renderer();
    const flight = await cache.answer(get({ rsc: "1" }), "v1", "/ flight", r.render, "text/x-component");
    expect(flight.headers.get(CACHE_STATUS_HEADER)).toBe("pass");
    await cache.answer(get({ rsc: "1" }), "v1", "/ flight", r.render, "text/x-component");
    expect(r.count()).toBe(2);
    const payload = renderer(() => "0:[]", { headers: { "content-type": "text/x-component" } });
    await cache.answer(get({ rsc: "1" }), "v1", "/ flight", payload.render, "text/x-component");
    expect((await cache.answer(get({ rsc: "1" }), "v1", "/ flight", payload.render, "text/x-component")).headers.get(CACHE_STATUS_HEADER)).toBe("hit");
  });

  it("replays a redirect with an absolute location", async () => {
    const cache = new PageCache();
    const r = renderer(() => "", { status: 308, headers: { location: "/events/new" } });
    const res = await cache.answer(new Request("http://x.test/events/old"), "v1", "/events/old", r.render);
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("http://x.test/events/new");
  });

  it("stays within its byte budget however many different pages are asked for", async () => {
    const cache = new PageCache(200_000);
    const r = renderer((n) => `<html>${"x".repeat(10_000)}${n}</html>`);
    for (let i = 0; i < 100; i++) await cache.answer(get(), "v1", `/?q=${i}`, r.render);
    expect(cache.bytes).toBeLessThanOrEqual(200_000);
    expect(cache.bytes).toBeGreaterThan(100_000);
  });
});
