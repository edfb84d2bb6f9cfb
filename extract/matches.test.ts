import { describe, expect, it } from "vitest";
import { matchesNotAfter, matchesOf } from "./matches";

const spans = (ms: RegExpExecArray[] | RegExpMatchArray[]) => ms.map((m) => [m.index, m[0]]);

describe("matchesOf", () => {
  it("finds what matchAll finds, empty matches and astral characters included", () => {
    for (const [re, text] of [
      [/\b(?:met|talks)\b/gi, "Lula met Scholz; TALKS went on, and they met again."],
      [/x*/g, "axxb"],
      [/(?:)/gu, "a😀b"],
      [/\p{Lu}\p{L}*/gu, "Ruto and Ramaphosa in Nairobi"],
    ] as const) {
      expect(spans(matchesOf(re, text))).toEqual(spans([...text.matchAll(re)]));
    }
  });

  it("leaves the pattern ready for the next caller", () => {
    const re = /o/g;
    expect(matchesOf(re, "two of one").length).toBe(3);
    expect(re.lastIndex).toBe(0);
    expect(matchesOf(re, "no").length).toBe(1);
  });

  it("refuses a pattern without the g flag, which would match forever", () => {
    expect(() => matchesOf(/o/, "two")).toThrow();
  });
});

describe("matchesNotAfter", () => {
  it("finds what the pattern opening with the lookbehind finds", () => {
    const cases: [RegExp, RegExp, RegExp, string][] = [
      // A title inside a longer word is no title; the search goes on right after the rejected start.
      [/(?<![\p{L}])(president|pm)(s)?(?![\p{L}])/giu, /(president|pm)(s)?(?![\p{L}])/giu, /^\p{L}$/iu, "Vice-President Ruto, the PMs and the vicepresident met; President Lula, 𝐀president, éPM."],
      // A rejected match may hide one that starts inside it.
      [/(?<![a-z])(?:ab|b)/g, /(?:ab|b)/g, /^[a-z]$/, "xab ab b"],
      [/(?<![\p{L}\p{M}'’-])(?:Moon|Al Thani)(?![\p{L}\p{M}-])/gu, /(?:Moon|Al Thani)(?![\p{L}\p{M}-])/gu, /^[\p{L}\p{M}'’-]$/u, "Moon met Al Thani; O'Moon, Ban-Moon and Moonlight did not, nor did XAl Thani."],
    ];
    for (const [withLookbehind, without, notAfter, text] of cases) {
      expect(spans(matchesNotAfter(without, notAfter, text))).toEqual(spans([...text.matchAll(withLookbehind)]));
    }
  });
});
