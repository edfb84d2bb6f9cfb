import { NextResponse, type NextRequest } from "next/server";
import { dataVersion } from "./lib/data-version";
import { isRoutablePath } from "./lib/hostile";
import { DEFAULT_PAGE_CACHE_BYTES, PageCache } from "./lib/page-cache";
import { FLIGHT_HEADERS, pageKey } from "./lib/page-key";

/** The framable routes: /embed and everything under it. */
export function isEmbed(path: string): boolean {
  return path === "/embed" || path.startsWith("/embed/");
}

/**
 * A fresh nonce per render and a strict Content-Security-Policy: only scripts Next.js marks
 * with the nonce run, so nothing that arrives inside an article or a URL can execute.
 * Inline style attributes stay allowed (React sets them; they cannot run code).
 */
function contentSecurityPolicy(path: string, nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Embeds exist to be framed by other sites; every other page refuses any frame (clickjacking).
    isEmbed(path) ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
}

/** Hand the request on to Next.js to render, with a nonce of its own. */
function render(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(request.nextUrl.pathname, nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // A path no route can decode (bad percent-encoding, control characters, overlong) gets the
  // ordinary 404 page here, before Next.js's own decoding throws on it and answers 500.
  const response = isRoutablePath(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : NextResponse.rewrite(new URL("/_unroutable", request.url), { request: { headers: requestHeaders }, status: 404 });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

const pages = new PageCache(Number(process.env.SUMMITRY_PAGE_CACHE_BYTES) || DEFAULT_PAGE_CACHE_BYTES);
/** Marks this process's own render requests (below); unguessable, so no client can skip the cache or pose as one. */
const RENDER_HEADER = "x-summitry-render";
const renderSecret = crypto.randomUUID();

/**
 * Whether the page cache may answer this request: a read of a page or of a navigation's RSC
 * payload, not a server action, a development refresh, or a file-like route (images, manifest).
 */
function isPageRead(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (request.headers.has("next-action") || request.headers.has("next-hmr-refresh")) return false;
  if (pathname.startsWith("/_") || /\/(opengraph-image|twitter-image|icon|apple-icon)[^/]*$|\.[a-z0-9]+$/i.test(pathname)) return false;
  return request.headers.get(RENDER_HEADER) !== renderSecret;
}

/**
 * Render a page by asking this same server for it, marked so that it goes straight to React: the
 * page cache needs the whole answer (HTML and headers, its CSP among them), which only a request
 * of its own gives it. The client's host, kind (user agent) and router state go along: the answer depends on them.
 */
function renderForCache(request: NextRequest): Promise<Response> {
  const local = process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`;
  const headers = new Headers({ [RENDER_HEADER]: renderSecret, "accept-encoding": "identity" });
  for (const name of ["user-agent", "accept", "accept-language", ...FLIGHT_HEADERS]) {
    const v = request.headers.get(name);
    if (v) headers.set(name, v);
  }
  headers.set("x-forwarded-host", request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "localhost");
  headers.set("x-forwarded-proto", request.headers.get("x-forwarded-proto") ?? "http");
  return fetch(new URL(request.nextUrl.pathname + request.nextUrl.search, local), { headers, redirect: "manual", cache: "no-store", signal: AbortSignal.timeout(60_000) });
}

export async function proxy(request: NextRequest) {
  if (isRoutablePath(request.nextUrl.pathname) && isPageRead(request)) {
    try {
      const type = request.headers.has("rsc") ? "text/x-component" : "text/html";
      return await pages.answer(request, await dataVersion(), pageKey(request.nextUrl, request.headers), () => renderForCache(request), type);
    } catch {
      // No database or no answer from the render: the page renders as if there were no cache, and says what went wrong itself.
    }
  }
  return render(request);
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
