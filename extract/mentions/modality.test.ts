import { describe, expect, it } from "vitest";
import { FRAME_RULES } from "./config";
import { cuesIn } from "./cues";
import { appositionModality, bareInfinitive, futureTime, heldSince, mayModal, notHeldBefore, plannedAfter, retracted } from "./modality";
import { firstOf } from "./rules";

/** The modality of the first contact word of `text`, by the configured rules. */
function modality(text: string) {
  const cue = cuesIn(text).find((c) => c.kind === "contact")!;
  return firstOf(FRAME_RULES.modality, { text, cue }, null, "fill") ?? "happened";
}
/** The rule input for the contact word `word` of `text` (by default its first contact word). */
const input = (text: string, word?: string) => ({ text, cue: cuesIn(text).find((c) => c.kind === "contact" && (!word || text.slice(c.start, c.end) === word))! });

describe("modality rules", () => {
  it("retracted: a contact the sentence takes back or tells only as a claim did not happen", () => {
    expect(retracted.apply(input("The palace first said the two kings spoke by phone, but it later corrected itself: they had only exchanged messages."))).toBe("denied");
    expect(retracted.apply(input("Posts shared widely online say that Lula secretly called Milei last week."))).toBe("denied");
    expect(modality("The ministry corrected the record: Erdogan did speak with Putin, on Monday.")).toBe("denied");
    expect(retracted.apply(input("Lula spoke by phone with Milei on Friday, the presidency said."))).toBeNull();
    expect(retracted.apply(input("Ramaphosa met Lula in Pretoria, where the record of the talks was corrected by aides."))).toBeNull();
  });

  it("held-since: the visit after 'has not met … since' happened", () => {
    expect(heldSince.apply(input("Scholz has not met Putin since a visit to Moscow", "visit"))).toBe("happened");
    expect(heldSince.apply(input("Scholz has not met Putin in Moscow", "met"))).toBeNull();
  });

  it("not-held-before: planned, hypothetical or denied by the words before", () => {
    expect(notHeldBefore.apply(input("Putin will meet Xi in Beijing"))).toBe("planned");
    expect(notHeldBefore.apply(input("Erdogan said he might visit Damascus"))).toBe("hypothetical");
    expect(notHeldBefore.apply(input("Meloni has never spoken by phone to Putin"))).toBe("denied");
    expect(notHeldBefore.apply(input("Putin met Xi in Beijing"))).toBeNull();
  });

  it("may-modal: 'may' in lower case only", () => {
    expect(mayModal.apply(input("the two may meet in Kazan"))).toBe("hypothetical");
    expect(mayModal.apply(input("In May they met in Kazan"))).toBeNull();
  });

  it("planned-after: 'talks … are planned for Friday'", () => {
    expect(plannedAfter.apply(input("talks with Putin are planned for Friday"))).toBe("planned");
    expect(plannedAfter.apply(input("talks with Putin lasted three hours"))).toBeNull();
  });

  it("future-time: 'tomorrow', 'next week', 'due to begin' in the contact's own clause", () => {
    expect(futureTime.apply(input("a bilateral meeting on the sidelines tomorrow"))).toBe("planned");
    expect(futureTime.apply(input("talks are due to begin later this month in Caracas"))).toBe("planned");
    expect(futureTime.apply(input("they met on Monday and agreed to talk again next week"))).toBeNull();
  });

  it("reads a contact that happened as happened", () => {
    expect(modality("Putin met Xi in Beijing on Tuesday")).toBe("happened");
    expect(modality("Lukashenko arrived in Moscow on Thursday")).toBe("happened");
  });

  it("bare-infinitive: 'a good time to meet' is an aim; 'flew to Beijing to meet' happened", () => {
    expect(bareInfinitive.apply(input("Trump told reporters it was a very good time to meet Putin", "meet"))).toBe("planned");
    expect(bareInfinitive.apply(input("Putin flew to Beijing to meet Xi", "meet"))).toBeNull();
  });

  it("apposition-modality: ', a meeting …' takes the modality of its clause", () => {
    expect(appositionModality.apply(input("Trump is still scheduled to have dinner with Xi on Saturday, a meeting closely watched", "meeting"))).toBe("planned");
    expect(appositionModality.apply(input("Trump had dinner with Xi on Saturday, a meeting closely watched", "meeting"))).toBeNull();
  });

  it("planned-after reaches a long subject: 'talks with President Biden at the White House are expected'", () => {
    expect(plannedAfter.apply(input("Tuesday's talks with President Joe Biden at the White House are expected to focus on trade"))).toBe("planned");
  });
});

