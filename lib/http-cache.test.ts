import { describe, expect, it } from "vitest";
import { etagFor, isFresh } from "./http-cache";

describe("ETags", () => {
  it("differ by question and by data version, and stay equal for the same question", () => {
    expect(etagFor("v1", "json?type=phone")).toBe(etagFor("v1", "json?type=phone"));
    expect(etagFor("v1", "json?type=phone")).not.toBe(etagFor("v1", "json?type=video"));
    expect(etagFor("v1", "json?type=phone")).not.toBe(etagFor("v2", "json?type=phone"));
  });

  it("match a conditional request weakly, in a list, or by *", () => {
    const tag = etagFor("v1", "k");
    expect(isFresh(tag, tag)).toBe(true);
    expect(isFresh(tag.replace(/^W\//, ""), tag)).toBe(true);
    expect(isFresh(`"other", ${tag}`, tag)).toBe(true);
    expect(isFresh("*", tag)).toBe(true);
    expect(isFresh(etagFor("v0", "k"), tag)).toBe(false);
    expect(isFresh(null, tag)).toBe(false);
  });
});
