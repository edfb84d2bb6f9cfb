import { describe, expect, it } from "vitest";
import { answerKind, normalisedQuery, pageKey } from "./page-key";

const day = new Date("2026-11-23T12:00:00Z");
const key = (path: string, headers: Record<string, string> = {}) => pageKey(new URL(path, "http://x.test"), new Headers({ host: "summitry.test", ...headers }), day);

describe("page cache keys", () => {
  it("are one key for one view of the timeline, however its address is spelled", () => {
    const spellings = ["/?type=phone,video&from=2010&to=2015", "/?to=2015&from=2010&type=video,phone", "/?type=video,phone,video&from=2010&to=2015&utm_source=x", "/?from=2010&to=2015&type=phone,video&page=1&q="];
    expect(new Set(spellings.map((s) => key(s))).size).toBe(1);
    expect(new Set(["/embed?type=video,phone", "/embed?type=phone,video&page=abc"].map((s) => key(s))).size).toBe(1);
  });

  it("tell apart what the page shows differently", () => {
    const views = ["/", "/?type=phone", "/?type=video", "/?page=2", "/?page=3", "/?q=visit", "/embed", "/?year=2010", "/?year=twenty", "/?year=1800", "/events/a", "/events/b", "/leaders?sort=name", "/leaders?sort=count"];
    expect(new Set(views.map((s) => key(s))).size).toBe(views.length);
  });

  it("key an invalid filter by the error the page shows, not by its spelling", () => {
    expect(normalisedQuery("/", new URLSearchParams("type=fax"))).toBe(normalisedQuery("/", new URLSearchParams("type=fax&x=1")));
    expect(normalisedQuery("/", new URLSearchParams("type=fax"))).toMatch(/^!type:/);
  });

  it("keep every parameter, in order, on pages that do not parse filters", () => {
    expect(normalisedQuery("/leaders/a", new URLSearchParams("page=2&b=1&_rsc=abc"))).toBe("?b=1&page=2");
    expect(normalisedQuery("/leaders/a", new URLSearchParams("page=3"))).not.toBe(normalisedQuery("/leaders/a", new URLSearchParams("page=2")));
  });

  it("differ by the origin the page links to, the day it counts from, and crawlers that read only HTML", () => {
    expect(key("/")).not.toBe(key("/", { "x-forwarded-host": "other.test" }));
    expect(key("/")).not.toBe(pageKey(new URL("http://x.test/"), new Headers({ host: "summitry.test" }), new Date("2026-11-24T00:00:01Z")));
    expect(key("/", { "user-agent": "Twitterbot/1.0" })).not.toBe(key("/", { "user-agent": "Mozilla/5.0 Chrome/130" }));
    expect(key("/", { "user-agent": "Mozilla/5.0 Firefox/130" })).toBe(key("/", { "user-agent": "Mozilla/5.0 Chrome/130" }));
  });

  it("keep a page's HTML apart from its navigation payloads, and those apart by the router state they answer", () => {
    const flight = { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" };
    expect(key("/events/a", flight)).not.toBe(key("/events/a"));
    expect(key("/events/a?_rsc=abc", flight)).toBe(key("/events/a?_rsc=xyz", flight));
    expect(key("/events/a", flight)).not.toBe(key("/events/a", { ...flight, "next-router-state-tree": "%5B%22other%22%5D" }));
    expect(key("/events/a", flight)).not.toBe(key("/events/a", { ...flight, "next-router-prefetch": "1" }));
    expect(answerKind(new Headers())).toBe("document");
  });
});
