-- Full-text search over one row per event (its quotes, article titles, place and leaders' names),
-- written by lib/search.ts in the transaction that writes the event. `body` is already lower-case
-- and accent-stripped by the writer (unaccent is not guaranteed installed), so the `simple`
-- configuration suffices. Prisma's schema does not know this table.
CREATE TABLE "event_search" (
  "eventId" INTEGER PRIMARY KEY REFERENCES "Event"("id") ON DELETE CASCADE,
  "body" TEXT NOT NULL,
  "doc" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "body")) STORED
);
CREATE INDEX "event_search_doc_idx" ON "event_search" USING GIN ("doc");
