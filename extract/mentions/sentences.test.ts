import { describe, expect, it } from "vitest";
import { lineStart } from "./sentences";

describe("lineStart", () => {
  it("finds where the line holding an offset begins, as a backward scan for a newline would", () => {
    const text = "first line\nsecond\n\nfourth line here";
    for (let at = 0; at < text.length; at++) expect(lineStart(text, at)).toBe(text.lastIndexOf("\n", at) + 1);
    expect(lineStart("one line only", 5)).toBe(0);
  });
});
