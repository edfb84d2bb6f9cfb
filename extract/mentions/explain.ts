/**
 * `extract --explain`: an article's trace, sentence by sentence, as plain text: which rule
 * proposed, filled or vetoed each frame and why, then the events the article's sentences became.
 */
import type { ArticleSummary } from "../pipeline";
import type { ExtractedEvent } from "../types";
import type { Trace } from "./rules";

const clip = (text: string, n = 160) => (text.length > n ? `${text.slice(0, n - 1)}…` : text).replace(/\s+/g, " ");

export function explainArticle(article: ArticleSummary, trace: Trace, events: ExtractedEvent[]): string {
  const lines = [`== ${article.file}`, `   published ${article.published ?? "unknown"}${article.publishedSource ? ` (from ${article.publishedSource})` : ""}${article.title ? `; headline "${clip(article.title, 100)}"` : ""}`];
  let current = -1;
  for (const e of trace.entries) {
    if (e.sentence.start !== current) {
      current = e.sentence.start;
      const text = trace.sentences.get(current);
      lines.push(text === undefined ? "-- headline" : `-- [${e.sentence.start}-${e.sentence.end}] "${clip(text)}"`);
    }
    lines.push(`   ${e.frame.padEnd(3)} ${e.step.padEnd(8)} ${e.rule.padEnd(26)} ${e.detail}`);
  }
  const cited = events.filter((ev) => ev.sources.some((s) => s.file === article.file));
  lines.push(cited.length ? "-- events citing this article:" : "-- no event cites this article");
  for (const ev of cited) {
    const at = ev.sources.filter((s) => s.file === article.file).map((s) => `[${s.start}-${s.end}]`);
    lines.push(`   ${ev.slug}  from ${at.join(" ")}${ev.conflicts.length ? `  (conflicts: ${ev.conflicts.map((c) => c.field).join(", ")})` : ""}`);
  }
  return lines.join("\n");
}
