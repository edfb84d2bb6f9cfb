import { expect, test } from "@playwright/test";

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
