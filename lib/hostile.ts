/**
 * Input that no route can ever answer, recognised before any route sees it: a path whose
 * percent-encoding does not decode, that carries control characters, or that is longer than any
 * slug we mint; and link targets other than http(s). Kept apart from the routes so the proxy,
 * the pages and the tests share one definition.
 */

/** The slugs we mint: lower-case words and digits joined by hyphens (events and articles). */
export const SLUG_PATTERN = /^[a-z0-9-]{1,120}$/;
/** Longer than any path of the app with the longest slug: nothing legitimate is cut off. */
export const MAX_PATH_LENGTH = 512;

export function isSlug(s: string): boolean {
  return SLUG_PATTERN.test(s);
}

/**
 * Whether a request path can be routed at all. Next.js decodes each segment with
 * decodeURIComponent, which throws on `%FF%FE`, `%C0%AF` or a lone `%`; that throw became a 500.
 */
export function isRoutablePath(pathname: string): boolean {
  if (pathname.length > MAX_PATH_LENGTH) return false;
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return false;
    }
    if (/[\u0000-\u001f\u007f]/.test(decoded)) return false;
  }
  return true;
}

/** The url itself when it is an absolute http(s) address, else null: no javascript:, data: or relative links. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
