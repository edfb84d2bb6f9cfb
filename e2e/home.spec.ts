import { expect, test } from "@playwright/test";

test("the home page lists the events the pipeline stored, each with its sources", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Contacts between leaders");
  const items = page.getByTestId("event-item");
  await expect(items).toHaveCount(10);
  const july = items.filter({ hasText: "25 July 2024" });
  await expect(july).toContainText("Vladimir Putin and Bashar al-Assad in Moscow, Russia");
  await expect(july).toContainText(/\d+ source sentences from/);
  await expect(july.locator("a[href^='/articles/']")).toHaveCount(3);
  await page.screenshot({ path: "test-results/home-desktop.png", fullPage: true });
});

test("a malformed filter gets a clear message, not an error page", async ({ page }) => {
  const response = await page.goto("/?year=20x4");
  expect(response?.status()).toBeLessThan(500);
  await expect(page.getByTestId("filter-error")).toContainText("year must be a year such as 2023");
  await page.getByRole("link", { name: "Show every event" }).click();
  await expect(page.getByTestId("event-item")).toHaveCount(10);
});
