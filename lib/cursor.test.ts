import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, Limit } from "./cursor";

describe("cursor", () => {
  it("round-trips where a page ended, as a URL-safe token", () => {
    const c = { date: "2024-07-25", slug: "2024-07-25-putin-assad-moscow" };
    const token = encodeCursor(c);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token)).toEqual(c);
    expect(decodeCursor(encodeCursor({ date: "2020", slug: "2020-x" }))).toEqual({ date: "2020", slug: "2020-x" });
  });

  it("refuses forged, truncated or hostile tokens", () => {
    const good = encodeCursor({ date: "2024-07-25", slug: "a-b" });
    for (const t of [good.slice(0, -3), "", "%%%", "not a token", Buffer.from('["2024-07-25","<script>"]').toString("base64url"), Buffer.from('{"date":"x"}').toString("base64url"), "A".repeat(500)]) {
      expect(decodeCursor(t), t).toBeNull();
    }
  });
});

describe("limit", () => {
  it("is 100 unless asked, and between 1 and 1000", () => {
    expect(Limit.parse(undefined)).toBe(100);
    expect(Limit.parse("250")).toBe(250);
    for (const bad of ["0", "1001", "2.5", "ten", "-1"]) expect(Limit.safeParse(bad).success, bad).toBe(false);
  });
});
