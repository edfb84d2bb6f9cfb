"use client";
/**
 * Pick a pair of leaders, or one leader, by typing a name: a combobox (the ARIA 1.2 pattern)
 * over every pair and leader, so hundreds of pairs stay one short list of matches rather than
 * hundreds of options. The choice lives in two hidden inputs (pair, leader) of the filter form.
 */
import { useId, useMemo, useRef, useState } from "react";

export interface PickerChoice {
  kind: "pair" | "leader";
  value: string;
  label: string;
  count: number;
}

/** Lower case without accents, so "erdogan" finds "Erdoğan". */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const SHOWN = 12;

export function LeaderPicker({ choices, current, onPick }: { choices: PickerChoice[]; current: { pair?: string; leader?: string }; onPick: () => void }) {
  const id = useId();
  const pairInput = useRef<HTMLInputElement>(null);
  const leaderInput = useRef<HTMLInputElement>(null);
  const chosen = choices.find((c) => (c.kind === "pair" ? c.value === current.pair : c.value === current.leader && !current.pair));
  const [text, setText] = useState(chosen?.label ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const words = fold(text).split(/\s+/).filter(Boolean);
    const typedChosen = chosen && text === chosen.label;
    const hits = typedChosen || !words.length ? choices : choices.filter((c) => words.every((w) => fold(c.label).includes(w)));
    const list: (PickerChoice | null)[] = hits.slice(0, SHOWN);
    // "Every leader" clears the choice; it is offered whenever something is chosen.
    return current.pair || current.leader ? [null, ...list] : list;
  }, [text, choices, chosen, current.pair, current.leader]);

  const pick = (c: PickerChoice | null) => {
    pairInput.current!.value = c?.kind === "pair" ? c.value : "";
    leaderInput.current!.value = c?.kind === "leader" ? c.value : "";
    setText(c?.label ?? "");
    setOpen(false);
    onPick();
  };

  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      setOpen(true);
      setActive((a) => Math.min(matches.length - 1, open ? a + 1 : 0));
    } else if (e.key === "ArrowUp") setActive((a) => Math.max(0, a - 1));
    else if (e.key === "Enter") {
      if (open && matches.length) pick(matches[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
      setText(chosen?.label ?? "");
    } else return;
    e.preventDefault();
  };

  const label = (c: PickerChoice | null) => (c ? c.label : "Every leader");
  return (
    <div className="relative flex flex-col">
      <label htmlFor={`${id}-input`} className="font-semibold">
        Leaders
      </label>
      <input ref={pairInput} type="hidden" name="pair" defaultValue={current.pair ?? ""} />
      <input ref={leaderInput} type="hidden" name="leader" defaultValue={current.pair ? "" : (current.leader ?? "")} />
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && matches.length ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type a name"
        value={text}
        data-testid="leader-picker"
        onChange={(e) => {
          // Typing narrows the list; only a pick changes the view, so keep it from the form's onChange.
          e.stopPropagation();
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(e) => {
          e.target.select();
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
        className="w-72 max-w-full rounded border border-[var(--line)] bg-[var(--bg)] px-2 py-1"
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Leaders and pairs"
        hidden={!open}
        className="absolute top-full z-20 mt-1 max-h-80 w-80 max-w-[90vw] overflow-auto rounded border border-[var(--line)] bg-[var(--bg)] py-1 shadow-lg"
      >
        {matches.length ? (
          matches.map((c, i) => (
            <li
              key={c ? `${c.kind}:${c.value}` : "all"}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(c)}
              onMouseEnter={() => setActive(i)}
              className={`flex cursor-pointer justify-between gap-2 px-2 py-1 ${i === active ? "bg-[var(--mark-bg)]" : ""}`}
            >
              <span>{c?.kind === "leader" ? <>{c.label} <span className="text-[var(--muted)]">(all contacts)</span></> : label(c)}</span>
              {c ? <span className="tabular-nums text-[var(--muted)]">{c.count}</span> : null}
            </li>
          ))
        ) : (
          <li className="px-2 py-1 text-[var(--muted)]" role="option" aria-disabled="true" aria-selected="false">
            No leader or pair matches
          </li>
        )}
      </ul>
    </div>
  );
}
