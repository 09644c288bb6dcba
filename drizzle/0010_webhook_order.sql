DROP INDEX "webhook_deliveries_due_idx";--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "redelivery" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_queue_idx" ON "webhook_deliveries" USING btree ("collective_id","webhook_id","event_seq") WHERE status = 'pending' AND NOT redelivery;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_redelivery_idx" ON "webhook_deliveries" USING btree ("collective_id","webhook_id","next_attempt_at") WHERE status = 'pending' AND redelivery;