-- Full-text search over one row per event (its quotes, article titles, place and leaders' names),
-- written by lib/search.ts in the transaction that writes the event. Prisma cannot model an FTS5
-- table, so it lives only here; rowid is the Event id.
CREATE VIRTUAL TABLE "event_search" USING fts5(body, tokenize = "unicode61 remove_diacritics 2");
