-- Every ingest asks whether any stored article was read by older extraction code (lib/ingest.ts):
-- with this index the answer is a lookup, not a scan of every article's text.
CREATE INDEX "Article_extractor_idx" ON "Article"("extractor");
