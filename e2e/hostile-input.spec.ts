import { expect, test } from "@playwright/test";

// Paths a fuzzer sends: percent-encoding that does not decode, control characters, overlong slugs.
const MALFORMED = [
  "/events/%FF%FE",
  "/articles/%C0%AF",
  "/events/%/opengraph-image",
  "/events/%E2%82",
  "/events/a%00b",
  "/articles/line%0Abreak",
  "/events/%FF%FE/opengraph-image",
  `/events/${"a".repeat(600)}`,
  `/events/${"a".repeat(200)}/opengraph-image`,
  "/%C0",
];

test("malformed, control-character and overlong slugs answer 404 on every route, never 500", async ({ request }) => {
  for (const path of MALFORMED) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
  }
});

test("a malformed slug in the browser shows the ordinary not-found page with a way home", async ({ page }) => {
  const res = await page.goto("/events/%FF%FE");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
});

test("the share image of an unknown event is a 404, and of a retired slug the event's card", async ({ request }) => {
  expect((await request.get("/events/no-such-event/opengraph-image")).status()).toBe(404);
  const retired = await request.get("/events/2024-07-putin-assad-moscow/opengraph-image");
  expect(retired.status()).toBe(200);
  expect(retired.headers()["content-type"]).toBe("image/png");
});

test("an article whose url is not http(s) is shown without a link to it", async ({ page }) => {
  await page.goto("/articles/hostile");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("A hostile page");
  await expect(page.getByText("Original", { exact: true })).toHaveCount(0);
  await expect(page.locator("a[href^='javascript:' i]")).toHaveCount(0);
});
