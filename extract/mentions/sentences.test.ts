import { describe, expect, it } from "vitest";
import { lineStart, sentenceStopBefore } from "./sentences";

describe("lineStart", () => {
  it("finds where the line holding an offset begins, as a backward scan for a newline would", () => {
    const text = "first line\nsecond\n\nfourth line here";
    for (let at = 0; at < text.length; at++) expect(lineStart(text, at)).toBe(text.lastIndexOf("\n", at) + 1);
    expect(lineStart("one line only", 5)).toBe(0);
  });
});

describe("sentenceStopBefore", () => {
  it("does not stop a sentence at an honorific or an initial", () => {
    const text = "Lula spoke to Petro. Then he phoned H.E. Gabriel Boric and Joseph R. Biden.";
    expect(sentenceStopBefore(text, text.indexOf("Biden"))).toBe(text.indexOf(". Then"));
    expect(sentenceStopBefore(text, text.indexOf("Gabriel"))).toBe(text.indexOf(". Then"));
  });

  it("finds no stop when the text has no sentence before", () => {
    expect(sentenceStopBefore("H.E. Gabriel Boric arrived.", 10)).toBe(-1);
  });
});
