import { describe, expect, it } from "vitest";
import { clauseOf, ownObject } from "./clause";

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

describe("ownObject: the leader is the contact word's own object", () => {
  const at = (text: string, word: string, name: string) => [text.indexOf(word) + word.length, text.indexOf(name), text.indexOf(name) + name.length] as const;
  const own = (text: string, word: string, name: string) => ownObject(text, ...at(text, word, name));

  it("right after the verb, after 'with' or 'to', after how it was held and a title", () => {
    expect(own("Lula called Scholz on Monday.", "called", "Scholz")).toBe(true);
    expect(own("Lula held talks by phone with his German counterpart, Chancellor Scholz.", "talks", "Scholz")).toBe(true);
    expect(own("Lula spoke on the phone to the President of Brazil, Modi.", "spoke", "Modi")).toBe(true);
  });

  it("not an aide's, a topic's, an owner's, a possessive or a later clause's leader", () => {
    expect(own("Lula held talks with an aide to Scholz.", "talks", "Scholz")).toBe(false);
    expect(own("Lula held talks with officials loyal to Scholz.", "talks", "Scholz")).toBe(false);
    expect(own("Lula spoke by phone about Scholz.", "spoke", "Scholz")).toBe(false);
    expect(own("Lula held talks with the Foreign Minister of Scholz.", "talks", "Scholz")).toBe(false);
    expect(own("Lula called Scholz's office.", "called", "Scholz")).toBe(false);
    expect(own("Lula spoke by phone on Monday, and Scholz welcomed the call.", "spoke", "Scholz")).toBe(false);
  });
});

