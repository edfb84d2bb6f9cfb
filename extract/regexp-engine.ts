/**
 * How V8 runs the pipeline's regular expressions: compiled to machine code from their first run,
 * not first interpreted from bytecode and "tiered up" later (V8's default, `--regexp-tier-up`).
 *
 * Why: in a process that extracts for a while, tier-up leaves some patterns slow for good. On the
 * throughput bench the leader index's title pattern took 5 % of the samples, and the same
 * pattern over the same 3,000 paragraphs took 3 ms at the process's start but 90–600 ms after
 * seven rounds of extraction, any fresh copy of it too (slower even than V8's interpreter, so it
 * is being compiled again and again); with tier-up off it stays at 3–7 ms and its share falls to
 * 0.6 %. Compiling each pattern once to machine code is what V8 did before tier-up existed; the
 * price is a slower first run of a pattern used only once, which the pipeline has few of.
 *
 * The flag is the process's: setting it here, when the pipeline is loaded and before any of its
 * patterns has run, gives it to every caller (the extract and ingest commands, the ingest workers,
 * the benches and tests). A patterns' matches do not depend on it, only their speed.
 */
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-regexp-tier-up");
