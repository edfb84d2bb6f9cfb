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

describe("sentences", () => {
  const read = (text: string) => sentences({ text, paragraphs: [{ start: 0, end: text.length }] }).map((s) => s.text);

  it("cuts a full stop glued to the next sentence, as reader modes leave it", () => {
    expect(read("Lula met Ruto in Nairobi on Monday.Before the talks, the two toured the port.")).toEqual(["Lula met Ruto in Nairobi on Monday.", "Before the talks, the two toured the port."]);
    expect(read('"We are friends," Lula said.It was their third meeting.')).toEqual(['"We are friends," Lula said.', "It was their third meeting."]);
  });

  it("does not cut an initial, an abbreviation or a domain", () => {
    expect(read("The U.S.Army band played as Mrs.Ruto and Lula arrived.")).toEqual(["The U.S.Army band played as Mrs.Ruto and Lula arrived."]);
    expect(read("Read more on nairobidaily.com about the visit.")).toEqual(["Read more on nairobidaily.com about the visit."]);
    // The list is reached: "U.S.Army" fails the stop's shape first, "Gen." does not.
    expect(read("The band played as Gen.Ruto and Lula arrived.")).toEqual(["The band played as Gen.Ruto and Lula arrived."]);
  });

  it("does not cut after a short capitalised token, an unlisted abbreviation or inside an address", () => {
    for (const one of ["Lula met Petro in Sta.Cruz on Monday.", "Lula met Pres.Petro of Colombia in Leticia on Monday.", "Petro, with Amb.Ruiz beside him, said he had phoned Lula on Monday.", "Lula met Petro at Ste.Foy on Monday.", "Write to the office (press.Office@casarosada.example) for details.", "The Supt.Ruiz escorted Lula, and Capt.Diaz greeted Petro."]) expect(read(one)).toEqual([one]);
    expect(read("Lula met Petro on Monday.They spoke again on Friday.")).toEqual(["Lula met Petro on Monday.", "They spoke again on Friday."]);
  });

  // findMentions takes a sentence that spans its whole paragraph as the paragraph's own text (whose
  // contact hint it has already asked): each sentence is the file's text between its offsets.
  it("gives each sentence the text between its offsets, a one-sentence paragraph the paragraph's", () => {
    const text = "Headline\n\n  Lula spoke with Modi by phone on Monday.  \n\nThey met in Goa. Then Mr. Modi flew to Lima.\n";
    const paragraphs = [
      { start: 12, end: 52 },
      { start: 56, end: text.length - 1 },
    ];
    const read = sentences({ text, paragraphs });
    for (const s of read) expect(s.text).toBe(text.slice(s.start, s.end));
    expect(read[0]).toEqual({ text: text.slice(12, 52), start: 12, end: 52 });
    expect(read.map((s) => s.text)).toEqual(["Lula spoke with Modi by phone on Monday.", "They met in Goa.", "Then Mr. Modi flew to Lima."]);
  });
});
