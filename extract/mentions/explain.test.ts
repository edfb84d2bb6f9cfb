import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../catalogue";
import { extract } from "../pipeline";
import { explainArticle } from "./explain";

const catalogue = loadCatalogue();
const input = (body: string) => ({ file: "x.txt", text: `---\npublished: 2023-06-15\n---\nA headline for the test\n\n${body}\n` });

describe("extract --explain", () => {
  it("names the rule that proposed, filled and emitted a contact, sentence by sentence", () => {
    const result = extract([input("Recep Tayyip Erdogan called Vladimir Putin on Tuesday to discuss grain.")], catalogue, { explain: true });
    const text = explainArticle(result.articles[0], result.traces!.get("x.txt")!, result.events);
    expect(text).toContain('"Recep Tayyip Erdogan called Vladimir Putin on Tuesday to discuss grain."');
    expect(text).toMatch(/cue\s+call-verb-with-leader\s+"called" is a phone contact/);
    expect(text).toMatch(/#1\s+fill\s+caller-subject\s+recep-tayyip-erdogan/);
    expect(text).toMatch(/#1\s+emit\s+dated\s+phone .* on 2023-06-13/);
    expect(text).toContain("2023-06-13-putin-erdogan-phone-call");
  });

  it("names the filter that vetoed a contact, and why", () => {
    const result = extract([input("Vladimir Putin will meet Xi Jinping in Beijing on October 18.")], catalogue, { explain: true });
    const text = explainArticle(result.articles[0], result.traces!.get("x.txt")!, result.events);
    expect(text).toMatch(/veto\s+not-happened\s+"meet" is planned/);
    expect(text).toContain("no event cites this article");
  });

  it("changes nothing in the result it explains", () => {
    const inputs = [input("Vladimir Putin and Xi Jinping held a video call in December 2022 and met in Samarkand in September 2022.")];
    const { traces, ...explained } = extract(inputs, catalogue, { explain: true });
    expect(traces?.size).toBe(1);
    expect(explained).toEqual(extract(inputs, catalogue));
  });
});
