import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

test.beforeAll(() => mkdirSync("test-results/screens", { recursive: true }));

test("a word from one quote finds that event, in any case, on the page and in the API", async ({ page, request }) => {
  await page.goto("/?q=DELIBERATE");
  const items = page.getByTestId("event-item");
  await expect(items).toHaveCount(1);
  await expect(items).toContainText("25 July 2024");
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("DELIBERATE");
  const api = await request.get("/api/events?q=deliberate");
  expect(api.ok()).toBe(true);
  expect(JSON.stringify(await api.json())).toContain("2024-07-25-putin-assad-moscow");
});

test("typing in the search box updates the URL and the list, and a search with no hits says so", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("event-item")).toHaveCount(10);
  const box = page.getByRole("searchbox", { name: "Search" });
  await box.fill("congratulated");
  await expect(page).toHaveURL(/[?&]q=congratulated/);
  await expect(page.getByTestId("event-item")).toHaveCount(1);
  await expect(page.getByTestId("event-item")).toContainText("13 September 2021");
  await box.fill("zzqx nowhere");
  await expect(page).toHaveURL(/[?&]q=zzqx/);
  await expect(page.getByTestId("empty-state")).toBeVisible();
  await page.screenshot({ path: "test-results/search-empty.png", fullPage: true });
});

test("a search's title and share card say what was searched, and its empty state names the words and offers to clear them", async ({ page }) => {
  await page.goto("/?q=deliberate");
  await expect(page).toHaveTitle("“deliberate” · Summitry");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "“deliberate” · Summitry");
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /^1 contact between leaders whose sources mention “deliberate”/);
  await expect(page.getByTestId("event-count")).toHaveText("1 event matches “deliberate” between Vladimir Putin and Bashar al-Assad");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(new URL(image!).pathname + new URL(image!).search).toBe("/api/share-card?q=deliberate");
  const card = await page.request.get(image!.replace(/^https?:\/\/[^/]+/, ""));
  expect(card.headers()["content-type"]).toBe("image/png");
  const png = await card.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  writeFileSync("test-results/screens/share-card-search.png", png);
  const tooLong = await page.request.get(`/api/share-card?q=${"x".repeat(201)}`);
  expect(tooLong.status()).toBe(400);
  expect(await tooLong.text()).toContain("q must be at most 200 characters");

  await page.goto("/?q=zzqx+nowhere");
  await expect(page).toHaveTitle("“zzqx nowhere” · Summitry");
  await expect(page.getByTestId("event-count")).toHaveText("0 events match “zzqx nowhere”");
  await expect(page.getByTestId("empty-state")).toContainText("Nothing matches “zzqx nowhere”.");
  await page.getByRole("link", { name: "Clear the search and show every event" }).click();
  await expect(page.getByTestId("event-item")).toHaveCount(10);

  await page.goto("/?q=zzqx&leader=vladimir-putin&year=2017");
  await expect(page).toHaveTitle("“zzqx” in Vladimir Putin's contacts · Summitry");
  await expect(page.getByTestId("empty-state")).toContainText("Nothing matches “zzqx” with these filters.");
  await page.getByTestId("clear-search").click();
  await expect(page).toHaveURL(/\?year=2017&leader=vladimir-putin$/);
  await expect(page.getByTestId("event-item")).toHaveCount(2);
});

test("a leader with no contacts in the chosen years is not given anyone else's", async ({ page }) => {
  await page.goto("/?leader=vladimir-putin&year=2019");
  await expect(page).toHaveTitle("Vladimir Putin's contacts · Summitry");
  await expect(page.getByTestId("event-count")).toHaveText("0 events match these filters");
  await expect(page.getByTestId("empty-state")).toContainText("No contacts match these filters.");
  await expect(page.getByTestId("at-a-glance")).toHaveCount(0);
});
