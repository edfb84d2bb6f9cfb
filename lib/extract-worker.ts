/**
 * One extraction thread: reads articles one at a time for lib/extract-pool.ts. Runs in a worker
 * so that an article over its time budget can be stopped (the thread is terminated) without
 * stopping the run. Started from a plain JavaScript bundle of this file (lib/worker-bundle.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Catalogue } from "../extract/leaders";
import { LeaderIndex } from "../extract/leaders";
import type { Input } from "../extract/pipeline";
import { readSafely } from "./read-article";

/** Shared with the pool: [state, started at (ms since epoch)]; see lib/extract-pool.ts. */
export const IDLE = 0;
export const BUSY = 1;
export const DONE = 2;

export interface ReadRequest {
  id: number;
  input: Input;
  inferred: string | null;
}

export interface WorkerData {
  clock: SharedArrayBuffer;
  /** The ingest's own catalogue, so both threads resolve leaders alike. */
  catalogue: Catalogue;
}

const data = workerData as WorkerData;
const index = new LeaderIndex(data.catalogue);
const clock = new Float64Array(data.clock);

parentPort!.on("message", (req: ReadRequest) => {
  clock[1] = Date.now();
  clock[0] = BUSY;
  const answer = { id: req.id, ...readSafely(req.input, index, req.inferred) };
  clock[0] = DONE;
  parentPort!.postMessage(answer);
});
parentPort!.postMessage({ ready: true });
