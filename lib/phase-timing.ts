/**
 * SUMMITRY_TIMING=1 prints, on stderr, the wall and CPU time of each phase of a run since the
 * previous mark (CPU of the whole process, every thread): how bench/README's breakdown of the
 * add-one command is measured. Without the variable a mark costs one property read.
 */
import { performance } from "node:perf_hooks";

const enabled = Boolean(process.env.SUMMITRY_TIMING);
let last: { wall: number; cpu: number } | null = null;

function line(phase: string, wall: number, cpu: number) {
  process.stderr.write(`timing ${phase.padEnd(18)} ${wall.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms CPU\n`);
}

export function mark(phase: string) {
  if (!enabled) return;
  const wall = performance.now();
  const { user, system } = process.cpuUsage();
  const cpu = (user + system) / 1000;
  if (!last) {
    // The first mark splits Node's own start (until its bootstrap completes) from loading the modules.
    const boot = performance.nodeTiming.bootstrapComplete;
    line("node start", boot, 0);
    last = { wall: boot, cpu: 0 };
  }
  line(phase, wall - last.wall, cpu - last.cpu);
  last = { wall, cpu };
}
