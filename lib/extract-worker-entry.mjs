// A worker thread's entry: registers tsx in this thread (a worker does not inherit the parent's
// loader), then runs the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
