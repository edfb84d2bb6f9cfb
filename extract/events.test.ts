import { describe, expect, it } from "vitest";
import { loadCatalogue } from "./catalogue";
import { mergeMentions, placesAgree } from "./events";
import { LeaderIndex } from "./leaders";
import type { Mention } from "./types";

const index = new LeaderIndex(loadCatalogue());
let n = 0;
function m(file: string, date: string, extra: Partial<Mention> = {}): Mention {
  const precision = date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
  return {
    file, type: "in-person", participants: ["vladimir-putin", "bashar-al-assad"], date: { value: date, precision }, dateText: null, resolvedAgainst: null,
    place: "Moscow, Russia", placeCountry: "RU", host: "vladimir-putin", initiator: null, quote: `q${n}`, start: n++ * 10, end: n * 10, ...extra,
  };
}

describe("events", () => {
  it("merges reports of one contact and lets the most precise date win", () => {
    const [e] = mergeMentions([m("a", "2023-03"), m("b", "2023-03-14"), m("c", "2023")], index);
    expect(e).toMatchObject({ date: "2023-03-14", precision: "day", slug: "2023-03-14-putin-assad-moscow", host: "Vladimir Putin" });
    expect(e.sources.map((s) => s.file)).toEqual(["a", "b", "c"]);
  });

  it("keeps a disagreement about the day as a conflict instead of hiding it", () => {
    const [e, ...rest] = mergeMentions([m("a", "2024-01-24"), m("b", "2024-01-23"), m("c", "2024-01-24")], index);
    expect(rest).toEqual([]);
    expect(e.date).toBe("2024-01-24");
    expect(e.conflicts).toEqual([{ field: "date", values: [{ value: "2024-01-23", files: ["b"] }, { value: "2024-01-24", files: ["a", "c"] }] }]);
  });

  it("keeps contacts of different kinds, people or weeks apart", () => {
    const events = mergeMentions([m("a", "2020-11-05"), m("a", "2020-11-20"), m("a", "2020-11-05", { type: "video", place: null })], index);
    expect(events.map((e) => e.slug)).toEqual(["2020-11-05-putin-assad-moscow", "2020-11-05-putin-assad-video-call", "2020-11-20-putin-assad-moscow"]);
  });

  it("makes no event of a vague date that could be either of two contacts, and joins it to neither", () => {
    const events = mergeMentions([m("a", "2023-03-01"), m("b", "2023-03-20"), m("c", "2023-03")], index);
    expect(events.map((e) => [e.date, e.sources.length])).toEqual([["2023-03-01", 1], ["2023-03-20", 1]]);
  });

  it("joins a vague date that fits two contacts to the one whose place it names, and never to one it does not", () => {
    const pair = { participants: ["narendra-modi", "luiz-inacio-lula-da-silva"], host: null };
    const known = [m("a", "2023-10-04", { ...pair, place: "Goa, India" }), m("b", "2023-10-20", { ...pair, place: "Brasília, Brazil" })];
    const inGoa = mergeMentions([...known, m("c", "2023-10", { ...pair, place: "Goa, India" })], index);
    expect(inGoa.map((e) => [e.date, e.sources.length])).toEqual([["2023-10-04", 2], ["2023-10-20", 1]]);
    // A draft that also holds an unplaced report agrees with any place, but names none: it is not picked for one.
    const unplaced = mergeMentions([...known, m("d", "2023-10-20", { ...pair, place: null }), m("c", "2023", { ...pair, place: "Goa, India" })], index);
    expect(unplaced.map((e) => [e.date, e.sources.length])).toEqual([["2023-10-04", 2], ["2023-10-20", 2]]);
    // A place that agrees with no contact of the month is another contact: an event of its own.
    const elsewhere = mergeMentions([...known, m("c", "2023-10", { ...pair, place: "Lima, Peru" })], index);
    expect(elsewhere.map((e) => e.date)).toEqual(["2023-10", "2023-10-04", "2023-10-20"]);
  });

  it("makes no event of a vague date that fits two contacts however often it is told", () => {
    const pair = { participants: ["narendra-modi", "luiz-inacio-lula-da-silva"], host: null, place: null };
    const events = mergeMentions([m("a", "2023-10-04", pair), m("b", "2023-10-20", pair), m("c", "2023-10", pair), m("d", "2023-10", pair), m("e", "2023-10", pair)], index);
    expect(events.map((e) => [e.date, e.sources.length])).toEqual([["2023-10-04", 1], ["2023-10-20", 1]]);
  });

  it("gives stable slugs: the same input, the same slugs", () => {
    const input = [m("a", "2022-07"), m("b", "2021-09-13"), m("c", "2018-05")];
    expect(mergeMentions(input, index).map((e) => e.slug)).toEqual(mergeMentions([...input].reverse(), index).map((e) => e.slug));
  });

  it("treats a city as agreeing with its country", () => {
    expect(placesAgree("Moscow, Russia", "Russia")).toBe(true);
    expect(placesAgree("Moscow, Russia", "Sochi, Russia")).toBe(false);
  });

  it("keeps two days one article gives as two contacts, and joins a month to either place of a visit", () => {
    const events = mergeMentions([m("a", "2023-03-20"), m("a", "2023-03-21"), m("b", "2023-03-20")], index);
    expect(events.map((e) => [e.date, e.sources.length, e.conflicts.length])).toEqual([["2023-03-20", 2, 0], ["2023-03-21", 1, 0]]);
    const visit = mergeMentions([m("c", "2024-07-08"), m("c", "2024-07-08", { place: "Novo-Ogaryovo, Russia" }), m("d", "2024-07")], index);
    expect(visit).toHaveLength(1);
  });

  it("joins a month to the first day of a visit told day by day, not to one of two separate meetings", () => {
    const visit = mergeMentions([m("a", "2023-03-20"), m("a", "2023-03-21"), m("b", "2023-03")], index);
    expect(visit.map((e) => [e.date, e.sources.length])).toEqual([["2023-03-20", 2], ["2023-03-21", 1]]);
    const apart = mergeMentions([m("a", "2023-03-02"), m("a", "2023-03-25"), m("b", "2023-03")], index);
    expect(apart.map((e) => [e.date, e.sources.length])).toEqual([["2023-03-02", 1], ["2023-03-25", 1]]);
  });

  it("makes one contact of reports a day apart (event day and report day, a time zone), listing each source's date", () => {
    const [e, ...rest] = mergeMentions([m("kremlin", "2021-01-22", { type: "phone", place: null }), m("agency", "2021-01-23", { type: "phone", place: null }), m("wire", "2021-01-22", { type: "phone", place: null })], index);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ date: "2021-01-22", type: "phone" });
    expect(e.sources.map((s) => s.file)).toEqual(["agency", "kremlin", "wire"]);
    expect(e.conflicts).toEqual([{ field: "date", values: [{ value: "2021-01-22", files: ["kremlin", "wire"] }, { value: "2021-01-23", files: ["agency"] }] }]);
  });

  it("keeps reports two days apart from different sources as two contacts", () => {
    expect(mergeMentions([m("a", "2021-01-20", { type: "phone", place: null }), m("b", "2021-01-22", { type: "phone", place: null })], index).map((e) => e.date)).toEqual(["2021-01-20", "2021-01-22"]);
  });

  it("joins a month told in one article to the one such contact another article dates to the day, without a conflict", () => {
    const [e, ...rest] = mergeMentions([m("analysis", "2023-07", { place: null }), m("wire", "2023-07-11", { place: "Vilnius, Lithuania" })], index);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ date: "2023-07-11", precision: "day", place: "Vilnius, Lithuania", conflicts: [] });
    expect(e.sources.map((s) => s.file)).toEqual(["analysis", "wire"]);
    // A year holding exactly one such contact takes it too.
    expect(mergeMentions([m("old", "2023", { place: null }), m("wire", "2023-07-11")], index)).toHaveLength(1);
  });

  it("keeps separate bilaterals on one summit's sidelines as separate events, not one three-way meeting", () => {
    const day = "2023-07-11";
    const place = "Vilnius, Lithuania";
    const events = mergeMentions(
      [
        m("a", day, { participants: ["joe-biden", "recep-tayyip-erdogan"], place }),
        m("a", day, { participants: ["recep-tayyip-erdogan", "volodymyr-zelensky"], place }),
        m("b", day, { participants: ["joe-biden", "volodymyr-zelensky"], place }),
        m("b", day, { participants: ["joe-biden", "recep-tayyip-erdogan"], place }),
      ],
      index,
    );
    expect(events.map((e) => e.participants.length)).toEqual([2, 2, 2]);
    expect(events.find((e) => e.participants.includes("Joe Biden") && e.participants.includes("Recep Tayyip Erdoğan"))?.sources).toHaveLength(2);
    // A three-way meeting the same day is its own event beside the bilaterals.
    const withTrilateral = mergeMentions([m("c", day, { participants: ["joe-biden", "recep-tayyip-erdogan", "volodymyr-zelensky"], place }), m("a", day, { participants: ["joe-biden", "recep-tayyip-erdogan"], place })], index);
    expect(withTrilateral.map((e) => e.participants.length).sort()).toEqual([2, 3]);
  });
});
