-- Erasure (deleteMe): an erased account keeps its row, because memberships and the
-- collectives' history point at it, but loses its email (so the column becomes nullable) and
-- records when it was erased. An endorsement erased with its endorsee keeps its row (it still
-- counts as given) with the empty title, which the same-example rule must not compare.
-- Retention: expired refresh tokens and old idempotency records are purged in batches, by time.
DROP INDEX "endorsements_same_example_key";--> statement-breakpoint
ALTER TABLE "accounts" ALTER COLUMN "email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "erased_at" timestamp (3) with time zone;--> statement-breakpoint
CREATE INDEX "refresh_tokens_expires_at_index" ON "refresh_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_at_index" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "endorsements_same_example_key" ON "endorsements" USING btree ("collective_id","endorser_id","endorsee_id",lower("example_title")) WHERE status = 'active' AND example_title <> '';