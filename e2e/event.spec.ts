import { expect, test } from "@playwright/test";

test("an event page shows its date, kind, place, host and every source quote", async ({ page }) => {
  await page.goto("/events/2024-07-25-putin-assad-moscow");
  await expect(page.getByTestId("event-title")).toHaveText("Vladimir Putin and Bashar al-Assad: in person in Moscow, Russia, 25 July 2024");
  await expect(page.getByText("(exact day)")).toBeVisible();
  await expect(page.getByText("Hosted by Vladimir Putin")).toBeVisible();
  const sources = page.getByTestId("source");
  await expect(sources.first().locator("mark")).not.toBeEmpty();
  expect(await sources.count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByText("How the date was worked out")).toBeVisible();
  await expect(page.locator("meta[property='og:image']")).toHaveAttribute("content", /opengraph-image/);
  // The original address gets a text fragment pointing at the quote.
  await expect(page.getByRole("link", { name: "Read it at the original address" }).first()).toHaveAttribute("href", /iranpress\.com.*#:~:text=/);
});

test("a source links to its article, where the evidence is highlighted and links back", async ({ page }) => {
  await page.goto("/events/2021-09-13-putin-assad-moscow");
  await page.getByTestId("source").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/articles\/003-6b771d4e774a85f9#ev-\d+$/);
  await expect(page.getByTestId("evidence").first()).toBeVisible();
  await page.getByRole("link", { name: /Event: 13 September 2021/ }).first().click();
  await expect(page.getByTestId("event-title")).toContainText("13 September 2021");
});

test("previous and next link the neighbouring events", async ({ page }) => {
  await page.goto("/events/2023-03-14-putin-assad-moscow");
  await page.locator("a[rel=next]").click();
  await expect(page).toHaveURL(/2024-07-25-putin-assad-moscow$/);
  await page.locator("a[rel=prev]").click();
  await expect(page).toHaveURL(/2023-03-14-putin-assad-moscow$/);
});

test("a retired slug redirects permanently to the current one", async ({ request, page }) => {
  const res = await request.get("/events/2024-07-putin-assad-moscow", { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()["location"]).toMatch(/\/events\/2024-07-25-putin-assad-moscow$/);
  await page.goto("/events/2024-07-putin-assad-moscow");
  await expect(page.getByTestId("event-title")).toContainText("25 July 2024");
});

test("unknown or hostile slugs answer 404 with a way home", async ({ page }) => {
  for (const path of ["/events/no-such-event", "/articles/nope", "/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  }
});

test("the copy-link button copies the event's address", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/events/2020-11-putin-assad-video-call");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/events\/2020-11-putin-assad-video-call$/);
});

test("an article full of script and markup shows its text without the markup and runs nothing", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto("/articles/hostile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A hostile page");
  const text = page.getByTestId("article-text");
  await expect(text).toContainText("Officials said nothing new today about the ongoing budget talks in the capital.");
  await expect(text).toContainText("A paragraph with an inline handler and a javascript link.");
  for (const markup of ["<", "__pwned", "onclick", "alert", "title:"]) expect(await text.innerText()).not.toContain(markup);
  await page.getByText("A paragraph with an inline handler").click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("the share card is a PNG image", async ({ request }) => {
  const res = await request.get("/events/2024-07-25-putin-assad-moscow/opengraph-image");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  expect((await res.body()).subarray(1, 4).toString()).toBe("PNG");
});
