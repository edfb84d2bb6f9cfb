import { describe, expect, it } from "vitest";
import { clauseOf } from "./clause";

const span = (text: string, word: string, joinsOnly = false) => {
  const [start, end] = clauseOf(text, text.indexOf(word), joinsOnly);
  return text.slice(start, end).trim();
};

describe("clause of a contact", () => {
  it("ends at a clause break either side of the word", () => {
    const text = "Lula met Modi in Goa, and Scholz phoned Boric on Friday; the two spoke again later.";
    expect(span(text, "met")).toBe("Lula met Modi in Goa");
    expect(span(text, "phoned")).toBe("Scholz phoned Boric on Friday");
    expect(span(text, "spoke")).toBe("the two spoke again later.");
  });

  it("with joins only, a clause of time or place stays in the clause it hangs on", () => {
    const text = "Modi received Lula in Goa, where the two walked on Monday, and Scholz phoned Boric.";
    expect(span(text, "walked")).toBe("the two walked on Monday");
    expect(span(text, "walked", true)).toBe("Modi received Lula in Goa, where the two walked on Monday");
    expect(span(text, "phoned", true)).toBe("Scholz phoned Boric.");
  });
});
