import { describe, expect, it } from "vitest";
import { inContext, splitBySpans, textFragment } from "./quote";

describe("quote helpers", () => {
  it("splits an article at evidence spans, overlapping ones included", () => {
    const pieces = splitBySpans("aaa BBB ccc DDD", [{ start: 4, end: 7 }, { start: 4, end: 15 }]);
    expect(pieces.map((p) => [p.text, p.marks])).toEqual([["aaa ", []], ["BBB", [0, 1]], [" ccc DDD", [1]]]);
    expect(pieces.map((p) => p.text).join("")).toBe("aaa BBB ccc DDD");
  });

  it("shows a quote with some words around it", () => {
    const text = "one two three four five SIX seven eight nine ten";
    const c = inContext(text, text.indexOf("SIX"), text.indexOf("SIX") + 3, 10);
    expect(c.quote).toBe("SIX");
    expect(c.before.startsWith("…")).toBe(true);
    expect(c.after.endsWith("…")).toBe(true);
  });

  it("builds a text fragment that survives commas and dashes", () => {
    expect(textFragment("Putin, Assad meet")).toBe("#:~:text=Putin%2C%20Assad%20meet");
    expect(textFragment("one two three four five six seven eight nine-ten")).toBe("#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine%2Dten");
  });
});
