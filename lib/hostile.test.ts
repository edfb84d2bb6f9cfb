import { describe, expect, it } from "vitest";
import { isRoutablePath, isSlug, safeHttpUrl } from "./hostile";

describe("isRoutablePath", () => {
  it("accepts the app's own paths, encoded or not", () => {
    expect(isRoutablePath("/events/2024-07-25-putin-assad-moscow")).toBe(true);
    expect(isRoutablePath("/events/2024-07-25-putin-assad-moscow/opengraph-image")).toBe(true);
    expect(isRoutablePath("/events/%3Cscript%3E")).toBe(true); // decodes: the page itself answers 404
  });

  it("refuses percent-encoding that does not decode, control characters and overlong paths", () => {
    for (const p of ["/events/%FF%FE", "/articles/%C0%AF", "/events/%/opengraph-image", "/events/%E2%82", "/events/a%00b", "/articles/x%0Ay", "/events/" + "a".repeat(600)]) {
      expect(isRoutablePath(p), p).toBe(false);
    }
  });
});

describe("isSlug", () => {
  it("takes the slugs we mint and nothing else", () => {
    expect(isSlug("2024-07-25-putin-assad-moscow")).toBe(true);
    expect(isSlug("Putin")).toBe(false);
    expect(isSlug("a/b")).toBe(false);
    expect(isSlug("x".repeat(121))).toBe(false);
  });
});

describe("safeHttpUrl", () => {
  it("keeps http and https addresses", () => {
    expect(safeHttpUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeHttpUrl("http://example.org/")).toBe("http://example.org/");
  });

  it("drops every other scheme and anything that is not an absolute address", () => {
    for (const u of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd", "//evil.example/x", "/articles/x", "ftp://example.org/", "", null]) {
      expect(safeHttpUrl(u), String(u)).toBeNull();
    }
  });
});
