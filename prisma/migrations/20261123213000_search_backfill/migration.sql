-- Search rows for the events stored before the search table existed: 20261123210000_search made
-- it empty, and lib/search.ts writes a row only when an event is written. The body holds what the
-- writer puts there (place, leaders' names, article titles, quotes). Case and accents need no
-- folding here, because the FTS5 tokenizer folds both.
INSERT INTO "event_search" (rowid, body)
SELECT e."id",
  COALESCE(e."place", '') || char(10) ||
  COALESCE((SELECT group_concat(l."name", char(10)) FROM "Participant" p JOIN "Leader" l ON l."id" = p."leaderId" WHERE p."eventId" = e."id"), '') || char(10) ||
  COALESCE((SELECT group_concat(DISTINCT a."title") FROM "Evidence" v JOIN "Article" a ON a."id" = v."articleId" WHERE v."eventId" = e."id"), '') || char(10) ||
  COALESCE((SELECT group_concat(v."quote", char(10)) FROM "Evidence" v WHERE v."eventId" = e."id"), '')
FROM "Event" e
WHERE e."id" NOT IN (SELECT rowid FROM "event_search");
