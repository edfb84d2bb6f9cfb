-- Merging reads one key's reports and events of a few years (lib/merge.ts): the date joins the
-- key in each index, so the read is bounded by the years however many a pair has.
DROP INDEX "Mention_key_role_idx";
CREATE INDEX "Mention_key_role_date_idx" ON "Mention"("key", "role", "date");
DROP INDEX "Event_key_idx";
CREATE INDEX "Event_key_date_idx" ON "Event"("key", "date");
