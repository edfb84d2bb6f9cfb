#!/usr/bin/env node
/**
 * `node scripts/with-postgres.mjs COMMAND...`: runs COMMAND with a throwaway PostgreSQL server.
 *
 * The server lives in a temporary folder on a free loopback port and is removed afterwards,
 * whatever COMMAND does. COMMAND gets SUMMITRY_TEST_POSTGRES_URL (the server's `postgres`
 * database; scratch databases are created beside it). Debian's `postgresql` package provides the
 * binaries; when none are found and none can be installed, this says so in one sentence and fails.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

const command = process.argv.slice(2);
if (!command.length) {
  console.error("usage: node scripts/with-postgres.mjs COMMAND...");
  process.exit(2);
}

function findBinaries() {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, "bin", "initdb"))) return join(root, v, "bin");
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  const found = which.stdout.trim();
  return found ? found.replace(/\/initdb$/, "") : null;
}

let bin = findBinaries();
if (!bin && userInfo().uid === 0 && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0) {
  console.error("with-postgres: installing Debian's postgresql for the database tests");
  spawnSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null"], { stdio: "inherit" });
  bin = findBinaries();
}
if (!bin) {
  console.error("with-postgres: no PostgreSQL server binaries (initdb, pg_ctl) were found and none could be installed, so the PostgreSQL tests cannot run; install Debian's `postgresql` package.");
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// initdb refuses to run as root: the cluster then belongs to the `postgres` user.
const asRoot = userInfo().uid === 0;
const dir = mkdtempSync(join(tmpdir(), "summitry-pg-"));
if (asRoot) {
  const pw = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (pw.status !== 0) {
    console.error("with-postgres: running as root, but there is no `postgres` user to own the throwaway cluster (Debian's postgresql package creates it).");
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }
  chownSync(dir, Number(pw.stdout), Number(gid.stdout));
  chmodSync(dir, 0o700);
}
const run = (file, args) => (asRoot ? execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", [file, ...args].map((a) => `'${a}'`).join(" ")], { stdio: "pipe" }) : execFileSync(file, args, { stdio: "pipe" }));

const data = join(dir, "data");
let started = false;
function stop() {
  if (started) {
    try {
      run(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // already gone: nothing to stop
    }
    started = false;
  }
  rmSync(dir, { recursive: true, force: true });
}

let status = 1;
try {
  const port = await freePort();
  run(join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C"]);
  // fsync off: a throwaway server for tests, never a copy of anyone's data.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run(join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
  started = true;
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  console.error(`with-postgres: a throwaway PostgreSQL server on 127.0.0.1:${port}`);
  const child = spawn(command[0], command.slice(1), { stdio: "inherit", env: { ...process.env, SUMMITRY_TEST_POSTGRES_URL: url } });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  status = await new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
} catch (e) {
  console.error(`with-postgres: the throwaway PostgreSQL server failed: ${e.stderr?.toString().trim() || e.message}`);
  status = 1;
} finally {
  stop();
}
process.exit(status);
