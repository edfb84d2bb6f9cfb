import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { createPrisma } from "../lib/db";

const CACHE_STATUS = "x-summitry-page-cache";

test("a page answers 304 to a client holding its ETag, however the filters are spelled, and 200 to another view", async ({ request }) => {
  const first = await request.get("/?type=phone,video&from=2016");
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"];
  expect(etag).toBeTruthy();
  expect(first.headers()["cache-control"]).toContain("public");
  const again = await request.get("/?from=2016&type=video,phone", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect(await again.text()).toBe("");
  const other = await request.get("/?from=2017&type=video,phone", { headers: { "if-none-match": etag } });
  expect(other.status()).toBe(200);
  expect(await other.text()).toContain("Contacts between leaders");

  const event = await request.get("/events/2023-02-putin-assad-phone-call");
  expect(event.status()).toBe(200);
  const revalidated = await request.get("/events/2023-02-putin-assad-phone-call", { headers: { "if-none-match": event.headers()["etag"] } });
  expect(revalidated.status()).toBe(304);
});

test("a page served from the cache runs its own scripts under the strict CSP, and only those", async ({ page, request }) => {
  // Fill the cache first, so the browser gets the stored copy and its stored nonce.
  expect((await request.get("/?type=in-person")).status()).toBe(200);
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { violations: string[] }).violations.push(e.blockedURI));
  });
  const response = await page.goto("/?type=in-person");
  expect(response?.headers()[CACHE_STATUS]).toBe("hit");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  // The chart draws only once React has hydrated: the page's scripts ran with the stored nonce.
  await page.waitForFunction(() => performance.getEntriesByName("timeline-first-render").length > 0);
  await expect(page.getByTestId("event-item").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  // Markup that reaches the page some other way still cannot run: an inline handler has no nonce.
  const ran = await page.evaluate(async () => {
    document.body.insertAdjacentHTML("beforeend", '<img alt="" src="/no-such-image.png" onerror="window.__injected = true">');
    await new Promise((r) => setTimeout(r, 500));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(["inline"]);
});

test("a navigation inside the site takes its payload from the cache too, and lands on the right page", async ({ browser, baseURL }) => {
  const path = "/events/2023-02-putin-assad-phone-call";
  const seen: string[][] = [[], []];
  for (const visit of [0, 1]) {
    // A new visitor each time (no browser cache): what they get the second time comes from the server's cache.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    page.on("response", (r) => {
      if (r.request().headers()["rsc"] && new URL(r.url()).pathname === path) seen[visit].push(`${new URL(r.url()).searchParams.get("_rsc")} ${r.headers()[CACHE_STATUS] ?? "none"} ${r.headers()["content-type"]}`);
    });
    await page.goto("/");
    // Survives a client-side navigation, not a fresh document load.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.getByTestId("event-item").filter({ hasText: "February 2023" }).getByRole("link").first().click();
    await expect(page).toHaveURL(path);
    await expect(page.getByTestId("event-title")).toHaveText("Vladimir Putin and Bashar al-Assad: phone call, February 2023");
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await context.close();
  }
  expect(seen[0].length).toBeGreaterThan(0);
  expect(seen[0].every((s) => s.endsWith("text/x-component")), seen[0].join(", ")).toBe(true);
  // What the second visitor asks as the first did (the same router headers, which `_rsc` hashes) is not rendered again.
  const asked = new Set(seen[0].map((s) => s.split(" ")[0]));
  const again = seen[1].filter((s) => asked.has(s.split(" ")[0]));
  expect(again.length).toBeGreaterThan(0);
  expect(again.every((s) => s.endsWith(" hit text/x-component")), seen[1].join(", ")).toBe(true);
});

test("after another process ingests an article, the pages show its event and old ETags no longer match", async ({ page, request }) => {
  test.setTimeout(180_000);
  const slug = "2019-03-14-putin-assad-phone-call";
  const before = await request.get("/");
  const etag = before.headers()["etag"];
  await page.goto("/");
  const count = Number((await page.getByTestId("event-count").innerText()).match(/[\d,]+/)![0].replace(/,/g, ""));
  expect((await request.get(`/events/${slug}`)).status()).toBe(404);

  const dir = mkdtempSync(join(tmpdir(), "summitry-page-cache-"));
  const file = join(dir, "page-cache-call.txt");
  writeFileSync(
    file,
    "World / Diplomacy\n\nPutin and Assad speak by phone about reconstruction\n\nRussian President Vladimir Putin and Syrian President Bashar al-Assad held a telephone conversation on 14 March 2019, the Kremlin said.\n\nThe two leaders discussed reconstruction and trade, according to a statement released after the call.\n",
  );
  const db = createPrisma(process.env.DATABASE_URL ?? "file:./prisma/e2e.db");
  try {
    // The real ingest, in a process of its own, as an operator would run it beside the server.
    execFileSync("npm", ["run", "--silent", "ingest", "--", file], { env: process.env, stdio: "pipe" });
    await expect
      .poll(async () => {
        await page.reload();
        return page.getByTestId("event-count").innerText();
      })
      .toContain(`${count + 1} events`);
    await expect(page.getByTestId("event-item").filter({ hasText: "14 March 2019" })).toContainText("phone");
    expect((await request.get("/", { headers: { "if-none-match": etag } })).status()).toBe(200);
    await page.goto(`/events/${slug}`);
    await expect(page.getByTestId("event-title")).toBeVisible();
  } finally {
    // Leave the shared e2e database as the other specs expect it.
    await db.event.deleteMany({ where: { slug } });
    await db.article.deleteMany({ where: { slug: "page-cache-call" } });
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
  await expect.poll(async () => (await request.get(`/events/${slug}`)).status()).toBe(404);
});
