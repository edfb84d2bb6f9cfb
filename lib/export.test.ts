import { describe, expect, it } from "vitest";
import type { EventView } from "./events";
import { toCsv, toIcs, toJson } from "./export";

const event: EventView = {
  slug: "2023-03-putin-assad-moscow", date: "2023-03", precision: "month", type: "in-person",
  participants: [{ id: "vladimir-putin", name: "Vladimir Putin" }, { id: "bashar-al-assad", name: "Bashar al-Assad" }],
  pair: "putin-assad", place: "Moscow, Russia", host: "Vladimir Putin", initiator: null, conflicts: [],
  sources: [{ articleSlug: "a", articleTitle: null, publisher: null, url: null, published: null, publishedSource: null, quote: '=HYPERLINK("x") said "hi", ok', text: '=HYPERLINK("x") said "hi", ok', start: 0, end: 1, dateText: null, resolvedAgainst: null }],
};

describe("exports", () => {
  it("writes CSV a spreadsheet opens safely: quoted cells, no formulas", () => {
    const [, row] = toCsv([event]).trim().split("\r\n");
    expect(row).toContain(`"'=HYPERLINK(""x"") said ""hi"", ok"`);
    expect(row.startsWith('"2023-03-putin-assad-moscow","2023-03","month"')).toBe(true);
  });

  it("keeps each quote's exact slice and adds what a reader sees of it, in JSON and CSV", () => {
    const quote = "Prime Minister <b>Keir Starmer</b> met Giorgia Meloni in Rome &amp; Naples.";
    const fromPage: EventView = { ...event, sources: [{ ...event.sources[0], quote, text: "Prime Minister Keir Starmer met Giorgia Meloni in Rome & Naples." }] };
    expect(toJson([fromPage]).events[0].sources[0]).toEqual({ article: "a", quote, text: "Prime Minister Keir Starmer met Giorgia Meloni in Rome & Naples." });
    const [header, row] = toCsv([fromPage]).trim().split("\r\n");
    expect(header.split(",").slice(-2)).toEqual(["first_quote", "first_quote_text"]);
    expect(row.endsWith(`"${quote}","Prime Minister Keir Starmer met Giorgia Meloni in Rome & Naples."`)).toBe(true);
  });

  it("writes a month-precise event as an all-month iCalendar entry with escaped text", () => {
    const ics = toIcs([event], "https://summitry.example", new Date("2026-01-01T00:00:00Z"));
    expect(ics).toContain("DTSTART;VALUE=DATE:20230301\r\nDTEND;VALUE=DATE:20230401");
    expect(ics).toContain("LOCATION:Moscow\\, Russia");
    expect(ics).toContain("URL:https://summitry.example/events/2023-03-putin-assad-moscow");
  });
});
