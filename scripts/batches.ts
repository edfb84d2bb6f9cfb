/**
 * Batches of the own test set, as the eval scripts name them: the letters a file's name starts with
 * ("v07-…" is batch v, "za03-…" batch za). A list of held-out batches is one string of single
 * letters ("stu") or comma-separated names ("vwx,za"); a comma-separated part that is not a batch
 * of its own is read as single letters, unless a letter repeats: "zzc" is a batch still to be written,
 * and reading it as z and c would hold out two tuning batches instead. Kept as a name, it holds out
 * nothing until its files land, then holds them out from the first run, with no change of command.
 */
import { basename } from "node:path";

export const batchOf = (file: string) => /^[a-z]+/.exec(basename(file))?.[0] ?? "";

export function heldOutBatches(list: string, files: string[]): Set<string> {
  const names = new Set(files.map(batchOf));
  return new Set(list.split(",").filter(Boolean).flatMap((part) => (names.has(part) || new Set(part).size < part.length ? [part] : part.split(""))));
}
