/**
 * Pure layout of the timeline, kept apart from the DOM so it is tested alone: which row a type
 * takes, and how marks that would overlap at the current zoom stack into lanes.
 */
import { CONTACT_TYPES } from "@/extract/kinds";

/** One row per kind of contact, in the kinds' own order. */
export const ROW_ORDER = CONTACT_TYPES;
export const MARK_SIZE = 12;
export const MAX_LANES = 4;
export const MARGIN = { left: 92, right: 16, top: 8, bottom: 28 };
export const LANE_H = MARK_SIZE + 4;
export const ROW_H = LANE_H * MAX_LANES + 8;
/** The chart's height: three rows of lanes and the axis. */
export const CHART_HEIGHT = MARGIN.top + ROW_H * 3 + MARGIN.bottom;

export interface LaidOut {
  /** Index into the events array. */
  i: number;
  x: number;
  row: number;
  lane: number;
  /** More marks overlap here than there are lanes: drawn on top of each other. */
  crowded: boolean;
}

/**
 * Greedy stacking in one pass over events sorted by time: each mark takes the first lane of its
 * row whose last mark is at least a mark's width away. O(n × lanes), cheap enough per frame.
 */
export function stack(xs: ArrayLike<number>, rows: ArrayLike<number>, from = 0, to = xs.length, gap = MARK_SIZE + 2): LaidOut[] {
  const last: number[][] = ROW_ORDER.map(() => Array(MAX_LANES).fill(-Infinity));
  const out: LaidOut[] = [];
  for (let i = from; i < to; i++) {
    const row = rows[i];
    const lanes = last[row];
    let lane = lanes.findIndex((l) => xs[i] - l >= gap);
    const crowded = lane === -1;
    if (crowded) lane = MAX_LANES - 1;
    lanes[lane] = xs[i];
    out.push({ i, x: xs[i], row, lane, crowded });
  }
  return out;
}

/** The first index whose time is >= t in a sorted array (binary search). */
export function lowerBound(ts: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
