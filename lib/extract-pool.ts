/**
 * Extraction on worker threads, one article at a time per thread, each within a time budget.
 * An article still running when its budget is spent is refused by name: its thread is
 * terminated (nothing else can stop a runaway regular expression) and a fresh one takes over.
 *
 * A small run (adding a few articles to a big corpus) reads its ordinary-sized articles in this
 * thread instead: starting threads costs more than reading them, and every stage is linear, so an
 * article of at most INLINE_MAX_CHARS reads in a fraction of the budget even at its worst
 * (bench/extract-pathological.ts). Such an article found over budget afterwards is refused all the same.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { LeaderIndex, type Catalogue } from "../extract/leaders";
import type { Input } from "../extract/pipeline";
import type { ReadRequest, WorkerData } from "./extract-worker";
import { overBudget, readSafely, type ReadResult } from "./read-article";
import { workerBundle } from "./worker-bundle";

// The worker's states (lib/extract-worker.ts), read through shared memory: a message from the
// worker may wait behind a busy main thread, its clock never does.
const IDLE = 0;
const BUSY = 1;
const DONE = 2;

export const DEFAULT_BUDGET_MS = 5_000;

/** Runs of fewer articles than this read them in this thread (see above). */
export const INLINE_MAX_ARTICLES = 64;
/** Longer articles go to a thread that can be stopped, whatever the run's size. */
export const INLINE_MAX_CHARS = 64 * 1024;

export type { ReadResult };

export interface PoolOptions {
  /** Extraction threads (default: one per core). */
  size?: number;
  budgetMs?: number;
  /** How many articles the run expects to read: fewer than INLINE_MAX_ARTICLES are read in this thread. */
  expected?: number;
}

interface Job {
  req: ReadRequest;
  resolve: (r: ReadResult) => void;
}

interface Slot {
  worker: Worker;
  /** [state, started at]: written by the worker as it starts and ends each article. */
  clock: Float64Array;
  /** Set once the thread has loaded the pipeline: starting a thread is not the article's time. */
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export class ExtractPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 0;
  private workerUrl: URL | null = null;
  private index: LeaderIndex | null = null;
  private readonly size: number;
  private readonly budgetMs: number;
  private readonly inline: boolean;
  /** How many articles the pool has read: what the incremental tests count. */
  reads = 0;
  /** How many worker threads it started: none for a small run. */
  started = 0;

  constructor(
    private readonly catalogue: Catalogue,
    options: PoolOptions = {},
  ) {
    this.size = options.size ?? Math.max(1, availableParallelism());
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.inline = (options.expected ?? Infinity) < INLINE_MAX_ARTICLES;
  }

  read(input: Input, inferred: string | null = null): Promise<ReadResult> {
    if (this.inline && input.text.length <= INLINE_MAX_CHARS) return Promise.resolve(this.readHere(input, inferred));
    return new Promise((resolve) => {
      this.queue.push({ req: { id: this.nextId++, input, inferred }, resolve });
      this.pump();
    });
  }

  async close() {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private readHere(input: Input, inferred: string | null): ReadResult {
    this.index ??= new LeaderIndex(this.catalogue);
    const started = performance.now();
    const result = readSafely(input, this.index, inferred);
    this.reads++;
    return performance.now() - started > this.budgetMs ? { error: overBudget(this.budgetMs) } : result;
  }

  private spawn(): Slot {
    this.workerUrl ??= workerBundle();
    this.started++;
    const shared = new SharedArrayBuffer(16);
    const data: WorkerData = { clock: shared, catalogue: this.catalogue };
    const worker = new Worker(this.workerUrl, { workerData: data });
    const slot: Slot = { worker, clock: new Float64Array(shared), ready: false, job: null, timer: null };
    worker.on("message", (msg: ({ id: number } & ReadResult) | { ready: true }) => {
      if ("ready" in msg) {
        slot.ready = true;
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.req.id !== msg.id) return;
      this.finish(slot, "reading" in msg ? { reading: msg.reading } : { error: msg.error });
    });
    worker.on("error", (e) => {
      if (slot.job) this.finish(slot, { error: `extraction failed: ${e.message}` });
      this.replace(slot);
    });
    return slot;
  }

  private replace(slot: Slot) {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    void slot.worker.terminate();
    this.slots[i] = this.spawn();
    this.pump();
  }

  private finish(slot: Slot, result: ReadResult) {
    const job = slot.job!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    this.reads++;
    job.resolve(result);
    this.pump();
  }

  /**
   * The budget counts the worker's own time on the article: when the timer fires, an article
   * already done (its answer queued behind this thread) or started late gets the rest of its time.
   */
  private watch(slot: Slot, ms: number) {
    const job = slot.job;
    slot.timer = setTimeout(() => {
      if (slot.job !== job) return;
      const state = slot.clock[0];
      if (state === DONE) return;
      const spent = state === BUSY ? Date.now() - slot.clock[1] : 0;
      if (spent < this.budgetMs) return this.watch(slot, this.budgetMs - spent + 10);
      this.finish(slot, { error: overBudget(this.budgetMs) });
      this.replace(slot);
    }, ms);
  }

  private pump() {
    while (this.queue.length) {
      if (this.slots.length < this.size && !this.slots.some((s) => !s.ready)) this.slots.push(this.spawn());
      const slot = this.slots.find((s) => s.ready && !s.job);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      const taken = slot;
      taken.clock[0] = IDLE;
      this.watch(taken, this.budgetMs);
      taken.worker.postMessage(job.req);
    }
  }
}
