-- Search rows for the events stored before the search table existed: 20261123210000_search made
-- it empty, and lib/search.ts writes a row only when an event is written. The body is what the
-- writer puts there (place, leaders' names, article titles, quotes), folded as its normaliseText
-- folds it: decomposed (NFKD), combining marks dropped, lower case. normalize() needs a UTF8
-- database, any other encoding gets the lower case alone.
INSERT INTO "event_search" ("eventId", "body")
SELECT id,
  CASE WHEN current_setting('server_encoding') = 'UTF8'
    THEN lower(regexp_replace(normalize(body, NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'))
    ELSE lower(body)
  END
FROM (
  SELECT e."id" AS id, concat_ws(E'\n',
      COALESCE(e."place", ''),
      (SELECT string_agg(l."name", E'\n' ORDER BY p."position") FROM "Participant" p JOIN "Leader" l ON l."id" = p."leaderId" WHERE p."eventId" = e."id"),
      (SELECT string_agg(DISTINCT COALESCE(a."title", ''), E'\n') FROM "Evidence" v JOIN "Article" a ON a."id" = v."articleId" WHERE v."eventId" = e."id"),
      (SELECT string_agg(v."quote", E'\n') FROM "Evidence" v WHERE v."eventId" = e."id")) AS body
  FROM "Event" e
  WHERE NOT EXISTS (SELECT 1 FROM "event_search" s WHERE s."eventId" = e."id")
) AS missing;
