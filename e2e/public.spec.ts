import { expect, test } from "@playwright/test";

test("the site's icon, web app manifest and robots.txt are served", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  await page.goto("/");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(manifestHref!)).json();
  expect(manifest).toMatchObject({ name: "Summitry", start_url: "/" });
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toContain("User-agent: *");
});
