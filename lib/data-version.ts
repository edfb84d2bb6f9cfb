/**
 * The version of the stored data: it changes whenever an ingest adds an article or creates,
 * rewrites or removes an event (a rewritten event is deleted and created again, so it gets a new
 * id) or leaves a redirect. Cache keys and ETags carry it, so an ingest, even one run by
 * another process, invalidates every answer it could have changed.
 *
 * Reading it costs a few aggregate reads over primary keys; it is re-read at most once a
 * second, so a crowd costs the database one read a second, and an ingest shows within a second.
 */
import { prisma } from "./db";

const FRESH_MS = 1000;
// One memo per process, on globalThis: the proxy and the routes are bundled apart, each with its own
// copy of this module, and each copy re-reading every second would double the cost (counting a
// million events is a scan).
const shared = globalThis as unknown as { summitryDataVersion?: { at: number; value: Promise<string> } | null };

async function readVersion(): Promise<string> {
  const db = prisma();
  const [articles, events, redirects] = await Promise.all([
    db.article.aggregate({ _max: { id: true }, _count: { _all: true } }),
    db.event.aggregate({ _max: { id: true }, _count: { _all: true } }),
    db.slugRedirect.count(),
  ]);
  return [articles._max.id ?? 0, articles._count._all, events._max.id ?? 0, events._count._all, redirects].map((n) => n.toString(36)).join(".");
}

export function dataVersion(now = Date.now()): Promise<string> {
  const memo = shared.summitryDataVersion;
  if (!memo || now - memo.at >= FRESH_MS) {
    const value = readVersion();
    shared.summitryDataVersion = { at: now, value };
    value.catch(() => (shared.summitryDataVersion = null));
    return value;
  }
  return memo.value;
}
