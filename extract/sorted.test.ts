import { describe, expect, it } from "vitest";
import { lastAtOrBefore } from "./sorted";

describe("lastAtOrBefore", () => {
  const at = (n: number) => n;
  it("finds the last item at or before a value, an equal one included", () => {
    expect(lastAtOrBefore([3, 8, 15], 8, at)).toBe(1);
    expect(lastAtOrBefore([3, 8, 15], 14, at)).toBe(1);
    expect(lastAtOrBefore([3, 8, 15], 99, at)).toBe(2);
    expect(lastAtOrBefore([{ start: 4 }, { start: 10 }], 10, (s) => s.start)).toBe(1);
  });

  it("finds none before the first item or in an empty list", () => {
    expect(lastAtOrBefore([3, 8, 15], 2, at)).toBe(-1);
    expect(lastAtOrBefore([], 5, at)).toBe(-1);
  });
});
