-- Mentions stored per article, the merge queue and the writers' lock row.
-- Events from before this migration get their mention key from their participants, so the first
-- incremental merge rewrites them in place (keeping slugs and leaving redirects) instead of duplicating them.
-- CreateTable
CREATE TABLE "Mention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "participants" TEXT NOT NULL,
    "date" TEXT,
    "precision" TEXT,
    "dateText" TEXT,
    "resolvedAgainst" TEXT,
    "weekday" INTEGER,
    "monthDay" TEXT,
    "place" TEXT,
    "placeCountry" TEXT,
    "hostId" TEXT,
    "initiatorId" TEXT,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "anchors" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PendingMerge" (
    "key" TEXT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "WriteLock" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "holder" TEXT NOT NULL DEFAULT '',
    "takenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "title" TEXT,
    "publisher" TEXT,
    "url" TEXT,
    "givenPublished" TEXT,
    "published" TEXT,
    "publishedSource" TEXT,
    "text" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "extractor" TEXT NOT NULL DEFAULT '',
    "anchorBounds" TEXT
);
INSERT INTO "new_Article" ("contentHash", "file", "givenPublished", "id", "ingestedAt", "published", "publishedSource", "publisher", "slug", "text", "title", "url") SELECT "contentHash", "file", "givenPublished", "id", "ingestedAt", "published", "publishedSource", "publisher", "slug", "text", "title", "url" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");
CREATE TABLE "new_Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "place" TEXT,
    "hostId" TEXT,
    "initiatorId" TEXT,
    "pair" TEXT NOT NULL,
    "conflicts" TEXT NOT NULL DEFAULT '[]',
    "fingerprint" TEXT NOT NULL,
    "key" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Event_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Leader" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_initiatorId_fkey" FOREIGN KEY ("initiatorId") REFERENCES "Leader" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("conflicts", "date", "fingerprint", "hostId", "id", "initiatorId", "pair", "place", "precision", "slug", "type", "year") SELECT "conflicts", "date", "fingerprint", "hostId", "id", "initiatorId", "pair", "place", "precision", "slug", "type", "year" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_year_idx" ON "Event"("year");
CREATE INDEX "Event_type_idx" ON "Event"("type");
CREATE INDEX "Event_pair_idx" ON "Event"("pair");
CREATE INDEX "Event_key_idx" ON "Event"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Mention_key_role_idx" ON "Mention"("key", "role");

-- CreateIndex
CREATE INDEX "Mention_articleId_idx" ON "Mention"("articleId");


-- The events' mention key: kind of contact and participant ids in position order, as Mention.key.
UPDATE "Event" SET "key" = "type" || '|' || (
    SELECT group_concat("leaderId", '+') FROM (SELECT "leaderId" FROM "Participant" WHERE "eventId" = "Event"."id" ORDER BY "position")
);

-- The one row every writing transaction updates first.
INSERT INTO "WriteLock" ("id") VALUES (1);
