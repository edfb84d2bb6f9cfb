import { describe, expect, it } from "vitest";
import { lineStart, sentenceStopBefore, sentences } from "./sentences";

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

describe("sentences glued by a lost space", () => {
  const split = (text: string) => sentences({ text, paragraphs: [{ start: 0, end: text.length }] }).map((s) => s.text);

  it("splits at a full stop with a capitalised word glued on", () => {
    expect(split("Lula and Modi met in Goa on Monday.The two leaders signed a trade pact.Modi left at noon.")).toEqual([
      "Lula and Modi met in Goa on Monday.",
      "The two leaders signed a trade pact.",
      "Modi left at noon.",
    ]);
  });

  it("gives a straight quotation mark to the sentence it closes or opens", () => {
    expect(split('Talks ended late on Tuesday."We agreed on a great deal," an aide said.Scholz flew home.')).toEqual([
      "Talks ended late on Tuesday.",
      '"We agreed on a great deal," an aide said.',
      "Scholz flew home.",
    ]);
    expect(split('Tusk said: "It went well."Meloni agreed.')).toEqual(['Tusk said: "It went well."', "Meloni agreed."]);
  });

  it("keeps abbreviations, initials, decimals and lower-case words whole", () => {
    for (const whole of ["Talks with the U.S.President went on.", "Growth was 3.5 per cent in Lima.", "Mr.Lula arrived in Lima.", "He met Petro at 9 a.m.today in Lima."]) {
      expect(split(whole)).toEqual([whole]);
    }
  });
});
