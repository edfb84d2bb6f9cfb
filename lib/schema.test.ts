/** SQLite and PostgreSQL share one data model: their two schema files must not drift apart. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const models = (path: string) => {
  const text = readFileSync(path, "utf8");
  return text.slice(text.indexOf("/// A head of state"));
};

describe("the PostgreSQL schema", () => {
  it("has exactly the SQLite schema's models, so both databases hold the same data", () => {
    expect(models("prisma/postgresql/schema.prisma")).toBe(models("prisma/schema.prisma"));
  });
});
