"use client";
/**
 * Events per year as small bars; brushing across them picks a range of years (?from=&to=).
 * Every bar is also a link to its year, so the histogram works by keyboard too.
 */
import { brushX } from "d3-brush";
import { scaleBand, scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef } from "react";
import { useWidth } from "./useWidth";

const H = 56;

export function YearHistogram({ counts, selected, query }: { counts: { year: number; count: number }[]; selected: [number, number] | null; query: string }) {
  const router = useRouter();
  const wrap = useRef<HTMLDivElement>(null);
  const brushG = useRef<SVGGElement>(null);
  const width = useWidth(wrap);
  const years = useMemo(() => {
    if (!counts.length) return [];
    const lo = counts[0].year;
    const hi = counts[counts.length - 1].year;
    return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  }, [counts]);
  const byYear = useMemo(() => new Map(counts.map((c) => [c.year, c.count])), [counts]);
  const x = useMemo(() => scaleBand<number>().domain(years).range([0, width]).paddingInner(0.15), [years, width]);
  const y = useMemo(() => scaleLinear().domain([0, Math.max(1, ...counts.map((c) => c.count))]).range([0, H - 18]), [counts]);

  useEffect(() => {
    if (!brushG.current || !width || !years.length) return;
    const brush = brushX().extent([
      [0, 0],
      [width, H - 16],
    ]);
    brush.on("end", (event: { selection: [number, number] | null; sourceEvent?: Event }) => {
      if (!event.sourceEvent || !event.selection) return;
      const [a, b] = event.selection;
      const picked = years.filter((yr) => {
        const left = x(yr)!;
        return left + x.bandwidth() > a && left < b;
      });
      if (!picked.length) return;
      const q = new URLSearchParams(query);
      q.delete("year");
      q.delete("from");
      q.delete("to");
      if (picked.length === 1) q.set("year", String(picked[0]));
      else {
        q.set("from", String(picked[0]));
        q.set("to", String(picked[picked.length - 1]));
      }
      router.push(`/?${q.toString().replace(/%2C/g, ",")}`, { scroll: false });
    });
    const g = select(brushG.current);
    g.call(brush);
    if (selected) {
      const a = x(selected[0]);
      const b = x(selected[1]);
      if (a !== undefined && b !== undefined) g.call(brush.move, [a, b + x.bandwidth()]);
    }
    return () => {
      g.on(".brush", null);
    };
  }, [width, years, x, selected, query, router]);

  if (!years.length) return null;
  const linkFor = (yr: number) => {
    const q = new URLSearchParams(query);
    q.delete("from");
    q.delete("to");
    q.set("year", String(yr));
    return `/?${q.toString().replace(/%2C/g, ",")}`;
  };
  return (
    <div ref={wrap} className="relative mt-2" aria-label="Events per year: brush to pick a range of years">
      <svg width={width} height={H} className="block" aria-hidden="true">
        {years.map((yr) => {
          const h = y(byYear.get(yr) ?? 0);
          const inRange = !selected || (yr >= selected[0] && yr <= selected[1]);
          return <rect key={yr} x={x(yr)} y={H - 16 - h} width={x.bandwidth()} height={h} fill="var(--c-in-person)" opacity={inRange ? 0.85 : 0.25} />;
        })}
        <g ref={brushG} />
      </svg>
      <div className="flex text-[10px] text-[var(--muted)]">
        {years.map((yr) => (
          <a
            key={yr}
            href={linkFor(yr)}
            onClick={(e) => {
              e.preventDefault();
              router.push(linkFor(yr), { scroll: false });
            }}
            className="flex-1 text-center hover:underline"
            aria-label={`${yr}: ${byYear.get(yr) ?? 0} events`}
          >
            {String(yr).slice(2)}
          </a>
        ))}
      </div>
    </div>
  );
}
