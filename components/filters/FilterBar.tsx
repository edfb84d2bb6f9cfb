"use client";
/**
 * The filter controls. They are a plain GET form (so they work before JavaScript loads) that,
 * once hydrated, navigates on every change: the URL is the single source of the view.
 */
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { TypeIcon } from "@/components/kinds/TypeIcon";
import { CONTACT_KIND, CONTACT_TYPES } from "@/extract/kinds";
import { LeaderPicker, type PickerChoice } from "./LeaderPicker";

export interface FilterBarProps {
  years: number[];
  pairs: { pair: string; names: string[]; count: number }[];
  leaders: { id: string; name: string; total: number }[];
  current: { year?: number; from?: number; to?: number; type?: string[]; pair?: string; leader?: string; q?: string };
}

export function FilterBar({ years, pairs, leaders, current }: FilterBarProps) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const types = current.type ?? CONTACT_TYPES;
  const from = current.year ?? current.from;
  const to = current.year ?? current.to;

  const choices: PickerChoice[] = [
    ...pairs.filter((p) => p.names.length).map((p) => ({ kind: "pair" as const, value: p.pair, label: p.names.join(" – "), count: p.count })),
    ...leaders.map((l) => ({ kind: "leader" as const, value: l.id, label: l.name, count: l.total })),
  ];

  const apply = () => {
    const data = new FormData(form.current!);
    const q = new URLSearchParams();
    const f = data.get("from");
    const t = data.get("to");
    if (f && t && f === t) q.set("year", String(f));
    else {
      if (f) q.set("from", String(f));
      if (t) q.set("to", String(t));
    }
    const chosen = data.getAll("type").map(String);
    if (chosen.length && chosen.length < CONTACT_TYPES.length) q.set("type", chosen.join(","));
    const pair = data.get("pair");
    if (pair) q.set("pair", String(pair));
    const leader = data.get("leader");
    if (leader) q.set("leader", String(leader));
    const words = String(data.get("q") ?? "").trim();
    if (words) q.set("q", words);
    const s = q.toString().replace(/%2C/g, ",");
    router.push(s ? `/?${s}` : "/", { scroll: false });
  };

  return (
    <form
      ref={form}
      action="/"
      method="get"
      onChange={apply}
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
      className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded border border-[var(--line)] p-3 text-sm"
      aria-label="Filter events"
    >
      <label className="flex flex-col gap-1">
        <span className="font-semibold">Search</span>
        <input
          type="search"
          name="q"
          defaultValue={current.q ?? ""}
          key={`q-${current.q ?? ""}`}
          maxLength={200}
          placeholder="ceasefire, Sochi, Erdoğan…"
          // Typing waits for a pause before it changes the URL, so each keystroke is not a navigation.
          onChange={(e) => {
            e.stopPropagation();
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(apply, 300);
          }}
          className="w-56 rounded border border-[var(--line)] bg-[var(--bg)] px-2 py-1"
        />
      </label>
      <fieldset className="flex items-end gap-2">
        <legend className="mb-1 font-semibold">Years</legend>
        <YearSelect name="from" label="From" years={years} value={from} />
        <YearSelect name="to" label="To" years={years} value={to} />
      </fieldset>
      <fieldset className="flex flex-wrap items-center gap-3">
        <legend className="mb-1 font-semibold">Kind of contact</legend>
        {CONTACT_TYPES.map((t) => (
          <label key={t} className="inline-flex items-center gap-1">
            <input type="checkbox" name="type" value={t} defaultChecked={types.includes(t)} key={`${t}-${types.includes(t)}`} />
            <TypeIcon type={t} /> {CONTACT_KIND[t].label}
          </label>
        ))}
      </fieldset>
      {choices.length > 1 ? <LeaderPicker choices={choices} current={current} onPick={apply} /> : null}
      <noscript>
        <button type="submit" className="rounded border px-2 py-1">Apply</button>
      </noscript>
    </form>
  );
}

function YearSelect({ name, label, years, value }: { name: string; label: string; years: number[]; value?: number }) {
  return (
    <label className="flex flex-col">
      <span className="text-[var(--muted)]">{label}</span>
      {/* Keyed by value so back and forward, which change the URL, also reset the control. */}
      <select name={name} defaultValue={value ?? ""} key={`${name}-${value}`} className="rounded border border-[var(--line)] bg-[var(--bg)] px-2 py-1">
        <option value="">any</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
