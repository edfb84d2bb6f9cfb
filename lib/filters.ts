/**
 * The filters of every view, parsed from URL parameters with one schema: ?year=2023,
 * ?from=2016&to=2018, ?type=phone,video, ?pair=putin-assad. A bad value is an error that names
 * its parameter, never a crash and never a silently different view.
 */
import { z } from "zod";
import { CONTACT_TYPES, type ContactType } from "../extract/kinds";

export { CONTACT_TYPES, type ContactType };

const Year = z.coerce
  .number({ error: "must be a year such as 2023" })
  .int({ error: "must be a whole year such as 2023" })
  .min(1900, { error: "must be 1900 or later" })
  .max(2100, { error: "must be 2100 or earlier" });

const Types = z
  .string()
  .max(100, { error: "is too long" })
  .transform((s) => s.split(",").map((t) => t.trim()).filter(Boolean))
  .pipe(z.array(z.enum(CONTACT_TYPES, { error: `must be a comma list of ${CONTACT_TYPES.join(", ")}` })).min(1, { error: "must name at least one type" }))
  // One spelling per meaning: `video,phone`, `phone,video,phone` and `phone,video` are one view
  // (and one cache entry); naming every type is no type filter at all.
  .transform((ts) => CONTACT_TYPES.filter((t) => ts.includes(t)))
  .transform((ts) => (ts.length === CONTACT_TYPES.length ? undefined : ts));

const Pair = z
  .string()
  .max(80, { error: "is too long" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)+$/, { error: "must look like putin-assad" });

const Leader = z
  .string()
  .max(80, { error: "is too long" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be a leader's id such as vladimir-putin" });

/** Search words: one spelling per meaning (trimmed, single spaces) so the cache key is stable. */
const Search = z
  .string()
  .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().max(200, { error: "must be at most 200 characters" }))
  .transform((s) => s || undefined);

const FilterSchema = z
  .object({
    year: Year.optional(),
    from: Year.optional(),
    to: Year.optional(),
    type: Types.optional(),
    pair: Pair.optional(),
    leader: Leader.optional(),
    q: Search.optional(),
  })
  .refine((f) => !(f.year && (f.from || f.to)), { error: "cannot be combined with from or to", path: ["year"] })
  .refine((f) => !(f.from && f.to && f.from > f.to), { error: "must not be after to", path: ["from"] });

export interface Filters {
  year?: number;
  from?: number;
  to?: number;
  type?: ContactType[];
  pair?: string;
  /** Every contact one leader took part in, whoever with. */
  leader?: string;
  /** Words every matching event's quotes, titles, place or leaders contain. */
  q?: string;
}

export type FilterResult = { ok: true; filters: Filters } | { ok: false; param: string; message: string };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/** Parse the filter parameters; anything else in the URL is ignored. */
export function parseFilters(params: Params): FilterResult {
  const get = (k: string): string | undefined => {
    if (params instanceof URLSearchParams) return params.get(k) ?? undefined;
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const raw = Object.fromEntries(["year", "from", "to", "type", "pair", "leader", "q"].map((k) => [k, get(k)]).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = FilterSchema.safeParse(raw);
  if (parsed.success) return { ok: true, filters: parsed.data };
  const issue = parsed.error.issues[0];
  const param = String(issue.path[0] ?? "filters");
  return { ok: false, param, message: `${param} ${issue.message}` };
}

/** The filters back as a query string, in a stable order, for links. */
export function filtersToQuery(f: Filters): string {
  const q = new URLSearchParams();
  if (f.year) q.set("year", String(f.year));
  if (f.from) q.set("from", String(f.from));
  if (f.to) q.set("to", String(f.to));
  if (f.type?.length) q.set("type", f.type.join(","));
  if (f.pair) q.set("pair", f.pair);
  if (f.leader) q.set("leader", f.leader);
  if (f.q) q.set("q", f.q);
  const s = q.toString();
  return s ? `?${s.replace(/%2C/g, ",")}` : "";
}
