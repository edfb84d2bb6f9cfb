import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: [
      "extract/**/*.test.ts",
      "lib/**/*.test.ts",
      "scripts/**/*.test.ts",
      // Suites comparing the two databases, run by `npm run test:pg` (scripts/with-postgres.mjs provides the server).
      ...(process.env.SUMMITRY_TEST_POSTGRES_URL ? ["lib/**/*.pg-test.ts"] : []),
    ],
    environment: "node",
    testTimeout: 120_000,
    // A scratch database is made by the real migrations (a `prisma migrate deploy` each).
    hookTimeout: 60_000,
  },
});
