import { describe, expect, it } from "vitest";
import { dedupeGold, score, type GoldEvent } from "./evaluate";

const call = (date: string, participants = ["cyril-ramaphosa", "luiz-inacio-lula-da-silva"]): GoldEvent => ({ date, type: "phone", participants, place: null });

describe("dedupeGold: one contact, counted once however many articles tell it", () => {
  it("keeps one call that two articles date a day apart (the day held, the day reported), with the earlier told day when both are days", () => {
    expect(dedupeGold([[call("2023-05-02")], [call("2023-05-03")]])).toEqual([call("2023-05-02")]);
  });

  it("keeps a month and the day inside it as one contact, with the day", () => {
    expect(dedupeGold([[call("2023-05")], [call("2023-05-02")]])).toEqual([call("2023-05-02")]);
  });

  it("keeps two days one article gives as two contacts", () => {
    expect(dedupeGold([[call("2023-05-02"), call("2023-05-03")]])).toHaveLength(2);
  });

  it("keeps calls two days apart, other people or another kind of contact apart", () => {
    expect(dedupeGold([[call("2023-05-02")], [call("2023-05-04")]])).toHaveLength(2);
    expect(dedupeGold([[call("2023-05-02")], [call("2023-05-03", ["cyril-ramaphosa", "narendra-modi"])]])).toHaveLength(2);
    expect(dedupeGold([[call("2023-05-02")], [{ ...call("2023-05-03"), type: "video" }]])).toHaveLength(2);
  });

  it("scores one merged extraction of a call told a day apart as a full match, not a miss", () => {
    const s = score(dedupeGold([[call("2023-05-02")], [call("2023-05-03")]]), [call("2023-05-02")]);
    expect(s).toMatchObject({ precision: 1, recall: 1 });
  });
});
