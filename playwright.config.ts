import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// scripts/e2e.mjs picks the browser, prepares the e2e database and builds before this runs.
const port = Number(process.env.E2E_PORT ?? 3100);
const scalePort = Number(process.env.E2E_SCALE_PORT ?? port + 1);
const markupPort = Number(process.env.E2E_MARKUP_PORT ?? port + 2);
const executablePath = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: [
    {
      command: `npx next start -H 127.0.0.1 -p ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { DATABASE_URL: process.env.DATABASE_URL ?? "file:./prisma/e2e.db", NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      // The same build over 100,000 synthetic events (scripts/e2e.mjs writes the database), for e2e/scale.spec.ts.
      command: `npx next start -H 127.0.0.1 -p ${scalePort}`,
      url: `http://127.0.0.1:${scalePort}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { DATABASE_URL: "file:./prisma/e2e-100k.db", NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      // The same build over a page and a feed whose proving sentences hold markup (scripts/e2e.mjs
      // ingests e2e/fixtures/markup), for e2e/quotes.spec.ts.
      command: `npx next start -H 127.0.0.1 -p ${markupPort}`,
      url: `http://127.0.0.1:${markupPort}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { DATABASE_URL: "file:./prisma/e2e-markup.db", NEXT_TELEMETRY_DISABLED: "1" },
    },
  ],
});
