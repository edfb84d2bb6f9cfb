import { describe, expect, it } from "vitest";
import { ByteCache, cached } from "./cache";

const bytes = (n: number) => new Uint8Array(n);

describe("ByteCache", () => {
  it("never holds more bytes than its budget, dropping the least recently used", () => {
    const c = new ByteCache(10_000);
    for (let i = 0; i < 100; i++) c.set(`k${i}`, bytes(1000));
    expect(c.size).toBeLessThanOrEqual(10_000);
    expect(c.get("k99")).toBeDefined();
    expect(c.get("k0")).toBeUndefined();
  });

  it("keeps what is used and drops what is not", () => {
    const c = new ByteCache(10_000);
    for (let i = 0; i < 8; i++) c.set(`k${i}`, bytes(1000));
    c.get("k0");
    c.set("k8", bytes(1000));
    c.set("k9", bytes(1000));
    expect(c.get("k0")).toBeDefined();
    expect(c.get("k1")).toBeUndefined();
  });

  it("does not store one answer large enough to flush the rest", () => {
    const c = new ByteCache(10_000);
    c.set("small", bytes(100));
    c.set("huge", bytes(5000));
    expect(c.get("huge")).toBeUndefined();
    expect(c.get("small")).toBeDefined();
  });
});

describe("cached", () => {
  it("answers a repeated question from memory until the data's version changes", async () => {
    const c = new ByteCache(1 << 20);
    let calls = 0;
    const compute = async () => `answer ${++calls}`;
    const text = async (v: string) => new TextDecoder().decode(await cached(v, "k", compute, c));
    expect(await text("v1")).toBe("answer 1");
    expect(await text("v1")).toBe("answer 1");
    expect(await text("v2")).toBe("answer 2");
  });

  it("asks once for a crowd asking the same question at once", async () => {
    const c = new ByteCache(1 << 20);
    let calls = 0;
    const compute = () => new Promise<string>((r) => setTimeout(() => r(String(++calls)), 10));
    await Promise.all(Array.from({ length: 50 }, () => cached("v", "same", compute, c)));
    expect(calls).toBe(1);
  });

  it("never keeps a failure", async () => {
    const c = new ByteCache(1 << 20);
    await expect(cached("v", "bad", () => Promise.reject(new Error("db down")), c)).rejects.toThrow("db down");
    expect(new TextDecoder().decode(await cached("v", "bad", async () => "ok", c))).toBe("ok");
  });

  it("holds 250 differently spelled views of a big answer within its budget", async () => {
    const c = new ByteCache(4 << 20);
    for (let i = 0; i < 250; i++) await cached("v", `view-${i}`, async () => "x".repeat(300_000), c);
    expect(c.size).toBeLessThanOrEqual(4 << 20);
  });
});
