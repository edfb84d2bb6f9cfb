import { expect, test } from "@playwright/test";

test("/api/events answers JSON with the same filters as the pages", async ({ request }) => {
  const res = await request.get("/api/events?from=2020&to=2021&type=in-person,video");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.events.map((e: { slug: string }) => e.slug)).toEqual(["2020-01-putin-assad-syria", "2020-11-putin-assad-video-call", "2021-09-13-putin-assad-moscow"]);
  expect(body.events[2]).toMatchObject({ precision: "day", participants: ["Vladimir Putin", "Bashar al-Assad"], host: "Vladimir Putin" });
  expect(body.events[2].sources[0]).toEqual({ article: expect.any(String), quote: expect.any(String) });
});

test("/api/events exports CSV and iCalendar", async ({ request }) => {
  const csv = await request.get("/api/events?format=csv&type=phone");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('"2023-02"');
  const ics = await request.get("/api/events?format=ics&year=2024");
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const text = await ics.text();
  expect(text).toContain("BEGIN:VCALENDAR");
  expect(text).toContain("DTSTART;VALUE=DATE:20240725");
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
});

test("malformed filters answer 400 with a JSON error naming the parameter", async ({ request }) => {
  for (const [query, param] of [
    ["year=twenty", "year"],
    ["type=fax", "type"],
    ["from=2020&to=2010", "from"],
    ["pair=%3Cscript%3E", "pair"],
    ["format=xml", "format"],
    ["year=2020&from=2019", "year"],
  ]) {
    const res = await request.get(`/api/events?${query}`);
    expect(res.status(), query).toBe(400);
    expect((await res.json()).error.param, query).toBe(param);
  }
});

test("responses carry security headers", async ({ request }) => {
  const res = await request.get("/");
  const h = res.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
