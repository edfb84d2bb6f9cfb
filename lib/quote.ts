/** Pieces of an article's text around and inside its evidence spans, for highlighting. */

export interface Piece {
  text: string;
  /** The evidence spans covering this piece (empty outside any). */
  marks: number[];
  start: number;
}

/**
 * Split `text` at every span boundary so each piece is either plain or covered by one or more
 * spans. Rendered as React elements, never as HTML, so nothing in an article can run.
 */
export function splitBySpans(text: string, spans: { start: number; end: number }[]): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const marks = spans.flatMap((s, j) => (s.start <= a && b <= s.end ? [j] : []));
    pieces.push({ text: text.slice(a, b), marks, start: a });
  }
  return pieces;
}

/** The quote with a little of the text around it, cut at word boundaries. */
export function inContext(text: string, start: number, end: number, room = 220): { before: string; quote: string; after: string } {
  let a = Math.max(0, start - room);
  let b = Math.min(text.length, end + room);
  if (a > 0) a = text.indexOf(" ", a) + 1 || a;
  if (b < text.length) b = text.lastIndexOf(" ", b) > end ? text.lastIndexOf(" ", b) : b;
  return {
    before: (a > 0 ? "…" : "") + text.slice(a, start),
    quote: text.slice(start, end),
    after: text.slice(end, b) + (b < text.length ? "…" : ""),
  };
}

/** A `#:~:text=` fragment that makes a browser scroll to and highlight the quote on the original page. */
export function textFragment(quote: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
  const words = quote.replace(/\s+/g, " ").trim().split(" ");
  if (words.length <= 8) return `#:~:text=${enc(words.join(" "))}`;
  return `#:~:text=${enc(words.slice(0, 4).join(" "))},${enc(words.slice(-4).join(" "))}`;
}
