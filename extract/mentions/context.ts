/** What the whole article tells every sentence: its date, its main pair, every leader it names. */
import type { LeaderIndex, LeaderRef } from "../leaders";
import type { Article } from "../types";

export interface ArticleContext {
  /** The reference date for relative phrases (the publication date), if any. */
  ref: string | null;
  /** The two leaders the article is about, for "the two leaders", "their meeting". */
  mainPair: string[];
  /** Every leader the article names: a place may stand for one of them, never for a stranger. */
  named: Set<string>;
  /** Leaders the article names outright: who an office means when the article has no date. */
  byName: Set<string>;
  /** Every reference to a leader in the body, with offsets into the file (found once, used per sentence). */
  refs: LeaderRef[];
}

/** The two leaders most often named in the article: who "the two leaders" are. */
export function articleContext(article: Article, index: LeaderIndex, ref: string | null): ArticleContext {
  const counts = new Map<string, number>();
  const body = article.paragraphs.map((p) => ({ text: article.text.slice(p.start, p.end), start: p.start }));
  // Only an undated article needs to know who it names outright (to read "the Syrian President").
  const byName = ref ? new Set<string>() : index.named([article.title ?? "", ...body.map((b) => b.text)].join("\n"));
  const refs = body.flatMap((b) => index.find(b.text, b.start, ref, byName));
  for (const r of [...index.find(article.title ?? "", 0, ref, byName), ...refs]) counts.set(r.leaderId, (counts.get(r.leaderId) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return { ref, mainPair: ranked.slice(0, 2), named: new Set(ranked), byName, refs };
}
