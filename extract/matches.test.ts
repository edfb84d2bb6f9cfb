import { describe, expect, it } from "vitest";
import { matchesOf } from "./matches";

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
