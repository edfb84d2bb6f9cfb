import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

test("/leaders lists every leader with contacts, sortable by its column headers", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Leaders" }).click();
  await expect(page).toHaveTitle("Leaders · Summitry");
  const rows = page.getByTestId("leader-row");
  await expect(rows).toHaveCount(2);
  // Ten contacts each: a tie is broken by name.
  await expect(rows.nth(0)).toContainText("Bashar al-Assad10125 July 2024");
  await expect(rows.nth(1)).toContainText("Vladimir Putin10125 July 2024");
  await expect(page.getByRole("columnheader", { name: /Contacts/ })).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("link", { name: "Leader", exact: true }).click();
  await expect(page).toHaveURL(/\/leaders\?sort=name$/);
  await expect(rows.first()).toContainText("Bashar al-Assad");
  await expect(page.getByRole("columnheader", { name: /Leader/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByRole("columnheader", { name: /Contacts/ })).not.toHaveAttribute("aria-sort");
  await rows.filter({ hasText: "Vladimir Putin" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/leaders\/vladimir-putin$/);
});

test("a leader's page ranks their counterparts and shows their answer at a glance and timeline", async ({ page }) => {
  await page.goto("/leaders/bashar-al-assad");
  await expect(page).toHaveTitle("Bashar al-Assad: contacts with other leaders · Summitry");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(new URL(image!).pathname + new URL(image!).search).toBe("/api/share-card?leader=bashar-al-assad");
  const card = await page.request.get(new URL(image!).pathname + new URL(image!).search);
  expect(card.headers()["content-type"]).toBe("image/png");
  mkdirSync("test-results/screens", { recursive: true });
  writeFileSync("test-results/screens/share-card-leader.png", await card.body());
  await expect(page.getByTestId("leader-name")).toHaveText("Bashar al-Assad");
  await expect(page.getByTestId("counterpart")).toHaveCount(1);
  await expect(page.getByTestId("counterpart")).toContainText("10 contacts, latest 25 July 2024");
  await expect(page.getByTestId("at-a-glance").getByRole("heading", { level: 2 })).toHaveText("At a glance: Bashar al-Assad");
  await expect(page.getByTestId("last-meeting")).toContainText("25 July 2024 in Moscow, Russia");
  await expect(page.getByTestId("event-item")).toHaveCount(10);
  await expect(page.getByTestId("timeline")).toBeVisible();
  await page.getByTestId("counterpart").getByRole("link", { name: "Vladimir Putin", exact: true }).click();
  await expect(page).toHaveURL(/\/\?pair=putin-assad$/);
  expect((await page.request.get("/leaders/nobody-at-all")).status()).toBe(404);
  // In the catalogue, but with no contact in the data: not found, and said so without naming anyone else.
  const quiet = await page.goto("/leaders/ahmed-al-sharaa");
  expect(quiet!.status()).toBe(404);
  await expect(page.getByRole("main")).toContainText("no leader with contacts");
  await expect(page.getByRole("main")).not.toContainText("Assad");
});

test("?leader= filters the home page and the API", async ({ page, request }) => {
  await page.goto("/?leader=vladimir-putin&type=phone");
  await expect(page.getByTestId("event-item")).toHaveCount(1);
  await expect(page.getByTestId("at-a-glance").getByRole("heading", { level: 2 })).toHaveText("At a glance: Vladimir Putin");
  const api = await (await request.get("/api/events?leader=bashar-al-assad&year=2023")).json();
  expect(api.events.map((e: { slug: string }) => e.slug)).toEqual(["2023-02-putin-assad-phone-call", "2023-03-14-putin-assad-moscow"]);
  expect((await (await request.get("/api/events?leader=nobody")).json()).events).toEqual([]);
  const bad = await request.get("/api/events?leader=%3Cscript%3E");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.param).toBe("leader");
});

test("the leaders filter is a searchable list of pairs and leaders, by keyboard or pointer", async ({ page }) => {
  await page.goto("/?type=in-person");
  const picker = page.getByRole("combobox", { name: "Leaders" });
  await picker.fill("assad");
  const options = page.getByRole("listbox", { name: "Leaders and pairs" }).getByRole("option");
  await expect(options).toHaveText(["Vladimir Putin – Bashar al-Assad10", "Bashar al-Assad (all contacts)10"]);
  await picker.fill("putin xyz");
  await expect(options).toHaveText(["No leader or pair matches"]);
  await picker.fill("bashar al assad");
  await picker.press("ArrowDown");
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(page).toHaveURL(/\/\?type=in-person&leader=bashar-al-assad$/);
  await expect(page.getByRole("combobox", { name: "Leaders" })).toHaveValue("Bashar al-Assad");
  await page.getByRole("combobox", { name: "Leaders" }).click();
  await page.getByRole("option", { name: /^Vladimir Putin – Bashar al-Assad/ }).click();
  await expect(page).toHaveURL(/\/\?type=in-person&pair=putin-assad$/);
  await page.getByRole("combobox", { name: "Leaders" }).click();
  await page.getByRole("option", { name: "Every leader" }).click();
  await expect(page).toHaveURL(/\/\?type=in-person$/);
});
