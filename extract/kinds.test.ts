import { describe, expect, it } from "vitest";
import { CONTACT_KIND, CONTACT_TYPES, contactKindCss } from "./kinds";

describe("the kinds of contact", () => {
  it("give every kind its own label, shape and colour, so no two look alike", () => {
    for (const field of ["label", "shapeName", "shape"] as const) expect(new Set(CONTACT_TYPES.map((t) => CONTACT_KIND[t][field])).size).toBe(CONTACT_TYPES.length);
    expect(new Set(CONTACT_TYPES.map((t) => CONTACT_KIND[t].colour.light)).size).toBe(CONTACT_TYPES.length);
  });

  it("write each kind's colour for light and for dark pages", () => {
    const css = contactKindCss();
    expect(css).toContain("--c-phone:#d55e00;");
    expect(css).toMatch(/prefers-color-scheme: dark\)\{:root\{[^}]*--c-phone:#e69f00;/);
  });
});
