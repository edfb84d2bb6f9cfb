"use client";
/**
 * The interactive timeline. Time runs along a d3 UTC scale; d3-zoom gives wheel, pinch, drag and
 * button zoom; marks are drawn on a canvas (thousands of events stay smooth) with an SVG axis on
 * top. Each type has its own row, shape and colour. The chart is one keyboard stop: arrow keys
 * move between events, Enter opens one, + and − zoom. The list below is its accessible twin.
 */
import { axisBottom } from "d3-axis";
import { scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CONTACT_KIND } from "@/extract/kinds";
import type { TimelineEvent } from "@/lib/home";
import { CHART_HEIGHT as HEIGHT, LANE_H, lowerBound, MARGIN, MARK_SIZE, ROW_H, ROW_ORDER, stack, type LaidOut } from "./layout";
import { useWidth } from "./useWidth";

export type { TimelineEvent };

const DAY = 86_400_000;

function describe(e: TimelineEvent): string {
  return `${e.when} (${e.precision === "day" ? "exact day" : e.precision + " only"}): ${CONTACT_KIND[e.type].label}, ${e.label}${e.place ? `, ${e.place}` : ""}; ${e.sources} ${e.sources === 1 ? "source" : "sources"}`;
}

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const router = useRouter();
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const axis = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const transform = useRef<ZoomTransform>(zoomIdentity);
  const laid = useRef<LaidOut[]>([]);
  const width = useWidth(wrap);
  const [active, setActive] = useState<number | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  /** Where the tooltip's event was last drawn; set by draw(), read by render. */
  const [tip, setTip] = useState<{ i: number; x: number; row: number } | null>(null);

  const sorted = useMemo(() => [...events].sort((a, b) => a.t - b.t), [events]);
  const ts = useMemo(() => Float64Array.from(sorted, (e) => e.t), [sorted]);
  const rows = useMemo(() => Uint8Array.from(sorted, (e) => ROW_ORDER.indexOf(e.type)), [sorted]);
  const base = useMemo(() => {
    const lo = sorted.length ? sorted[0].t0 : Date.UTC(2015, 0, 1);
    const hi = sorted.length ? sorted[sorted.length - 1].t1 : Date.UTC(2025, 0, 1);
    const pad = Math.max((hi - lo) * 0.04, 60 * DAY);
    return scaleUtc().domain([new Date(lo - pad), new Date(hi + pad)]).range([MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)]);
  }, [sorted, width]);

  const draw = useCallback(() => {
    const c = canvas.current;
    if (!c || !width) return;
    const x = transform.current.rescaleX(base);
    const dpr = window.devicePixelRatio || 1;
    if (c.width !== width * dpr) {
      c.width = width * dpr;
      c.height = HEIGHT * dpr;
    }
    const ctx = c.getContext("2d")!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, HEIGHT);
    const style = getComputedStyle(c);
    const colour = Object.fromEntries(ROW_ORDER.map((t) => [t, style.getPropertyValue(`--c-${t}`).trim() || "#333"]));
    const line = style.getPropertyValue("--line").trim() || "#ccc";
    const fg = style.getPropertyValue("--fg").trim() || "#000";
    const bg = style.getPropertyValue("--bg").trim() || "#fff";

    // Row guides and labels.
    ctx.font = "12px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    ROW_ORDER.forEach((t, r) => {
      const y = MARGIN.top + r * ROW_H;
      ctx.fillStyle = fg;
      ctx.fillText(CONTACT_KIND[t].label, 8, y + ROW_H / 2);
      ctx.fillStyle = line;
      ctx.fillRect(MARGIN.left, y + ROW_H - 1, width - MARGIN.left - MARGIN.right, 1);
    });

    // Only the events in view are laid out and drawn.
    const [d0, d1] = x.domain();
    const from = Math.max(0, lowerBound(ts, d0.getTime() - 366 * DAY));
    const to = Math.min(ts.length, lowerBound(ts, d1.getTime() + 366 * DAY));
    const xs = new Float64Array(ts.length);
    for (let i = from; i < to; i++) xs[i] = x(ts[i]);
    laid.current = stack(xs, rows, from, to);
    const shapes = Object.fromEntries(ROW_ORDER.map((t) => [t, new Path2D(CONTACT_KIND[t].shape)]));
    ctx.save();
    ctx.beginPath();
    ctx.rect(MARGIN.left, 0, width - MARGIN.left - MARGIN.right, HEIGHT);
    ctx.clip();
    for (const m of laid.current) {
      const e = sorted[m.i];
      const y = MARGIN.top + m.row * ROW_H + 4 + m.lane * LANE_H + LANE_H / 2;
      if (e.precision !== "day") {
        // A month or a year is drawn as the span it covers, so vagueness is visible.
        const a = x(e.t0);
        const b = x(e.t1);
        ctx.fillStyle = colour[e.type];
        ctx.globalAlpha = 0.25;
        ctx.fillRect(a, y - 2, Math.max(1, b - a), 4);
        ctx.globalAlpha = 1;
      }
      ctx.save();
      ctx.translate(m.x, y);
      ctx.globalAlpha = m.crowded ? 0.6 : 1;
      ctx.fillStyle = colour[e.type];
      ctx.fill(shapes[e.type]);
      ctx.strokeStyle = bg;
      ctx.lineWidth = 1;
      ctx.stroke(shapes[e.type]);
      if (m.i === active || m.i === hover) {
        ctx.globalAlpha = 1;
        ctx.strokeStyle = fg;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.arc(0, 0, MARK_SIZE * 0.85, 0, Math.PI * 2);
        ctx.stroke();
      }
      ctx.restore();
    }
    ctx.restore();
    const shown = hover ?? active;
    const at = shown === null ? undefined : laid.current.find((m) => m.i === shown);
    setTip(at ? { i: at.i, x: at.x, row: at.row } : null);
    if (axis.current) {
      select(axis.current).call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))).tickSizeOuter(0));
    }
  }, [base, width, ts, rows, sorted, active, hover]);

  // Zoom and pan with d3-zoom; every frame redraws from the current transform.
  useEffect(() => {
    const el = wrap.current;
    if (!el || !width) return;
    const z = d3zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, 2000])
      .extent([
        [MARGIN.left, 0],
        [width - MARGIN.right, HEIGHT],
      ])
      .translateExtent([
        [MARGIN.left, 0],
        [width - MARGIN.right, HEIGHT],
      ])
      .filter((event: Event) => !(event instanceof KeyboardEvent) && !(event as MouseEvent).button)
      .on("zoom", (event: { transform: ZoomTransform }) => {
        performance.mark("timeline-zoom-start");
        transform.current = event.transform;
        draw();
        performance.measure("timeline-zoom-frame", "timeline-zoom-start");
      });
    zoomRef.current = z;
    select(el).call(z).on("dblclick.zoom", null);
    return () => {
      select(el).on(".zoom", null);
    };
  }, [width, draw]);

  useEffect(() => {
    if (!width) return;
    performance.mark("timeline-render-start");
    draw();
    performance.measure("timeline-first-render", "timeline-render-start");
  }, [draw, width]);

  // Redraw when the system switches between light and dark.
  useEffect(() => {
    const mq = window.matchMedia("(prefers-color-scheme: dark)");
    mq.addEventListener("change", draw);
    return () => mq.removeEventListener("change", draw);
  }, [draw]);

  const zoomBy = (k: number) => {
    if (wrap.current && zoomRef.current) select(wrap.current).call(zoomRef.current.scaleBy, k);
  };
  const reset = () => {
    if (wrap.current && zoomRef.current) select(wrap.current).call(zoomRef.current.transform, zoomIdentity);
  };
  /** Keep an event in view when the keyboard moves to it. */
  const reveal = (i: number) => {
    const x = transform.current.rescaleX(base)(sorted[i].t);
    if (wrap.current && zoomRef.current && (x < MARGIN.left + 20 || x > width - MARGIN.right - 20)) {
      select(wrap.current).call(zoomRef.current.translateBy, ((width - MARGIN.left - MARGIN.right) / 2 + MARGIN.left - x) / transform.current.k, 0);
    }
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (!sorted.length) return;
    const move = (i: number) => {
      const next = Math.max(0, Math.min(sorted.length - 1, i));
      setActive(next);
      reveal(next);
    };
    if (e.key === "ArrowRight" || e.key === "ArrowDown") move(active === null ? 0 : active + 1);
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") move(active === null ? sorted.length - 1 : active - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(sorted.length - 1);
    else if (e.key === "Enter" && active !== null) router.push(`/events/${sorted[active].slug}`);
    else if (e.key === "+" || e.key === "=") zoomBy(2);
    else if (e.key === "-" || e.key === "_") zoomBy(0.5);
    else if (e.key === "0") reset();
    else if (e.key === "Escape") setActive(null);
    else return;
    e.preventDefault();
  };

  const nearest = (clientX: number, clientY: number): number | null => {
    const r = canvas.current!.getBoundingClientRect();
    const px = clientX - r.left;
    const py = clientY - r.top;
    let best: number | null = null;
    let bestD = (MARK_SIZE * 0.9) ** 2;
    for (const m of laid.current) {
      const y = MARGIN.top + m.row * ROW_H + 4 + m.lane * LANE_H + LANE_H / 2;
      const d = (m.x - px) ** 2 + (y - py) ** 2;
      if (d < bestD) [best, bestD] = [m.i, d];
    }
    return best;
  };

  const tipEvent = tip ? sorted[tip.i] : undefined;

  return (
    <figure className="my-4" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption" className="sr-only">
        Timeline of {sorted.length} events. Use the left and right arrow keys to move between events, Enter to open one, plus and minus to zoom.
      </figcaption>
      <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
        <button type="button" onClick={() => zoomBy(2)} className="rounded border border-[var(--line)] px-2 py-1" aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoomBy(0.5)} className="rounded border border-[var(--line)] px-2 py-1" aria-label="Zoom out">−</button>
        <button type="button" onClick={reset} className="rounded border border-[var(--line)] px-2 py-1">Reset zoom</button>
        <span className="text-[var(--muted)]">Drag to pan, scroll or pinch to zoom; arrow keys move between events.</span>
      </div>
      <div
        ref={wrap}
        tabIndex={0}
        role="application"
        aria-roledescription="timeline"
        aria-label={`Timeline of ${sorted.length} events`}
        aria-describedby="timeline-caption"
        data-testid="timeline"
        onKeyDown={onKey}
        onPointerMove={(e) => setHover(nearest(e.clientX, e.clientY))}
        onPointerLeave={() => setHover(null)}
        onClick={(e) => {
          const i = nearest(e.clientX, e.clientY);
          if (i !== null) router.push(`/events/${sorted[i].slug}`);
        }}
        className="relative touch-none select-none rounded border border-[var(--line)]"
        style={{ height: HEIGHT, cursor: hover !== null ? "pointer" : "grab" }}
      >
        <canvas ref={canvas} style={{ width: "100%", height: HEIGHT }} aria-hidden="true" />
        <svg className="pointer-events-none absolute inset-0" width={width} height={HEIGHT} aria-hidden="true">
          <g ref={axis} transform={`translate(0,${HEIGHT - MARGIN.bottom})`} className="text-[var(--muted)]" />
        </svg>
        {tip && tipEvent ? (
          <div
            role="tooltip"
            data-testid="timeline-tooltip"
            className="pointer-events-none absolute z-10 w-64 rounded border border-[var(--line)] bg-[var(--bg)] p-2 text-xs shadow-lg"
            style={{ left: Math.min(Math.max(0, tip.x - 128), Math.max(0, width - 256)), top: MARGIN.top + tip.row * ROW_H + (tip.row === ROW_ORDER.length - 1 ? -70 : ROW_H) }}
          >
            <strong>{tipEvent.when}</strong> <span className="text-[var(--muted)]">({tipEvent.precision === "day" ? "exact day" : `${tipEvent.precision} only`})</span>
            <br />
            {CONTACT_KIND[tipEvent.type].label}: {tipEvent.label}
            {tipEvent.place ? <> in {tipEvent.place}</> : null}
            <br />
            {tipEvent.sources} {tipEvent.sources === 1 ? "source" : "sources"}
          </div>
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only" data-testid="timeline-announcer">
        {active !== null ? describe(sorted[active]) : ""}
      </p>
    </figure>
  );
}
