"use client";
/**
 * The D3 charts load as their own chunk after the page is interactive: the server-rendered list
 * and filters come first (and work alone), then the ~30 KB of d3-zoom/d3-scale for the charts.
 * The placeholders keep the layout from jumping while they load.
 */
import dynamic from "next/dynamic";
import { CHART_HEIGHT } from "./layout";

export const LazyTimeline = dynamic(() => import("./Timeline").then((m) => m.Timeline), {
  ssr: false,
  loading: () => <div className="my-4 animate-pulse rounded border border-[var(--line)]" style={{ height: CHART_HEIGHT + 40 }} aria-hidden="true" />,
});

export const LazyYearHistogram = dynamic(() => import("./YearHistogram").then((m) => m.YearHistogram), {
  ssr: false,
  loading: () => <div className="mt-2" style={{ height: 72 }} aria-hidden="true" />,
});
