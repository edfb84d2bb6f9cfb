/**
 * One extraction thread: reads articles one at a time for lib/extract-pool.ts. Runs in a worker
 * so that an article over its time budget can be stopped (the thread is terminated) without
 * stopping the run.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ArticleError } from "../extract/article";
import { loadCatalogue } from "../extract/catalogue";
import { LeaderIndex } from "../extract/leaders";
import { readArticle, type Input } from "../extract/pipeline";

/** Shared with the pool: [state, started at (ms since epoch)]; see lib/extract-pool.ts. */
export const IDLE = 0;
export const BUSY = 1;
export const DONE = 2;

export interface ReadRequest {
  id: number;
  input: Input;
  inferred: string | null;
}

const index = new LeaderIndex(loadCatalogue());
const clock = new Float64Array(workerData.clock as SharedArrayBuffer);

parentPort!.on("message", (req: ReadRequest) => {
  clock[1] = Date.now();
  clock[0] = BUSY;
  let answer: object;
  try {
    answer = { id: req.id, reading: readArticle(req.input, index, req.inferred) };
  } catch (e) {
    // An article the pipeline refuses is the user's to fix; anything else is a bug and says so.
    answer = { id: req.id, error: e instanceof ArticleError ? e.message : `extraction failed: ${(e as Error).message}` };
  }
  clock[0] = DONE;
  parentPort!.postMessage(answer);
});
parentPort!.postMessage({ ready: true });
