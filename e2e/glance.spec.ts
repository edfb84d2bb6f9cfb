import { expect, test } from "@playwright/test";

test("the answer at a glance says when the pair last met and talked, how often, and the longest gap", async ({ page }) => {
  await page.goto("/");
  const glance = page.getByTestId("at-a-glance");
  await expect(glance.getByRole("heading", { level: 2 })).toHaveText("At a glance: Vladimir Putin and Bashar al-Assad");
  await expect(glance.getByTestId("last-meeting")).toContainText("25 July 2024 in Moscow, Russia");
  await expect(glance.getByTestId("last-meeting")).toContainText(/ago$/);
  await expect(glance.getByTestId("last-call")).toContainText("February 2023, phone call");
  await expect(glance.getByTestId("glance-counts")).toHaveText("10 contacts in 2015–2024: 8 in person, 1 phone call, 1 video call");
  await expect(glance.getByTestId("longest-gap")).toHaveText("Longest gap: at least 2 years, between October 2015 and November 2017");
  await expect(glance.getByRole("img", { name: /^Contacts per year: 2015: 1, 2016: 0, 2017: 2,/ })).toBeVisible();
  await glance.getByTestId("last-meeting").getByRole("link").click();
  await expect(page).toHaveURL(/\/events\/2024-07-25-putin-assad-moscow$/);
});

test("the answer at a glance follows the filters", async ({ page }) => {
  await page.goto("/?year=2020");
  const glance = page.getByTestId("at-a-glance");
  await expect(glance.getByTestId("last-meeting")).toContainText("January 2020 in Syria");
  await expect(glance.getByTestId("last-call")).toContainText("November 2020, video call");
  await expect(glance.getByTestId("glance-counts")).toHaveText("2 contacts in 2020: 1 in person, 1 video call");
  // Both ends dated to the day: the gap is exact, not "at least".
  await page.goto("/?from=2023");
  await expect(page.getByTestId("longest-gap")).toHaveText("Longest gap: 1 year and 4 months, between 14 March 2023 and 25 July 2024");
  await page.goto("/?type=phone");
  await expect(page.getByTestId("last-meeting")).toContainText("No meeting in view");
});

test.describe("with scripts off", () => {
  test.use({ javaScriptEnabled: false });
  test("the answer at a glance is in the server's HTML", async ({ page }) => {
    await page.goto("/?from=2017&to=2018");
    await expect(page.getByTestId("last-meeting")).toContainText("May 2018 in Russia");
    await expect(page.getByTestId("glance-counts")).toContainText("3 contacts in 2017–2018");
  });
});

test("an event page says which contact of the same kind came before and after", async ({ page }) => {
  await page.goto("/events/2024-07-25-putin-assad-moscow");
  await expect(page.getByTestId("same-kind")).toHaveText("The first in-person meeting between them since 14 March 2023 (1 year and 4 months earlier). The latest on record.");
  await page.getByTestId("same-kind-previous").click();
  await expect(page).toHaveURL(/2023-03-14-putin-assad-moscow$/);
  await expect(page.getByTestId("same-kind")).toContainText("since 13 September 2021");
  await expect(page.getByTestId("same-kind-next")).toHaveText("25 July 2024");
  await page.goto("/events/2023-02-putin-assad-phone-call");
  await expect(page.getByTestId("same-kind")).toHaveText("The first phone call between them on record. The latest on record.");
});
