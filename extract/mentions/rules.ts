/**
 * The rule runner: every decision of the mentions stage is a small named rule in an ordered list
 * (in the spirit of chrono-node's parsers and refiners). The runner, not the rules, records what
 * happened in a trace, so `extract --explain` can say which rule proposed, filled or vetoed a
 * frame and why. With no trace the runner records nothing and costs nothing extra.
 */
import type { Span } from "../types";

/** A rule that may decide something about its input: a value when it applies, null when it does not. */
export interface Rule<In, Out> {
  name: string;
  apply(input: In): Out | null;
}

/** A filter: a reason when it vetoes its input, null when it lets it pass. */
export interface Veto<In> {
  name: string;
  veto(input: In): string | null;
}

export type Step = "skip" | "cue" | "propose" | "fill" | "veto" | "split" | "emit";

export interface TraceEntry {
  /** The sentence the step is about (offsets into the file). */
  sentence: Span;
  step: Step;
  /** The frame of the sentence the step is about ("#1", "#2"), or "" for the sentence as a whole. */
  frame: string;
  rule: string;
  detail: string;
}

/** What the rules did, in order; `null` where nobody asked (the normal run). */
export class Trace {
  readonly entries: TraceEntry[] = [];
  /** Sentence texts by start offset, for printing. */
  readonly sentences = new Map<number, string>();
  private current: Span = { start: 0, end: 0 };
  private frame = "";

  enter(s: Span & { text: string }): void {
    this.current = { start: s.start, end: s.end };
    this.frame = "";
    this.sentences.set(s.start, s.text);
  }

  /** The steps that follow are about frame `label` of the sentence ("" for the sentence). */
  focus(label: string): void {
    this.frame = label;
  }

  record(step: Step, rule: string, detail: string): void {
    this.entries.push({ sentence: this.current, step, frame: this.frame, rule, detail });
  }
}

/**
 * The first rule of `rules` that applies, and its value; recorded as `step` with `describe(value)`.
 * Order is precedence: a rule earlier in the list wins over one after it.
 */
export function firstOf<In, Out>(rules: readonly Rule<In, Out>[], input: In, trace: Trace | null, step: Step, describe: (out: Out) => string = String): Out | null {
  return firstRule(rules, input, trace, step, describe)?.value ?? null;
}

/** firstOf(), with the name of the rule that decided: how a frame's part was read, for the precision gate. */
export function firstRule<In, Out>(rules: readonly Rule<In, Out>[], input: In, trace: Trace | null, step: Step, describe: (out: Out) => string = String): { rule: string; value: Out } | null {
  for (const rule of rules) {
    const out = rule.apply(input);
    if (out === null) continue;
    trace?.record(step, rule.name, describe(out));
    return { rule: rule.name, value: out };
  }
  return null;
}

/** The first filter that vetoes `input`, recorded with its reason; null when every filter lets it pass. */
export function vetoedBy<In>(filters: readonly Veto<In>[], input: In, trace: Trace | null): string | null {
  for (const f of filters) {
    const reason = f.veto(input);
    if (reason === null) continue;
    trace?.record("veto", f.name, reason);
    return f.name;
  }
  return null;
}
