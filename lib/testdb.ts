/** A scratch SQLite database for tests and benchmarks, created by the real migrations. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrisma, type PrismaClient } from "./db";

export function scratchDatabase(): { url: string; db: PrismaClient; dispose: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), "summitry-"));
  const url = `file:${join(dir, "test.db")}`;
  execFileSync(join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  const db = createPrisma(url);
  return {
    url,
    db,
    dispose: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
