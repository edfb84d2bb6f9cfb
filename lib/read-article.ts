/** One article read by the pipeline, its failure told as the user's to fix or as a bug. */
import { ArticleError } from "../extract/article";
import type { LeaderIndex } from "../extract/leaders";
import { readArticle, type ArticleReading, type Input } from "../extract/pipeline";

export type ReadResult = { reading: ArticleReading } | { error: string };

export function readSafely(input: Input, index: LeaderIndex, inferred: string | null): ReadResult {
  try {
    return { reading: readArticle(input, index, inferred) };
  } catch (e) {
    // An article the pipeline refuses is the user's to fix; anything else is a bug and says so.
    return { error: e instanceof ArticleError ? e.message : `extraction failed: ${(e as Error).message}` };
  }
}

export const overBudget = (budgetMs: number) => `refused: extraction took longer than its ${(budgetMs / 1000).toFixed(1)} s budget; nothing of it was stored`;
