-- One leader's contacts (?leader=, /leaders/ID, its glance) read this index: without it every query scanned every participant.
-- CreateIndex
CREATE INDEX "Participant_leaderId_idx" ON "Participant"("leaderId");

