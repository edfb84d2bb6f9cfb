import { describe, expect, it } from "vitest";
import { batchOf, heldOutBatches } from "./batches";

const files = ["data/eval/articles/v01-a.txt", "data/eval/articles/z02-b.txt", "data/eval/articles/za03-c.html", "data/eval/articles/a04-d.txt"];

describe("held-out batches", () => {
  it("names a batch by the letters its files start with, so za is not z", () => {
    expect(files.map(batchOf)).toEqual(["v", "z", "za", "a"]);
  });

  it("reads single letters and comma-separated names, holding out exactly those batches", () => {
    expect([...heldOutBatches("vwx", files)].sort()).toEqual(["v", "w", "x"]);
    expect([...heldOutBatches("vwx,za", files)].sort()).toEqual(["v", "w", "x", "za"]);
    expect(heldOutBatches("vwx,za", files).has("z")).toBe(false);
    expect([...heldOutBatches("z,za", files)].sort()).toEqual(["z", "za"]);
  });

  it("keeps a name with a repeated letter whole, so a batch still to be written holds out nothing else", () => {
    expect([...heldOutBatches("za,zzc", files)].sort()).toEqual(["za", "zzc"]);
    expect([...heldOutBatches("zzc", [...files, "data/eval/articles/zzc01-e.txt"])]).toEqual(["zzc"]);
  });
});
