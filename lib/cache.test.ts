import { describe, expect, it } from "vitest";
import { cached } from "./cache";

describe("cached", () => {
  it("answers repeated questions from memory for a few seconds, then asks again", async () => {
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cached("k", compute, 1000)).toBe(1);
    expect(await cached("k", compute, 2000)).toBe(1);
    expect(await cached("k", compute, 5000)).toBe(2);
  });

  it("never keeps a failure", async () => {
    await expect(cached("bad", () => Promise.reject(new Error("db down")), 1000)).rejects.toThrow("db down");
    expect(await cached("bad", async () => "ok", 1001)).toBe("ok");
  });
});
