import { expect, test } from "@playwright/test";

test("/api/events answers JSON with the same filters as the pages", async ({ request }) => {
  const res = await request.get("/api/events?from=2020&to=2021&type=in-person,video");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.events.map((e: { slug: string }) => e.slug)).toEqual(["2020-01-putin-assad-syria", "2020-11-putin-assad-video-call", "2021-09-13-putin-assad-moscow"]);
  expect(body.events[2]).toMatchObject({ precision: "day", participants: ["Vladimir Putin", "Bashar al-Assad"], host: "Vladimir Putin" });
  expect(body.events[2].sources[0]).toEqual({ article: expect.any(String), quote: expect.any(String), text: expect.any(String) });
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

test("/api/events pages with a cursor: following `next` gives every event once, in order, as one unpaged answer does", async ({ request }) => {
  const all = (await (await request.get("/api/events?limit=1000")).json()).events.map((e: { slug: string }) => e.slug);
  expect(all.length).toBeGreaterThan(3);
  const paged: string[] = [];
  let url: string | null = "/api/events?limit=3";
  while (url) {
    const body: { events: { slug: string }[]; next: string | null } = await (await request.get(url)).json();
    expect(body.events.length).toBeLessThanOrEqual(3);
    paged.push(...body.events.map((e) => e.slug));
    url = body.next;
  }
  expect(paged).toEqual(all);
  for (const [query, param] of [["limit=0", "limit"], ["limit=1001", "limit"], ["cursor=forged", "cursor"]]) {
    const res = await request.get(`/api/events?${query}`);
    expect(res.status(), query).toBe(400);
    expect((await res.json()).error.param, query).toBe(param);
  }
});

test("/api/events answers 304 to a client that holds the same answer, whatever order its filters are in", async ({ request }) => {
  const first = await request.get("/api/events?type=video,phone&from=2016");
  const etag = first.headers()["etag"];
  expect(etag).toBeTruthy();
  expect(first.headers()["cache-control"]).toContain("max-age=");
  const again = await request.get("/api/events?from=2016&type=phone,video", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect(await again.text()).toBe("");
  const other = await request.get("/api/events?from=2017&type=phone,video", { headers: { "if-none-match": etag } });
  expect(other.status()).toBe(200);
});

test("/api/timeline answers the chart's view: the events themselves when few are in range", async ({ request }) => {
  const res = await request.get(`/api/timeline?start=${Date.UTC(2015, 0, 1)}&end=${Date.UTC(2025, 0, 1)}&width=1000`);
  expect(res.status()).toBe(200);
  const view = await res.json();
  expect(view.kind).toBe("marks");
  expect(view.marks.map((m: { when: string }) => m.when)).toContain("25 July 2024");
  expect((await request.get("/api/timeline?start=5&end=1")).status()).toBe(400);
});
