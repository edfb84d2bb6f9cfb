import { expect, test } from "@playwright/test";

test("filtering by kind of contact changes the URL and the events shown", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("event-item")).toHaveCount(10);
  await page.getByRole("checkbox", { name: /In person/ }).uncheck();
  await expect(page).toHaveURL(/\?type=phone,video$/);
  await expect(page.getByTestId("event-item")).toHaveCount(2);
  await expect(page.getByTestId("event-item").first()).toContainText("Video call");
  await expect(page.getByTestId("event-count")).toContainText("2 events match these filters");
});

test("filtering by years through the selects, and back and forward restore each view", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "From" }).selectOption("2020");
  await expect(page).toHaveURL(/from=2020/);
  await page.getByRole("combobox", { name: "To" }).selectOption("2021");
  await expect(page).toHaveURL(/from=2020&to=2021/);
  await expect(page.getByTestId("event-item")).toHaveCount(3);
  await page.goBack();
  await expect(page).toHaveURL(/\?from=2020$/);
  await expect(page.getByTestId("event-item")).toHaveCount(6);
  await page.goBack();
  await expect(page.getByTestId("event-item")).toHaveCount(10);
  await page.goForward();
  await expect(page.getByTestId("event-item")).toHaveCount(6);
});

test("a deep link to a filtered view shows that view, rendered by the server", async ({ page, request }) => {
  const html = await (await request.get("/?year=2017")).text();
  expect(html).toContain("December 2017");
  expect(html).not.toContain("July 2024");
  await page.goto("/?year=2017");
  await expect(page.getByTestId("event-item")).toHaveCount(2);
  await expect(page.getByRole("combobox", { name: "From" })).toHaveValue("2017");
});

test("a filter that matches nothing shows an empty state with a way back", async ({ page }) => {
  await page.goto("/?year=2019");
  await expect(page.getByTestId("empty-state")).toContainText("No contacts match");
  await page.getByRole("link", { name: /Clear the filters/ }).click();
  await expect(page.getByTestId("event-item")).toHaveCount(10);
});

test("keyboard: arrow keys move between events on the timeline and Enter opens one", async ({ page }) => {
  await page.goto("/");
  const chart = page.getByTestId("timeline");
  await chart.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("timeline-announcer")).toContainText("October 2015");
  await expect(page.getByTestId("timeline-tooltip")).toContainText("October 2015");
  await page.keyboard.press("End");
  await expect(page.getByTestId("timeline-announcer")).toContainText("25 July 2024");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("timeline-announcer")).toContainText("14 March 2023");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/events\/2023-03-14-putin-assad-moscow$/);
  await expect(page.getByTestId("event-title")).toContainText("14 March 2023");
});

test("the zoom buttons rescale the time axis", async ({ page }) => {
  await page.goto("/");
  const ticks = page.locator("[data-testid=timeline] .tick text");
  await expect(ticks.first()).toBeVisible();
  const before = await ticks.allTextContents();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(async () => (await ticks.allTextContents()).join()).not.toBe(before.join());
  await page.getByRole("button", { name: "Reset zoom" }).click();
  await expect.poll(async () => (await ticks.allTextContents()).join()).toBe(before.join());
});

test("screenshots at phone and desktop sizes", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/");
  await expect(page.getByTestId("event-item")).toHaveCount(10);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0); // nothing sticks out sideways on a phone
  await page.screenshot({ path: "test-results/home-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/?type=in-person");
  await page.screenshot({ path: "test-results/home-desktop-filtered.png", fullPage: true });
});

test("dark mode follows the system and keeps text readable", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/events/2024-07-25-putin-assad-moscow");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe("rgb(18, 20, 23)");
  const AxeBuilder = (await import("@axe-core/playwright")).default;
  const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: "test-results/event-dark.png", fullPage: true });
  await page.goto("/");
  await expect(page.getByTestId("timeline")).toBeVisible();
  await page.screenshot({ path: "test-results/home-dark.png" });
});
