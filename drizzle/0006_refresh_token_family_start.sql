-- Refresh-token families get an absolute lifetime (REFRESH_TOKEN_MAX_DAYS), counted from the
-- sign-in that started them. Rows are never deleted while their account exists, so for the
-- families that already exist that sign-in is the oldest row of the family.
ALTER TABLE "refresh_tokens" ADD COLUMN "family_started_at" timestamp (3) with time zone;--> statement-breakpoint
UPDATE "refresh_tokens" AS t
SET "family_started_at" = f.started_at
FROM (
  SELECT "family_id", min("created_at") AS started_at FROM "refresh_tokens" GROUP BY "family_id"
) AS f
WHERE f."family_id" = t."family_id";--> statement-breakpoint
ALTER TABLE "refresh_tokens" ALTER COLUMN "family_started_at" SET NOT NULL;
