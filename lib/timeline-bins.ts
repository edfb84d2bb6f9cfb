/**
 * The chart's bins as they travel: [start ms, kind's row, count] triples, a third of the bytes of
 * objects (the first view's bins ride in the home page's HTML). Pure, so the browser unpacks
 * them with the same intervals the server cut them with.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from "d3-time";
import { CONTACT_TYPES, type ContactType } from "../extract/kinds";

export type BinUnit = "day" | "week" | "month" | "year";
export type PackedBin = [t0: number, kind: number, count: number];

export interface TimelineBin {
  t0: number;
  t1: number;
  type: ContactType;
  count: number;
}

export const BIN_INTERVAL: Record<BinUnit, CountableTimeInterval> = { day: utcDay, week: utcMonday, month: utcMonth, year: utcYear };

export function packBins(bins: TimelineBin[]): PackedBin[] {
  return bins.map((b) => [b.t0, CONTACT_TYPES.indexOf(b.type), b.count]);
}

export function unpackBins(unit: BinUnit, packed: PackedBin[]): TimelineBin[] {
  const interval = BIN_INTERVAL[unit];
  return packed.map(([t0, kind, count]) => ({ t0, t1: interval.offset(new Date(t0), 1).getTime(), type: CONTACT_TYPES[kind], count }));
}
