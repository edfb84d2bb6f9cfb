/**
 * GET /api/health: "ok" without touching the database. For load balancers, and the benchmarks'
 * measure of what the framework alone serves on this machine (bench/web-scale.ts).
 */
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", { headers: { "content-type": "text/plain", "cache-control": "no-store" } });
}
