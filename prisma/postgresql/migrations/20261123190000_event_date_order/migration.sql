-- The list order (date, then slug): cursor pages, neighbours and time ranges read this index instead of sorting every event.
-- CreateIndex
CREATE INDEX "Event_date_slug_idx" ON "Event"("date", "slug");

