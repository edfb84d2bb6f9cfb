"use client";
/**
 * The interactive timeline. Time runs along a d3 UTC scale; d3-zoom gives wheel, pinch, drag and
 * button zoom. The chart holds only what its view needs, asked of /api/timeline for the visible
 * range: the events themselves when few are visible, counts per kind and per day, week, month or
 * year when many. Marks and bins are drawn on one canvas; hover and keyboard focus on a second,
 * so pointing at a mark never redraws the rest. Each type has its own row, shape and colour. The
 * chart is one keyboard stop: arrow keys move between real events (asked of the server, so they
 * work at any zoom), Enter opens one, + and − zoom. The list below is its accessible twin.
 */
import { axisBottom } from "d3-axis";
import { scaleUtc, type ScaleTime } from "d3-scale";
import { select } from "d3-selection";
import { utcFormat } from "d3-time-format";
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CONTACT_KIND } from "@/extract/kinds";
import type { TimelineEvent, TimelineView } from "@/lib/timeline";
import { unpackBins, type BinUnit, type TimelineBin } from "@/lib/timeline-bins";
import { CHART_HEIGHT as HEIGHT, LANE_H, lowerBound, MARGIN, MARK_SIZE, ROW_H, ROW_ORDER, stack, type LaidOut } from "./layout";
import { useWidth } from "./useWidth";

export type { TimelineEvent };

const DAY = 86_400_000;
const BIN_LABEL: Record<BinUnit, (d: Date) => string> = {
  day: utcFormat("%-d %B %Y"),
  week: (d) => `week of ${utcFormat("%-d %B %Y")(d)}`,
  month: utcFormat("%B %Y"),
  year: utcFormat("%Y"),
};
const UNIT_MS: Record<BinUnit, number> = { day: DAY, week: 7 * DAY, month: 30.44 * DAY, year: 365.25 * DAY };

function describe(e: TimelineEvent): string {
  return `${e.when} (${e.precision === "day" ? "exact day" : e.precision + " only"}): ${CONTACT_KIND[e.type].label}, ${e.label}${e.place ? `, ${e.place}` : ""}; ${e.sources} ${e.sources === 1 ? "source" : "sources"}`;
}

/** The unit the server would bin `span` ms at `width` px in (the same rule as lib/timeline's binUnitFor). */
function unitFor(span: number, width: number): BinUnit {
  const msPerPx = span / Math.max(1, width);
  return (Object.keys(UNIT_MS) as BinUnit[]).find((u) => UNIT_MS[u] >= 4 * msPerPx) ?? "year";
}

type Hit = { kind: "mark"; e: TimelineEvent; x: number; row: number; y: number } | { kind: "bin"; b: TimelineBin; unit: BinUnit; x: number; row: number; y: number };

function rowY(row: number, lane: number) {
  return MARGIN.top + row * ROW_H + 4 + lane * LANE_H + LANE_H / 2;
}

/** `eventPath` is where a mark opens: the event page, or in an embed the framable event card. */
export function Timeline({ initial, extent, total, query, eventPath = "/events/" }: { initial: TimelineView; extent: [number, number]; total: number; query: string; eventPath?: string }) {
  const router = useRouter();
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const axis = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const transform = useRef<ZoomTransform>(zoomIdentity);
  const laid = useRef<LaidOut[]>([]);
  const width = useWidth(wrap);
  const [view, setView] = useState<TimelineView>(initial);
  const [active, setActive] = useState<TimelineEvent | null>(null);
  const [hit, setHit] = useState<Hit | null>(null);
  /** Where the keyboard's event is drawn, for its tooltip; set by drawOverlay. */
  const [activeX, setActiveX] = useState(0);
  const activeRef = useRef<TimelineEvent | null>(null);
  const hoverRef = useRef<Hit | null>(null);
  const responses = useRef(new Map<string, TimelineView>());
  const pending = useRef<AbortController | null>(null);
  const fetchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const bins = useMemo(() => (view.kind === "bins" ? unpackBins(view.unit, view.bins) : []), [view]);
  const marks = useMemo(() => (view.kind === "marks" ? [...view.marks].sort((a, b) => a.t - b.t) : []), [view]);
  const ts = useMemo(() => Float64Array.from(marks, (e) => e.t), [marks]);
  const rows = useMemo(() => Uint8Array.from(marks, (e) => ROW_ORDER.indexOf(e.type)), [marks]);
  const base = useMemo(() => {
    const [lo, hi] = extent;
    const pad = Math.max((hi - lo) * 0.04, 60 * DAY);
    return scaleUtc().domain([new Date(lo - pad), new Date(hi + pad)]).range([MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)]);
  }, [extent, width]);
  const scale = useCallback((): ScaleTime<number, number> => transform.current.rescaleX(base), [base]);

  const colours = useCallback(() => {
    const style = getComputedStyle(canvas.current!);
    const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    return {
      type: Object.fromEntries(ROW_ORDER.map((t) => [t, get(`--c-${t}`, "#333")])) as Record<TimelineEvent["type"], string>,
      line: get("--line", "#ccc"),
      fg: get("--fg", "#000"),
      bg: get("--bg", "#fff"),
    };
  }, []);

  const prepare = (c: HTMLCanvasElement) => {
    const dpr = window.devicePixelRatio || 1;
    if (c.width !== width * dpr) {
      c.width = width * dpr;
      c.height = HEIGHT * dpr;
    }
    const ctx = c.getContext("2d")!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, HEIGHT);
    return ctx;
  };

  /** Hover and keyboard focus only: a ring or an outline on the overlay canvas, nothing else redrawn. */
  const drawOverlay = useCallback(() => {
    const c = overlay.current;
    if (!c || !width) return;
    const ctx = prepare(c);
    const { fg } = colours();
    const x = scale();
    ctx.strokeStyle = fg;
    ctx.lineWidth = 2;
    const h = hoverRef.current;
    if (h?.kind === "bin") {
      const a = x(h.b.t0);
      ctx.strokeRect(a, MARGIN.top + h.row * ROW_H + 2, Math.max(2, x(h.b.t1) - a), ROW_H - 6);
    }
    for (const e of [activeRef.current, h?.kind === "mark" ? h.e : null]) {
      if (!e) continue;
      const m = laid.current.find((l) => marks[l.i]?.slug === e.slug);
      const row = ROW_ORDER.indexOf(e.type);
      const at = m ? m.x : x(e.t);
      ctx.beginPath();
      ctx.arc(at, m ? rowY(row, m.lane) : MARGIN.top + row * ROW_H + ROW_H / 2, MARK_SIZE * 0.85, 0, Math.PI * 2);
      ctx.stroke();
      if (e === activeRef.current) setActiveX(Math.round(at));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, marks, scale, colours]);

  /** The whole view: row guides, then marks or bins, then the axis. Never called on hover. */
  const draw = useCallback(() => {
    const c = canvas.current;
    if (!c || !width) return;
    const x = scale();
    const ctx = prepare(c);
    const colour = colours();
    // Counted so a benchmark can tell that hovering never redraws the chart.
    c.dataset.draws = String(Number(c.dataset.draws ?? 0) + 1);

    ctx.font = "12px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    ROW_ORDER.forEach((t, r) => {
      const y = MARGIN.top + r * ROW_H;
      ctx.fillStyle = colour.fg;
      ctx.fillText(CONTACT_KIND[t].label, 8, y + ROW_H / 2);
      ctx.fillStyle = colour.line;
      ctx.fillRect(MARGIN.left, y + ROW_H - 1, width - MARGIN.left - MARGIN.right, 1);
    });

    const [d0, d1] = x.domain().map((d) => d.getTime());
    ctx.save();
    ctx.beginPath();
    ctx.rect(MARGIN.left, 0, width - MARGIN.left - MARGIN.right, HEIGHT);
    ctx.clip();
    if (view.kind === "bins") {
      laid.current = [];
      // Bar heights on a square-root scale of the largest bin in view, so a quiet week still shows.
      let max = 1;
      for (const b of bins) if (b.t1 >= d0 && b.t0 <= d1 && b.count > max) max = b.count;
      for (const b of bins) {
        if (b.t1 < d0 || b.t0 > d1) continue;
        const row = ROW_ORDER.indexOf(b.type);
        const a = x(b.t0);
        const w = Math.max(1, x(b.t1) - a - 1);
        const h = Math.max(2, (ROW_H - 10) * Math.sqrt(b.count / max));
        ctx.fillStyle = colour.type[b.type];
        ctx.fillRect(a, MARGIN.top + row * ROW_H + ROW_H - 2 - h, w, h);
      }
    } else {
      // Only the events in view are laid out and drawn.
      const from = Math.max(0, lowerBound(ts, d0 - 366 * DAY));
      const to = Math.min(ts.length, lowerBound(ts, d1 + 366 * DAY));
      const xs = new Float64Array(ts.length);
      for (let i = from; i < to; i++) xs[i] = x(ts[i]);
      laid.current = stack(xs, rows, from, to);
      const shapes = Object.fromEntries(ROW_ORDER.map((t) => [t, new Path2D(CONTACT_KIND[t].shape)]));
      for (const m of laid.current) {
        const e = marks[m.i];
        const y = rowY(m.row, m.lane);
        if (e.precision !== "day") {
          // A month or a year is drawn as the span it covers, so vagueness is visible.
          const a = x(e.t0);
          ctx.fillStyle = colour.type[e.type];
          ctx.globalAlpha = 0.25;
          ctx.fillRect(a, y - 2, Math.max(1, x(e.t1) - a), 4);
          ctx.globalAlpha = 1;
        }
        ctx.save();
        ctx.translate(m.x, y);
        ctx.globalAlpha = m.crowded ? 0.6 : 1;
        ctx.fillStyle = colour.type[e.type];
        ctx.fill(shapes[e.type]);
        ctx.strokeStyle = colour.bg;
        ctx.lineWidth = 1;
        ctx.stroke(shapes[e.type]);
        ctx.restore();
      }
    }
    ctx.restore();
    if (axis.current) select(axis.current).call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))).tickSizeOuter(0));
    drawOverlay();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, bins, width, ts, rows, marks, scale, colours, drawOverlay]);

  const drawRef = useRef(draw);
  useEffect(() => {
    drawRef.current = draw;
  }, [draw]);

  /** Ask the server for the visible range at this zoom, unless what is held already shows it. */
  const refresh = useCallback(() => {
    if (!width) return;
    const [d0, d1] = scale().domain().map((d) => d.getTime());
    const span = d1 - d0;
    const plot = width - MARGIN.left - MARGIN.right;
    const covered = view.from <= d0 && view.to >= d1;
    if (covered && (view.kind === "marks" || view.unit === unitFor(span, plot))) return;
    // A window a quarter of a view wider on each side, on a grid, so panning mostly reuses an answer
    // and the window holds few enough events for marks soon after the view does.
    const grid = DAY * 2 ** Math.max(0, Math.floor(Math.log2(span / DAY)) - 1);
    const from = Math.max(Date.UTC(1900, 0, 1), Math.floor((d0 - span / 4) / grid) * grid);
    const to = Math.min(Date.UTC(2101, 0, 1), Math.ceil((d1 + span / 4) / grid) * grid);
    const px = Math.max(100, Math.min(8000, Math.round((plot * (to - from)) / span / 32) * 32));
    const url = `/api/timeline?${query ? `${query}&` : ""}start=${from}&end=${to}&width=${px}`;
    const known = responses.current.get(url);
    if (known) {
      setView(known);
      return;
    }
    pending.current?.abort();
    const ctl = new AbortController();
    pending.current = ctl;
    fetch(url, { signal: ctl.signal })
      .then((r) => (r.ok ? (r.json() as Promise<TimelineView>) : null))
      .then((v) => {
        if (!v) return;
        if (responses.current.size > 40) responses.current.delete(responses.current.keys().next().value!);
        responses.current.set(url, v);
        setView(v);
      })
      .catch(() => {
        /* aborted by a newer view, or offline: the chart keeps what it has */
      });
  }, [width, scale, view, query]);
  const refreshRef = useRef(refresh);
  useEffect(() => {
    refreshRef.current = refresh;
  }, [refresh]);

  // Zoom and pan with d3-zoom, set up once per width: every frame redraws from the held data,
  // and a pause asks the server for the new range.
  useEffect(() => {
    const el = wrap.current;
    if (!el || !width) return;
    const z = d3zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, 20000])
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
        drawRef.current();
        performance.measure("timeline-zoom-frame", "timeline-zoom-start");
        if (fetchTimer.current) clearTimeout(fetchTimer.current);
        fetchTimer.current = setTimeout(() => refreshRef.current(), 120);
      });
    zoomRef.current = z;
    select(el).call(z).on("dblclick.zoom", null);
    return () => {
      select(el).on(".zoom", null);
    };
  }, [width]);

  const firstDrawn = useRef(false);
  useEffect(() => {
    if (!width) return;
    if (!firstDrawn.current) performance.mark("timeline-render-start");
    draw();
    if (!firstDrawn.current) {
      performance.measure("timeline-first-render", "timeline-render-start");
      firstDrawn.current = true;
    }
  }, [draw, width]);

  // Redraw when the system switches between light and dark.
  useEffect(() => {
    const mq = window.matchMedia("(prefers-color-scheme: dark)");
    const redraw = () => drawRef.current();
    mq.addEventListener("change", redraw);
    return () => mq.removeEventListener("change", redraw);
  }, []);

  const zoomBy = (k: number) => {
    if (wrap.current && zoomRef.current) select(wrap.current).call(zoomRef.current.scaleBy, k);
  };
  const reset = () => {
    if (wrap.current && zoomRef.current) select(wrap.current).call(zoomRef.current.transform, zoomIdentity);
  };
  const zoomTo = (t0: number, t1: number) => {
    if (!wrap.current || !zoomRef.current) return;
    const plot = width - MARGIN.left - MARGIN.right;
    const k = Math.min(20000, Math.max(1, (plot / (base(t1) - base(t0))) * 0.8));
    const mid = base((t0 + t1) / 2);
    select(wrap.current).call(zoomRef.current.transform, zoomIdentity.translate(MARGIN.left + plot / 2 - mid * k, 0).scale(k));
  };
  /** Keep an event in view when the keyboard moves to it. */
  const reveal = (e: TimelineEvent) => {
    const x = scale()(e.t);
    if (wrap.current && zoomRef.current && (x < MARGIN.left + 20 || x > width - MARGIN.right - 20)) {
      select(wrap.current).call(zoomRef.current.translateBy, ((width - MARGIN.left - MARGIN.right) / 2 + MARGIN.left - x) / transform.current.k, 0);
    }
  };

  const showActive = (e: TimelineEvent | null) => {
    activeRef.current = e;
    setActive(e);
    if (e) reveal(e);
    drawOverlay();
  };

  /**
   * A keyboard step is asked of the server: the next real event, wherever it is and whatever the
   * zoom. Steps run one after another, each from where the last one landed, however fast the keys.
   */
  const steps = useRef<Promise<void>>(Promise.resolve());
  const step = (dir: (from: TimelineEvent | null) => "first" | "last" | "next" | "previous") => {
    steps.current = steps.current.then(async () => {
      const from = activeRef.current;
      const d = dir(from);
      const slug = from && (d === "next" || d === "previous") ? `&slug=${from.slug}` : "";
      const r = await fetch(`/api/timeline?${query ? `${query}&` : ""}step=${d}${slug}`).catch(() => null);
      if (!r?.ok) return;
      const { event } = (await r.json()) as { event: TimelineEvent | null };
      if (event) showActive(event);
    });
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (!total) return;
    if (e.key === "ArrowRight" || e.key === "ArrowDown") step((from) => (from ? "next" : "first"));
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") step((from) => (from ? "previous" : "last"));
    else if (e.key === "Home") step(() => "first");
    else if (e.key === "End") step(() => "last");
    else if (e.key === "Enter") {
      // After any step still on its way, so Enter opens the event the keys moved to.
      steps.current = steps.current.then(() => {
        if (activeRef.current) router.push(`${eventPath}${activeRef.current.slug}`);
      });
    } else if (e.key === "+" || e.key === "=") zoomBy(2);
    else if (e.key === "-" || e.key === "_") zoomBy(0.5);
    else if (e.key === "0") reset();
    else if (e.key === "Escape") showActive(null);
    else return;
    e.preventDefault();
  };

  /** The mark or bin under the pointer, if any. */
  const under = (clientX: number, clientY: number): Hit | null => {
    const r = canvas.current!.getBoundingClientRect();
    const px = clientX - r.left;
    const py = clientY - r.top;
    if (view.kind === "bins") {
      const row = Math.floor((py - MARGIN.top) / ROW_H);
      if (row < 0 || row >= ROW_ORDER.length) return null;
      const t = scale().invert(px).getTime();
      const b = bins.find((x) => x.type === ROW_ORDER[row] && x.t0 <= t && t < x.t1);
      return b ? { kind: "bin", b, unit: view.unit, x: px, row, y: py } : null;
    }
    let best: Hit | null = null;
    let bestD = (MARK_SIZE * 0.9) ** 2;
    for (const m of laid.current) {
      const y = rowY(m.row, m.lane);
      const d = (m.x - px) ** 2 + (y - py) ** 2;
      if (d < bestD) [best, bestD] = [{ kind: "mark", e: marks[m.i], x: m.x, row: m.row, y }, d];
    }
    return best;
  };

  const onPointerMove = (ev: React.PointerEvent) => {
    const h = under(ev.clientX, ev.clientY);
    const same = (a: Hit | null, b: Hit | null) => (a?.kind === "mark" && b?.kind === "mark" ? a.e.slug === b.e.slug : a?.kind === "bin" && b?.kind === "bin" ? a.b === b.b : a === b);
    if (same(h, hoverRef.current)) return;
    hoverRef.current = h;
    setHit(h);
    drawOverlay();
  };

  // The tooltip follows the hovered mark or bin, else the keyboard's event.
  const tip = hit ?? (active ? ({ kind: "mark", e: active, x: activeX, row: ROW_ORDER.indexOf(active.type), y: 0 } as Hit) : null);

  return (
    <figure className="my-4" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption" className="sr-only">
        Timeline of {total} events. Use the left and right arrow keys to move between events, Enter to open one, plus and minus to zoom.
      </figcaption>
      <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
        <button type="button" onClick={() => zoomBy(2)} className="rounded border border-[var(--line)] px-2 py-1" aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoomBy(0.5)} className="rounded border border-[var(--line)] px-2 py-1" aria-label="Zoom out">−</button>
        <button type="button" onClick={reset} className="rounded border border-[var(--line)] px-2 py-1">Reset zoom</button>
        <span className="text-[var(--muted)]" data-testid="timeline-detail">
          {view.kind === "bins" ? `${view.total.toLocaleString("en-GB")} events in view, counted per ${view.unit}; zoom in to see each one.` : "Drag to pan, scroll or pinch to zoom; arrow keys move between events."}
        </span>
      </div>
      <div
        ref={wrap}
        tabIndex={0}
        role="application"
        aria-roledescription="timeline"
        aria-label={`Timeline of ${total} events`}
        aria-describedby="timeline-caption"
        data-testid="timeline"
        data-detail={view.kind}
        onKeyDown={onKey}
        onPointerMove={onPointerMove}
        onPointerLeave={() => {
          hoverRef.current = null;
          setHit(null);
          drawOverlay();
        }}
        onClick={(e) => {
          const h = under(e.clientX, e.clientY);
          if (h?.kind === "mark") router.push(`${eventPath}${h.e.slug}`);
          else if (h?.kind === "bin") zoomTo(h.b.t0, h.b.t1);
        }}
        className="relative touch-none select-none rounded border border-[var(--line)]"
        style={{ height: HEIGHT, cursor: hit ? "pointer" : "grab" }}
      >
        <canvas ref={canvas} style={{ width: "100%", height: HEIGHT }} aria-hidden="true" />
        <canvas ref={overlay} className="pointer-events-none absolute inset-0" style={{ width: "100%", height: HEIGHT }} aria-hidden="true" />
        <svg className="pointer-events-none absolute inset-0" width={width} height={HEIGHT} aria-hidden="true">
          <g ref={axis} transform={`translate(0,${HEIGHT - MARGIN.bottom})`} className="text-[var(--muted)]" />
        </svg>
        {tip ? (
          <div
            role="tooltip"
            data-testid="timeline-tooltip"
            className="pointer-events-none absolute z-10 w-64 rounded border border-[var(--line)] bg-[var(--bg)] p-2 text-xs shadow-lg"
            style={{ left: Math.min(Math.max(0, tip.x - 128), Math.max(0, width - 256)), top: MARGIN.top + tip.row * ROW_H + (tip.row === ROW_ORDER.length - 1 ? -70 : ROW_H) }}
          >
            {tip.kind === "mark" ? (
              <>
                <strong>{tip.e.when}</strong> <span className="text-[var(--muted)]">({tip.e.precision === "day" ? "exact day" : `${tip.e.precision} only`})</span>
                <br />
                {CONTACT_KIND[tip.e.type].label}: {tip.e.label}
                {tip.e.place ? <> in {tip.e.place}</> : null}
                <br />
                {tip.e.sources} {tip.e.sources === 1 ? "source" : "sources"}
              </>
            ) : (
              <>
                <strong>{tip.b.count.toLocaleString("en-GB")} {CONTACT_KIND[tip.b.type].noun[tip.b.count === 1 ? "one" : "many"]}</strong>
                <br />
                {BIN_LABEL[tip.unit](new Date(tip.b.t0))}; click to zoom in
              </>
            )}
          </div>
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only" data-testid="timeline-announcer">
        {active ? describe(active) : ""}
      </p>
    </figure>
  );
}
