import { describe, expect, it } from "vitest";
import { packBins, unpackBins, type TimelineBin } from "./timeline-bins";

describe("packed bins", () => {
  it("unpack to the same bins, each ending where its unit does", () => {
    const bins: TimelineBin[] = [
      { t0: Date.UTC(2020, 1, 1), t1: Date.UTC(2020, 2, 1), type: "phone", count: 12 },
      { t0: Date.UTC(2020, 11, 1), t1: Date.UTC(2021, 0, 1), type: "video", count: 1 },
    ];
    expect(unpackBins("month", packBins(bins))).toEqual(bins);
    expect(unpackBins("week", [[Date.UTC(2024, 0, 1), 0, 3]])[0]).toEqual({ t0: Date.UTC(2024, 0, 1), t1: Date.UTC(2024, 0, 8), type: "in-person", count: 3 });
  });
});
