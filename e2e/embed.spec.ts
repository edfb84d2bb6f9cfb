import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

/** A page on another origin (its own server and port) that embeds both Summitry embeds. */
let host: Server;
let hostUrl: string;
test.beforeAll(async ({ baseURL }) => {
  host = createServer((req, res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    if (req.url === "/search") {
      res.end(`<!doctype html><html lang="en"><title>A newspaper</title><h1>Our story</h1>
        <iframe id="found" title="Search" src="${baseURL}/embed?q=DELIBERATE" width="360" height="600"></iframe>
        <iframe id="nothing" title="Search with no match" src="${baseURL}/embed?q=zzqx%20nowhere&type=phone" width="360" height="300"></iframe>`);
      return;
    }
    res.end(`<!doctype html><html lang="en"><title>A newspaper</title><h1>Our story</h1>
      <iframe id="timeline" title="Timeline" src="${baseURL}/embed?pair=putin-assad" width="360" height="700"></iframe>
      <iframe id="card" title="Event" src="${baseURL}/embed/events/2024-07-25-putin-assad-moscow" width="320" height="480"></iframe>
      <iframe id="page" title="Not an embed" src="${baseURL}/events/2024-07-25-putin-assad-moscow" width="320" height="200"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test("another site frames the timeline and an event card, and they render and navigate", async ({ page }) => {
  await page.goto(hostUrl);
  const timeline = page.frameLocator("#timeline");
  await expect(timeline.getByRole("heading", { level: 1 })).toContainText("Contacts: Vladimir Putin and Bashar al-Assad");
  await expect(timeline.getByTestId("last-meeting")).toContainText("25 July 2024 in Moscow, Russia");
  await expect(timeline.getByTestId("event-item")).toHaveCount(10);
  await expect(timeline.getByTestId("timeline")).toBeVisible();
  await expect(timeline.getByTestId("full-page")).toHaveAttribute("target", "_blank");
  await timeline.getByTestId("event-item").filter({ hasText: "13 September 2021" }).getByRole("link").first().click();
  await expect(timeline.getByTestId("embed-event").getByRole("heading", { level: 1 })).toHaveText("Vladimir Putin and Bashar al-Assad: in person in Moscow, Russia, 13 September 2021");

  const card = page.frameLocator("#card");
  await expect(card.getByRole("heading", { level: 1 })).toHaveText("Vladimir Putin and Bashar al-Assad: in person in Moscow, Russia, 25 July 2024");
  await expect(card.getByTestId("embed-source")).toHaveCount(6);
  await expect(card.getByTestId("full-page")).toHaveAttribute("href", "/events/2024-07-25-putin-assad-moscow");
  await page.screenshot({ path: "test-results/screens/embed-host.png", fullPage: true });

  // An ordinary page refuses the frame: nothing of it renders there.
  await expect(page.frameLocator("#page").getByTestId("event-title")).toHaveCount(0);
});

test("a search inside an embed framed by another site finds the event, opens its card, and says when nothing matches", async ({ page }) => {
  await page.goto(`${hostUrl}search`);
  const found = page.frameLocator("#found");
  await expect(found.getByRole("heading", { level: 1 })).toContainText("“DELIBERATE”");
  await expect(found.getByTestId("event-item")).toHaveCount(1);
  await expect(found.getByTestId("full-page")).toHaveAttribute("href", "/?q=DELIBERATE");
  await found.getByTestId("event-item").getByRole("link").first().click();
  await expect(found.getByTestId("embed-event").getByRole("heading", { level: 1 })).toHaveText("Vladimir Putin and Bashar al-Assad: in person in Moscow, Russia, 25 July 2024");

  const nothing = page.frameLocator("#nothing");
  await expect(nothing.getByTestId("empty-state")).toContainText("Nothing matches “zzqx nowhere” with these filters.");
  await expect(nothing.getByRole("heading", { level: 1 })).not.toContainText("Assad");
  await nothing.getByTestId("clear-search").click();
  await expect(nothing.getByTestId("event-item")).toHaveCount(1);
  await expect(nothing.getByTestId("event-item")).toContainText("Phone call");
  await page.screenshot({ path: "test-results/screens/embed-search-host.png", fullPage: true });
});

test("only the embeds may be framed", async ({ request }) => {
  for (const path of ["/", "/events/2024-07-25-putin-assad-moscow", "/leaders"]) {
    const res = await request.get(path);
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  for (const path of ["/embed", "/embed/events/2024-07-25-putin-assad-moscow"]) {
    const res = await request.get(path);
    expect(res.headers()["x-frame-options"], path).toBeUndefined();
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors *");
  }
});

test("the Embed buttons give iframe code for the view and the event", async ({ page, baseURL }) => {
  await page.goto("/?type=in-person");
  await page.getByText("Embed", { exact: true }).click();
  await expect(page.getByTestId("embed-code")).toHaveValue(`<iframe src="${baseURL}/embed?type=in-person" title="Contacts: Vladimir Putin and Bashar al-Assad" width="100%" height="720" style="border:0;max-width:100%" loading="lazy"></iframe>`);
  await page.goto("/events/2023-02-putin-assad-phone-call");
  await page.getByText("Embed", { exact: true }).click();
  await expect(page.getByTestId("embed-code")).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed/events/2023-02-putin-assad-phone-call" title="Vladimir Putin and Bashar al-Assad: phone call, February 2023"`));
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Code copied" })).toBeVisible();
});

test("oEmbed: pages carry discovery links, and the endpoint answers rich JSON", async ({ page, request, baseURL }) => {
  await page.goto("/events/2024-07-25-putin-assad-moscow");
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  expect(href).toBe(`${baseURL}/api/oembed?url=${encodeURIComponent(`${baseURL}/events/2024-07-25-putin-assad-moscow`)}&format=json`);
  const res = await request.get(href!);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = await res.json();
  expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Summitry", title: "Vladimir Putin and Bashar al-Assad: in person in Moscow, Russia, 25 July 2024", height: 480 });
  expect(body.html).toContain(`src="${baseURL}/embed/events/2024-07-25-putin-assad-moscow"`);

  const leader = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/leaders/vladimir-putin`)}&maxwidth=500`)).json();
  expect(leader).toMatchObject({ title: "Vladimir Putin's contacts with other leaders", width: 500 });
  expect(leader.html).toContain(`src="${baseURL}/embed?leader=vladimir-putin"`);

  const search = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/?q=deliberate`)}`)).json();
  expect(search).toMatchObject({ title: "“deliberate”" });
  expect(search.html).toContain(`src="${baseURL}/embed?q=deliberate"`);

  expect((await request.get(`/api/oembed?url=${encodeURIComponent("https://elsewhere.example/events/x")}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/events/no-such-event`)}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=not-a-url`)).status()).toBe(400);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/`)}&format=xml`)).status()).toBe(501);
});
