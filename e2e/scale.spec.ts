import { expect as baseExpect, test } from "@playwright/test";

// A second server over 100,000 synthetic events (bench/synthetic.ts), started by playwright.config.ts.
test.use({ baseURL: `http://127.0.0.1:${Number(process.env.E2E_SCALE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1)}` });

// This server answers views it has never seen from a 100,000-event database: allow it time on a busy machine.
test.setTimeout(120_000);
const expect = baseExpect.configure({ timeout: 30_000 });

type ApiEvent = { slug: string; date: string };

test("at 100,000 events the home page carries one page of the list and the chart's first view, not the data", async ({ request, page }) => {
  const res = await request.get("/");
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html.length).toBeLessThan(150_000);
  await page.goto("/");
  await expect(page.getByTestId("event-count")).toHaveText("100,000 events");
  await expect(page.getByTestId("event-item")).toHaveCount(30);
});

test("the chart shows bins at full range and the events themselves after zooming in", async ({ page }) => {
  await page.goto("/");
  const chart = page.getByTestId("timeline");
  await expect(chart).toHaveAttribute("data-detail", "bins");
  await expect(page.getByTestId("timeline-detail")).toContainText("100,000 events in view, counted per month");
  const box = (await chart.boundingBox())!;
  // Hovering a bin names its count and period.
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  await expect(page.getByTestId("timeline-tooltip")).toContainText(/\d+ in-person meetings/);
  for (let i = 0; i < 9; i++) await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(chart).toHaveAttribute("data-detail", "marks");
  await expect(page.getByTestId("timeline-detail")).toContainText("Drag to pan");
});

test("keyboard navigation moves between real events at any zoom", async ({ page, request }) => {
  const first = ((await (await request.get("/api/events?limit=2")).json()) as { events: ApiEvent[] }).events;
  await page.goto("/");
  await page.getByTestId("timeline").focus();
  await page.keyboard.press("Home");
  await expect(page.getByTestId("timeline-announcer")).toContainText(/\b2000\b/);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("timeline-tooltip")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/events/${first[1].slug}$`));
});

test("the list and the filters agree with the chart", async ({ page, request }) => {
  await page.goto("/?from=2010&to=2012&type=phone");
  const api = (await (await request.get("/api/events?type=phone&from=2010&to=2012&limit=1")).json()) as { events: ApiEvent[] };
  const count = (await page.getByTestId("event-count").textContent())!.match(/^([\d,]+) events/)![1];
  await expect(page.getByTestId("timeline-detail")).toContainText(`${count} events in view`);
  await expect(page.getByTestId("event-item").first().locator("a").first()).toHaveAttribute("href", `/events/${api.events[0].slug}`);
});

test("/api/events pages by cursor through all 100,000 events without a gap or a repeat", async ({ request }) => {
  const seen = new Set<string>();
  let last: ApiEvent | null = null;
  let url: string | null = "/api/events?limit=500&year=2005&type=video";
  let pages = 0;
  while (url) {
    const body = (await (await request.get(url)).json()) as { events: ApiEvent[]; next: string | null };
    for (const e of body.events) {
      expect(seen.has(e.slug)).toBe(false);
      // The list order: by date as stored ("2005" before "2005-01" before "2005-01-01"), then slug.
      if (last) expect(e.date > last.date || (e.date === last.date && e.slug > last.slug)).toBe(true);
      last = e;
      seen.add(e.slug);
    }
    url = body.next;
    pages++;
  }
  const total = (await (await request.get("/?year=2005&type=video")).text()).match(/([\d,]+)<!-- --> <!-- -->events/)?.[1];
  expect(String(seen.size.toLocaleString("en-GB"))).toBe(total);
  expect(pages).toBeGreaterThan(1);
});

test("CSV streams every one of the 100,000 events (past SQLite's 32,766 bound variables)", async ({ request }) => {
  const res = await request.get("/api/events?format=csv");
  expect(res.status()).toBe(200);
  const lines = (await res.text()).trimEnd().split("\r\n");
  expect(lines).toHaveLength(100_001);
});
