-- The cases a clerk can claim next, in the order "claim next" takes them: the claim walks this index from its
-- start and takes the first row no other clerk holds, instead of sorting the whole queue on every claim.
CREATE INDEX "application_claimable_idx" ON "application" ("queue_id", "due_date", "submitted_at")
  WHERE "claimed_by" IS NULL AND "status" IN ('submitted', 'accepted', 'special');
