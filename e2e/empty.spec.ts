/**
 * A Summitry with nothing ingested yet says so, and claims no leader, pair or event: its own
 * `next start` (the same build) over a freshly migrated, empty database on a free port.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

let server: ChildProcess;
let dir: string;
let base: string;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), "summitry-empty-"));
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, "empty.db")}`, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync(join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env, stdio: "pipe" });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(join("node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: "ignore" });
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server over the empty database did not start");
});

test.afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test("with nothing ingested, the pages say nothing is stored yet and name no one", async ({ page, request }) => {
  await page.goto(`${base}/`);
  await expect(page.getByTestId("event-count")).toHaveText("0 events");
  await expect(page.getByTestId("empty-state")).toContainText("No contacts are stored yet.");
  await expect(page.getByTestId("at-a-glance")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Clear the filters/ })).toHaveCount(0);

  await page.goto(`${base}/?q=ceasefire`);
  await expect(page.getByTestId("empty-state")).toContainText("Nothing matches “ceasefire”.");

  await page.goto(`${base}/leaders`);
  await expect(page.getByTestId("leader-count")).toHaveText("No leader has contacts on record yet: they appear here once news articles have been ingested.");
  await expect(page.getByTestId("leaders-table")).toHaveCount(0);

  await page.goto(`${base}/embed`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Contacts between leaders");
  await expect(page.getByTestId("empty-state")).toContainText("No contacts are stored yet.");

  const api = await request.get(`${base}/api/events`);
  expect(api.status()).toBe(200);
  expect((await api.json()).events).toEqual([]);
});
