// The e2e run: find a Chromium, give the app a fresh database of the bundled corpus, build,
// and run Playwright against `next start`. Plain Node so it works before anything is compiled.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createServer } from "node:net";

/** A port nothing listens on now (E2E_PORT wins when set), so a busy 3100 never fails the run. */
function freePort() {
  if (process.env.E2E_PORT) return Promise.resolve(Number(process.env.E2E_PORT));
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
    process.exit(1);
  }
  for (const path of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (existsSync(path)) return path;
  return null;
}

async function playwrightsOwn() {
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    return path && existsSync(path) ? "" : null; // "" lets Playwright use its own browser
  } catch {
    return null;
  }
}

const chromium = findChromium() ?? (await playwrightsOwn());
if (chromium === null) {
  console.error("No Chromium found for the e2e tests: install one with `apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).");
  process.exit(1);
}

const port = await freePort();
// A second server over 100,000 synthetic events, for e2e/scale.spec.ts, on the next port; a third
// over pages and feeds whose quotes hold markup, for e2e/quotes.spec.ts, on the one after.
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  E2E_PORT: String(port),
  E2E_SCALE_PORT: process.env.E2E_SCALE_PORT ?? String(port + 1),
  E2E_MARKUP_PORT: process.env.E2E_MARKUP_PORT ?? String(port + 2),
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db",
};
if (chromium) env.CHROMIUM_PATH = chromium;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env });

rmSync("prisma/e2e.db", { force: true });
run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "prisma/seed.ts"]);
run("npx", ["tsx", "e2e/fixtures/setup.ts"]);
run("npx", ["tsx", "bench/synthetic.ts", "100000", "prisma/e2e-100k.db"]);
// The markup fixtures live in a database of their own: the bundled corpus's views stay as they are.
rmSync("prisma/e2e-markup.db", { force: true });
const markupEnv = { ...env, DATABASE_URL: "file:./prisma/e2e-markup.db" };
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit", env: markupEnv });
execFileSync("npx", ["tsx", "scripts/ingest.ts", "e2e/fixtures/markup"], { stdio: "inherit", env: markupEnv });
run("npx", ["next", "build"]);
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
