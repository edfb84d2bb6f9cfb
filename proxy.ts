import { NextResponse, type NextRequest } from "next/server";
import { isRoutablePath } from "./lib/hostile";

/**
 * A fresh nonce per request and a strict Content-Security-Policy: only scripts Next.js marks
 * with the nonce run, so nothing that arrives inside an article or a URL can execute.
 * Inline style attributes stay allowed (React sets them; they cannot run code).
 */
/** The framable routes: /embed and everything under it. */
export function isEmbed(path: string): boolean {
  return path === "/embed" || path.startsWith("/embed/");
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [
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
    isEmbed(request.nextUrl.pathname) ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
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

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
