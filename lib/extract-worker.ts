/**
 * One extraction thread: reads articles one at a time for lib/extract-pool.ts. Runs in a worker
 * so that an article over its time budget can be stopped (the thread is terminated) without
 * stopping the run.
 */
import { parentPort } from "node:worker_threads";
import { ArticleError } from "../extract/article";
import { loadCatalogue } from "../extract/catalogue";
import { LeaderIndex } from "../extract/leaders";
import { readArticle, type Input } from "../extract/pipeline";

export interface ReadRequest {
  id: number;
  input: Input;
  inferred: string | null;
}

const index = new LeaderIndex(loadCatalogue());

parentPort!.on("message", (req: ReadRequest) => {
  try {
    parentPort!.postMessage({ id: req.id, reading: readArticle(req.input, index, req.inferred) });
  } catch (e) {
    // An article the pipeline refuses is the user's to fix; anything else is a bug and says so.
    const message = e instanceof ArticleError ? e.message : `extraction failed: ${(e as Error).message}`;
    parentPort!.postMessage({ id: req.id, error: message });
  }
});
parentPort!.postMessage({ ready: true });
