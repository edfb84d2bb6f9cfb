/**
 * Quotes from pages and feeds, as readers see them: a server over e2e/fixtures/markup (an HTML
 * page and an RSS feed whose proving sentences hold tags, references, CDATA, escaped HTML and
 * script), started by playwright.config.ts. Screenshots go to test-results/quotes/.
 */
import { expect, test, type Page } from "@playwright/test";

test.use({ baseURL: `http://127.0.0.1:${Number(process.env.E2E_MARKUP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2)}` });

const PAGE_CALL = "/events/2023-06-14-lula-trudeau-phone-call";
const FEED_CALL = "/events/2023-03-06-kishida-albanese-phone-call";
const FEED_VISIT = "/events/2023-03-03-meloni-sanchez-rome";
const PAGE_QUOTE = "Prime Minister Justin Trudeau spoke by telephone with President Lula of Brazil on Wednesday, June 14, 2023, to discuss the Amazon & the leaders’ plans for clean energy.";
const FEED_QUOTE = "Australian Prime Minister Anthony Albanese held a phone call with Japanese Prime Minister Fumio Kishida on Monday, March 6, 2023, about trade & the region’s security.";
const CDATA_QUOTE = "Italian Prime Minister Giorgia Meloni received Spanish Prime Minister Pedro Sánchez at Palazzo Chigi in Rome on Friday, March 3, 2023, for talks on migration.";
/** What a reader must never see of the files' markup. */
const MARKUP = ["<", ">", "&amp;", "&#", "&lt;", "&quot;", "&nbsp;", "CDATA", "strong", "href", "__pwned"];

/** Every dialog the page opens, and whether any script of the fixtures ran. */
function watch(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { dialogs, ran: () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned) };
}

async function expectNoMarkup(text: string) {
  for (const m of MARKUP) expect(text, `shows "${m}"`).not.toContain(m);
}

test("an event from an HTML page shows its proving sentence as text, in context, and runs nothing", async ({ page }) => {
  const w = watch(page);
  await page.goto(PAGE_CALL);
  const source = page.getByTestId("source");
  await expect(source).toHaveCount(1);
  await expect(source.locator("mark")).toHaveText(PAGE_QUOTE);
  // The context around it is the page's text too, not its tags or its script.
  await expect(source.locator("blockquote")).toContainText("The two leaders agreed to stay in close contact");
  await expectNoMarkup(await source.locator("blockquote").innerText());
  // The title of the page as its reader sees it: "&#8211;" is a dash.
  await expect(source.getByRole("link").first()).toHaveText("Prime Minister speaks with the President of Brazil – Office of the Prime Minister");
  // The link to the original highlights words that are on the original page, not its markup.
  const original = await source.getByRole("link", { name: "Read it at the original address" }).getAttribute("href");
  expect(original).toBe("https://pm.example/news/call-brazil#:~:text=Prime%20Minister%20Justin%20Trudeau,plans%20for%20clean%20energy.");
  await page.screenshot({ path: "test-results/quotes/event-from-page.png", fullPage: true });
  expect(await w.ran()).toBeUndefined();
  expect(w.dialogs).toEqual([]);
});

test("events from a feed show escaped HTML and CDATA read away", async ({ page }) => {
  await page.goto(FEED_CALL);
  await expect(page.getByTestId("source").locator("mark")).toHaveText(FEED_QUOTE);
  await expectNoMarkup(await page.getByTestId("source").locator("blockquote").innerText());
  await page.screenshot({ path: "test-results/quotes/event-from-feed.png", fullPage: true });
  await page.goto(FEED_VISIT);
  await expect(page.getByTestId("source").locator("mark")).toHaveText(CDATA_QUOTE);
  await expectNoMarkup(await page.getByTestId("source").locator("blockquote").innerText());
});

test("the embedded card shows the same text", async ({ page }) => {
  const w = watch(page);
  await page.goto(`/embed${PAGE_CALL}`);
  await expect(page.getByTestId("embed-source").locator("blockquote")).toHaveText(`“${PAGE_QUOTE}”`);
  await page.screenshot({ path: "test-results/quotes/embed-from-page.png", fullPage: true });
  await page.goto(`/embed${FEED_CALL}`);
  await expect(page.getByTestId("embed-source").locator("blockquote")).toHaveText(`“${FEED_QUOTE}”`);
  expect(await w.ran()).toBeUndefined();
  expect(w.dialogs).toEqual([]);
});

test("the article page shows the page's text with the evidence highlighted, and a source link lands on it", async ({ page }) => {
  const w = watch(page);
  await page.goto(PAGE_CALL);
  await page.getByTestId("source").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/articles\/office-page#ev-\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prime Minister speaks with the President of Brazil – Office of the Prime Minister");
  await expect(page.getByText("1 highlighted sentence for 1 event", { exact: true })).toBeVisible();
  const text = page.getByTestId("article-text");
  await expect(text.getByTestId("evidence")).toHaveText(`${PAGE_QUOTE}[14 June 2023]`);
  // The anchor the event page links to is on the highlighted sentence.
  await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toHaveText(`${PAGE_QUOTE}[14 June 2023]`);
  await expectNoMarkup(await text.innerText());
  await page.screenshot({ path: "test-results/quotes/article-page.png", fullPage: true });

  await page.goto("/articles/wire-feed");
  // In the feed's order: the call's item, then the visit's.
  await expect(page.getByTestId("evidence")).toHaveText([`${FEED_QUOTE}[6 March 2023]`, `${CDATA_QUOTE}[3 March 2023]`]);
  await expectNoMarkup(await page.getByTestId("article-text").innerText());
  await page.screenshot({ path: "test-results/quotes/article-feed.png", fullPage: true });
  expect(await w.ran()).toBeUndefined();
  expect(w.dialogs).toEqual([]);
});

test("the API keeps each quote's exact slice and adds its text; search finds the words, not the markup", async ({ request, page }) => {
  const body = await (await request.get("/api/events?type=phone&year=2023")).json();
  const source = body.events.find((e: { slug: string }) => e.slug === PAGE_CALL.split("/").pop()).sources[0];
  expect(source.quote).toContain("<strong>Lula</strong>");
  expect(source.text).toBe(PAGE_QUOTE);
  const csv = await (await request.get("/api/events?format=csv&type=phone")).text();
  expect(csv).toContain(`"${FEED_QUOTE}"`);

  await page.goto("/?q=region’s+security");
  await expect(page.getByTestId("event-count")).toHaveText(/^1 event matches “region’s security”/);
  await page.goto("/?q=strong");
  await expect(page.getByTestId("event-count")).toHaveText("0 events match “strong”");
});

for (const [name, path] of [["event-from-page", PAGE_CALL], ["article-page", "/articles/office-page"], ["article-feed", "/articles/wire-feed"]]) {
  test(`${name} at a phone's width, dark: the shown text stays inside the screen`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(path);
    await page.screenshot({ path: `test-results/quotes/${name}-375-dark.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
}
