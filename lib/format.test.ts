import { describe, expect, it } from "vitest";
import { headline, joinNames } from "./format";

describe("format", () => {
  it("names two people with 'and' and three with commas", () => {
    expect(joinNames([{ name: "Vladimir Putin" }, { name: "Bashar al-Assad" }])).toBe("Vladimir Putin and Bashar al-Assad");
    expect(joinNames([{ name: "Vladimir Putin" }, { name: "Emmanuel Macron" }, { name: "Olaf Scholz" }])).toBe("Vladimir Putin, Emmanuel Macron and Olaf Scholz");
  });

  it("writes an event's headline with its kind, place and date at its precision", () => {
    const people = [{ name: "Vladimir Putin" }, { name: "Emmanuel Macron" }, { name: "Olaf Scholz" }];
    expect(headline({ participants: people, type: "phone", place: null, date: "2022-05", precision: "month" })).toMatch(/^Vladimir Putin, Emmanuel Macron and Olaf Scholz: phone call, May 2022$/i);
  });
});
