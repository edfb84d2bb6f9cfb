/**
 * Huge and hostile articles: every stage's work grows linearly with the article's size. The
 * assertions count work (characters given to chrono, windows read) and check the output; none
 * times anything. Code that was quadratic here took minutes, so the suite's timeout catches it too.
 */
import * as chrono from "chrono-node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_LINE, maskHtml, parseArticle, READING_WINDOW, readingWindows } from "./article";
import { loadCatalogue } from "./catalogue";
import { CHRONO_WINDOW, findDates } from "./dates";
import { mergeMentions } from "./events";
import { LeaderIndex } from "./leaders";
import { extract } from "./pipeline";
import type { Mention } from "./types";

const catalogue = loadCatalogue();
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Every call chrono is given, by the length of its text. */
function watchChrono(): number[] {
  const lengths: number[] = [];
  const parse = chrono.Chrono.prototype.parse;
  vi.spyOn(chrono.Chrono.prototype, "parse").mockImplementation(function (this: chrono.Chrono, text, ref, option) {
    lengths.push(text.length);
    return parse.call(this, text, ref, option);
  });
  return lengths;
}

afterEach(() => vi.restoreAllMocks());

describe("HTML masking on hostile pages", () => {
  it("keeps a megabyte of unclosed '<' as text, offsets intact", () => {
    const page = "<html><body><p>Leaders met.</p>" + "<".repeat(1 << 20);
    const masked = maskHtml(page);
    expect(masked.length).toBe(page.length);
    expect(masked.slice(0, 31).trim()).toBe("Leaders met.");
    expect(masked.slice(31)).toBe("<".repeat(1 << 20));
  });

  it("blanks tags after thousands of comment and script openers that never close", () => {
    const page = "<p>Before.</p>" + "<!-- <script ".repeat(80_000) + "<b>After</b>.";
    const masked = maskHtml(page);
    expect(masked.length).toBe(page.length);
    expect(masked.startsWith("\n  Before.")).toBe(true);
    // The last opener runs to the first '>' after it, like any tag; the text after stays.
    expect(masked.endsWith("After    .")).toBe(true);
  });
});

describe("date reading on huge texts", () => {
  const dense = (n: number) => Array.from({ length: n }, (_, i) => `on ${MONTHS[i % 12]} ${1 + (i % 28)}, ${2000 + (i % 25)} and`).join(" ");

  it("gives chrono bounded windows and still finds every date phrase once", () => {
    const calls = watchChrono();
    const text = dense(8000);
    const found = findDates(text, 0, "2024-05-17");
    expect(found).toHaveLength(8000);
    expect(found[7999].date).toEqual({ value: "2024-08-20", precision: "day" });
    expect(Math.max(...calls)).toBeLessThanOrEqual(CHRONO_WINDOW);
    // Linear work: chrono reads each character about once.
    expect(calls.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(text.length * 1.05);
  });

  it("does not cut a date phrase where a window ends", () => {
    const text = "x ".repeat(CHRONO_WINDOW / 2 - 4) + "on March 4, 2023 they met, " + "y ".repeat(CHRONO_WINDOW);
    expect(findDates(text, 0, null).map((d) => d.text)).toEqual(["March 4, 2023"]);
  });
});

describe("articles of a megabyte", () => {
  it("cuts a page with no line breaks into bounded paragraphs between sentences, losing no text", () => {
    const sentence = "The president received the delegation in the capital for talks on trade and energy. ";
    const page = "Talks\n\n" + sentence.repeat(12_000);
    const a = parseArticle("big.txt", page);
    expect(a.paragraphs.length).toBeGreaterThan(page.length / MAX_LINE);
    for (const p of a.paragraphs) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_LINE);
      expect(page.slice(p.start, p.end)).toMatch(/^The president .*energy\.$/);
    }
    expect(a.paragraphs.map((p) => page.slice(p.start, p.end)).join(" ") + " ").toBe(sentence.repeat(12_000));
  });

  it("reads a long article in windows of paragraphs, each bounded, together the whole body", () => {
    const a = parseArticle("big.txt", "Talks\n\n" + "Leaders met in the capital on Monday for long talks on trade and energy.\n\n".repeat(5000));
    const windows = readingWindows(a);
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows) expect(w.paragraphs.reduce((n, p) => n + p.end - p.start, 0)).toBeLessThanOrEqual(READING_WINDOW);
    expect(windows.flatMap((w) => w.paragraphs)).toEqual(a.paragraphs);
  });

  it("finds the contacts at both ends of a long article of dated contacts, with date work linear in its size", () => {
    const article = (n: number) =>
      "Talks\n\n" +
      Array.from({ length: n }, (_, i) => `Vladimir Putin met Recep Tayyip Erdogan in Sochi on ${MONTHS[i % 12]} ${1 + (i % 28)}, ${2005 + (i % 15)}.`).join("\n\n");
    const work = (n: number) => {
      const calls = watchChrono();
      const result = extract([{ file: "big.txt", text: article(n), meta: { published: "2024-05-17" } }], catalogue);
      vi.restoreAllMocks();
      return { chars: calls.reduce((a, b) => a + b, 0), longest: Math.max(...calls), result };
    };
    const small = work(1000);
    const large = work(4000);
    expect(large.longest).toBeLessThanOrEqual(CHRONO_WINDOW);
    expect(large.chars / small.chars).toBeLessThan(4.5);
    const dates = new Set(large.result.events.map((e) => e.date));
    // The first sentence's contact and the last one's (3999: 2005 + 9, the 4th month, day 24).
    expect(dates.has("2005-01-01")).toBe(true);
    expect(dates.has("2014-04-24")).toBe(true);
  });
});

describe("event merging at scale", () => {
  it("merges twenty thousand reports of one pair into their contacts", () => {
    const index = new LeaderIndex(catalogue);
    const day = (i: number) => new Date(Date.UTC(1990, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);
    const mentions: Mention[] = Array.from({ length: 20_000 }, (_, i) => ({
      file: `f${i % 2}`, type: "in-person", participants: ["recep-tayyip-erdogan", "vladimir-putin"], date: { value: day(i >> 1), precision: "day" },
      dateText: null, resolvedAgainst: null, place: null, placeCountry: null, host: null, initiator: null, quote: "q", start: i, end: i + 1,
    }));
    const events = mergeMentions(mentions, index);
    // Two sources for each of ten thousand contacts three days apart.
    expect(events).toHaveLength(10_000);
    expect(events.every((e) => e.sources.length === 2)).toBe(true);
  });
});
