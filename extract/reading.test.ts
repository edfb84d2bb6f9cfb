import { describe, expect, it, vi } from "vitest";
import { parseArticle } from "./article";
import { loadCatalogue } from "./catalogue";
import { extract } from "./pipeline";
import { applyEdits, isRunningLine, readingOf, unwrapEdits, wordCount } from "./reading";

const read = (text: string) => applyEdits(text, unwrapEdits(text));

describe("reading text copied from a PDF", () => {
  it("joins a word broken by a hyphen at the line's end (hyphenated-word)", () => {
    const text = "The prime minister of Canada held a long tele-\nphone conversation with the German chancellor on Friday.";
    expect(read(text)).toContain("long telephone conversation with");
  });

  it("keeps the hyphen of a word the document spells with one, or after a prefix that keeps it", () => {
    const text = "The two leaders agreed on a long-term plan and a lasting long-\nterm partnership with the vice-\npresident of the bank.\n";
    expect(read(text)).toContain("long-term partnership");
    expect(read(text)).toContain("the vice-president of");
  });

  it("joins a broken word the way the document or the offices spell it, not after a prefix that also opens plain words", () => {
    const text = "The pre-\nsident met his Kenyan counter-\npart and re-\nceived an inter-\nnational delegation in Nairobi. The president and his counterpart spoke.\n";
    const out = read(text);
    expect(out).toContain("The president met his Kenyan counterpart and received an international delegation");
    // The office is read whole even where the document never spells it so.
    expect(read("Talks with the pre-\nsident of Kenya went on late into the night in Nairobi.\n")).toContain("the president of Kenya");
    // The document's own hyphenated spelling still wins over the joined one.
    expect(read("A co-host and a co-\nhost of the summit met in Brasília on Friday.\n")).toContain("a co-host of");
  });

  it("reads the document's spelling whatever its case, a Turkish dotted capital and a Greek sigma too", () => {
    // "CO-HOST" in capitals is still the document's hyphenated spelling.
    expect(read("The CO-HOST of the forum and a co-\nhost of the summit met in Nairobi on Friday.\n")).toContain("a co-host of");
    // "İSTANBUL-BASED" lowers to a dotted "i" and "Σ" to a final sigma, and the words around them are still read.
    expect(read("The İSTANBUL-BASED and ΟΔΟΣ desks saw the CO-HOST of the forum and a co-\nhost of the summit meet on Friday.\n")).toContain("a co-host of");
    expect(read("The İSTANBUL desk saw a tele-\nphone conversation between the two leaders on Friday.\n")).toContain("a telephone conversation");
  });

  it("looks a broken word up by scanning the page only a few times, then from the page's word list, with the same answers", () => {
    // A hard-wrapped page with a broken word on every line: were each look-up a scan of the whole
    // page, a long page would take lines × length to read.
    const letters = "bcdfghjklm";
    const word = (i: number) => `zq${[...String(i).padStart(3, "0")].map((d) => letters[Number(d)]).join("")}`;
    const lines = Array.from({ length: 298 }, (_, i) => `the leaders spoke about trade and energy in a ${word(i)}-`);
    // The last two broken words are spelled further down, one whole and one with its hyphen: the
    // look-ups made after the first few must still find both.
    const text = `${lines.join("\n")}\nthe ${word(298)}-\nnext and a ${word(299)}-\nnext of kin.\nA ${word(298)}-next and the ${word(299)}next came.\n`;
    const scans = vi.spyOn(String.prototype, "indexOf");
    let out: string;
    try {
      out = read(text);
      const ofWords = scans.mock.calls.filter(([needle]) => typeof needle === "string" && needle.startsWith("zq")).length;
      expect(ofWords).toBeLessThan(20);
    } finally {
      scans.mockRestore();
    }
    expect(out).toContain(`a ${word(0)}the leaders`);
    expect(out).toContain(`the ${word(298)}-next and a ${word(299)}next of kin`);
  });

  it("joins a word broken across a page's footer, and leaves a hyphenated line over a new paragraph", () => {
    const text = "Prime Minister Kishida held a long and detailed tele-\n\nBulletin   Page 2 of 6\n\nphone conversation with President Ruto on Monday.\n";
    expect(read(text)).toContain("a long and detailed telephone conversation with President Ruto");
    // No furniture between them: a blank line is a paragraph's end.
    const apart = "The leaders agreed on a plan drawn up by the two sides, well-\n\nknown figures said.\n";
    expect(read(apart)).toBe(apart);
  });

  it("joins the full lines of a hard-wrapped paragraph into one (wrapped-line)", () => {
    const text = "The Canadian prime minister met the Japanese prime minister in Tokyo\non Monday for talks on trade, energy and the security of the\nregion, officials in both capitals said after the meeting.\n";
    expect(read(text)).toBe(text.replace(/\n(?!$)/g, " "));
  });

  it("joins a line stopping on a word no sentence ends on to the line going on in lower case (open-ended-line)", () => {
    const text = "Lula spoke by phone with Ruto and the two discussed trade, energy and, as well as the\nlaunch of joint projects in the region\nThe leaders agreed to meet in Nairobi\n";
    expect(read(text)).toBe(text.replace("the\nlaunch", "the launch"));
    // A line that may end a sentence, or one over a capitalised line, stays apart.
    const ends = "Lula spoke by phone with Ruto about trade and energy\nlater the ministers met again\n";
    expect(read(ends)).toBe(ends);
    const capital = "Lula spoke by phone with Ruto about trade and\nThe leaders agreed to meet\n";
    expect(read(capital)).toBe(capital);
    // A name's particle under a line ending on "of" goes on with its sentence.
    const particle = "The statement was issued in Lima on behalf of\nal-Sisi and the other leaders at the summit\nThe leaders agreed to meet in Nairobi\n";
    expect(read(particle)).toBe(particle.replace("of\nal-Sisi", "of al-Sisi"));
  });

  it("leaves a headline over its timestamp, and a short heading over its text, on lines of their own", () => {
    const page = "Leaders agree to meet again before the end of the year\n2024-03-12 10:42 | Print | Share\n";
    expect(read(page)).toBe(page);
    const heading = "Bilateral relations\nThe Canadian prime minister met the Japanese prime minister.\n";
    expect(read(heading)).toBe(heading);
  });

  it("leaves lines that are paragraphs of their own (each ends a sentence) apart", () => {
    const text = "The two leaders met in Ottawa on Monday.\nThey spoke again by phone on Friday.\n";
    expect(read(text)).toBe(text);
  });

  it("joins a sentence's halves across a running footer and page number (lowercase-continuation)", () => {
    const text = [
      "The Canadian prime minister and the Japanese prime minister held talks in Tokyo on the",
      "",
      "Embassy Bulletin                Page 2 of 6                March 2024",
      "",
      "sidelines of the regional forum, the embassy said.",
    ].join("\n");
    const joined = read(text);
    expect(joined).toContain("in Tokyo on the sidelines of the regional forum");
    expect(joined).not.toContain("Page 2");
  });

  it("passes over a page number set inside the paragraph with no blank line around it", () => {
    const text = [
      "The Canadian prime minister met the Japanese prime minister in Tokyo",
      "on Monday for talks on trade, energy and the security of the",
      "- 7 -",
      "region, officials in both capitals said after the meeting.",
    ].join("\n");
    expect(read(text)).toContain("security of the region, officials");
  });

  it("takes a repeated line of many words for text, not for a running footer", () => {
    // The same long line twice, digits aside, is no page furniture: the sentence it ends is not joined across it.
    const wordy = "The summit of the two leaders was held in Nairobi on 3 March this year.";
    const text = `The Kenyan president met the Japanese prime minister in\n\n${wordy}\n\nthe capital, officials said.\n\n${wordy.replace("3", "4")}\n`;
    expect(read(text)).toBe(text);
  });

  it("does not join across a blank line with nothing of a page's furniture between", () => {
    const text = "Meetings this week\n\nthe list below is updated daily.\n";
    expect(read(text)).toBe(text);
  });

  it("tells a running header or page number from a line of text", () => {
    expect(isRunningLine("Page 3 of 12", false)).toBe(true);
    expect(isRunningLine("- 4 -", false)).toBe(true);
    expect(isRunningLine("Embassy Bulletin | March 2024", true)).toBe(true);
    expect(isRunningLine("Embassy Bulletin | March 2024", false)).toBe(false);
    expect(isRunningLine("The two leaders met in Ottawa on Monday.", true)).toBe(false);
  });

  it("maps every offset of the reading back to the same character of the file", () => {
    const text = "The Canadian prime minister held a tele-\nphone conversation with the Japanese\nprime minister in Tokyo on Monday, officials said.\n";
    const edits = unwrapEdits(text);
    const reading = applyEdits(text, edits);
    const { toSource } = readingOf(edits);
    for (const word of ["The", "conversation", "Tokyo", "said."]) {
      const at = reading.indexOf(word);
      expect(text.slice(toSource(at), toSource(at + word.length - 1) + 1)).toBe(word);
    }
    const at = reading.indexOf("telephone");
    expect(text.slice(toSource(at), toSource(at + "telephone".length - 1) + 1)).toBe("tele-\nphone");
  });

  it("gives the article stage the paragraph whole, and keeps the file as read for quotes", () => {
    const text = "The Canadian prime minister held a tele-\nphone conversation with the Japanese\nprime minister on Monday, officials said.\n";
    const a = parseArticle("pdf.txt", text, { published: "2024-03-12" });
    expect(a.paragraphs).toHaveLength(1);
    const p = a.paragraphs[0];
    expect(a.text.slice(p.start, p.end)).toBe("The Canadian prime minister held a telephone conversation with the Japanese prime minister on Monday, officials said.");
    expect(a.source.slice(a.toSource(p.start), a.toSource(p.end - 1) + 1)).toBe(text.trim());
  });
});

describe("a PDF's copy end to end", () => {
  const text = [
    "EMBASSY BULLETIN                         Issue 12 | March 2024",
    "",
    "Prime Minister Narendra Modi held a tele-",
    "phone conversation with Prime Minister",
    "Anthony Albanese on 12 March. The two",
    "leaders discussed trade and critical minerals.",
    "",
  ].join("\n");
  const result = extract([{ file: "bulletin.txt", text, meta: { published: "2024-03-15" } }], loadCatalogue());

  it("finds the call told over three broken lines, quoted with the file's exact offsets", () => {
    expect(result.events.map((e) => `${e.date} ${e.type} ${e.participants.join(" + ")}`)).toEqual(["2024-03-12 phone Narendra Modi + Anthony Albanese"]);
    const [source] = result.events[0].sources;
    expect(text.slice(source.start, source.end)).toBe(source.quote);
    expect(source.quote).toBe("Prime Minister Narendra Modi held a tele-\nphone conversation with Prime Minister\nAnthony Albanese on 12 March.");
  });

  it("explains each sentence at the file's offsets, the ones its events are cited at", () => {
    const explained = extract([{ file: "bulletin.txt", text, meta: { published: "2024-03-15" } }], loadCatalogue(), { explain: true });
    const spans = [...explained.traces!.get("bulletin.txt")!.entries].map((e) => text.slice(e.sentence.start, e.sentence.end));
    expect(spans).toContain("Prime Minister Narendra Modi held a tele-\nphone conversation with Prime Minister\nAnthony Albanese on 12 March.");
    // A sentence's span is never read from the reading's offsets into the file (where it would begin mid-line).
    for (const s of spans) expect(s).not.toMatch(/^(?:hone|ne conversation)/);
  });
});

describe("wordCount", () => {
  it("counts the runs of non-space characters, as /\\S+/g finds them", () => {
    expect(wordCount("")).toBe(0);
    expect(wordCount("   \t\n ")).toBe(0);
    expect(wordCount("Lula met Modi")).toBe(3);
    expect(wordCount("  Lula   met\tModi  ")).toBe(3);
    expect(wordCount("14:36 | 14.08.2022")).toBe(3);
  });

  it("takes every space JavaScript's \\s takes, and nothing else, as a break", () => {
    // No-break, em, ideographic and narrow no-break spaces and the byte-order mark are spaces.
    expect(wordCount("Lula\u00a0met\u2003Modi\u3000in\u202fGoa\ufeffon Friday")).toBe(7);
    // A zero-width space and a soft hyphen are not: the words on either side stay one.
    expect(wordCount("Lula\u200bmet\u00adModi")).toBe(1);
  });

  it("agrees with the pattern on every code unit", () => {
    const differing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (wordCount(s) !== s.match(/\S+/g)!.length) differing.push(c.toString(16));
    }
    expect(differing).toEqual([]);
  });
});
