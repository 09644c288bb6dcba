CREATE TABLE "webhook_deliveries" (
	"collective_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"webhook_id" uuid NOT NULL,
	"event_seq" bigint NOT NULL,
	"event_type" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"attempts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp (3) with time zone,
	CONSTRAINT "webhook_deliveries_collective_id_id_pk" PRIMARY KEY("collective_id","id")
);
--> statement-breakpoint
CREATE TABLE "webhooks" (
	"collective_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"event_types" text[] NOT NULL,
	"description" text,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"secret_sealed" text NOT NULL,
	"previous_secret_sealed" text,
	"previous_secret_expires_at" timestamp (3) with time zone,
	"failing_since" timestamp (3) with time zone,
	"last_success_at" timestamp (3) with time zone,
	"last_error" text,
	"lease_until" timestamp (3) with time zone DEFAULT 'epoch' NOT NULL,
	"lease_owner" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhooks_collective_id_id_pk" PRIMARY KEY("collective_id","id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"collective_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"event_seq" bigint NOT NULL,
	"type" text NOT NULL,
	"read_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_collective_id_id_pk" PRIMARY KEY("collective_id","id")
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_collective_id_webhook_id_webhooks_collective_id_id_fk" FOREIGN KEY ("collective_id","webhook_id") REFERENCES "public"."webhooks"("collective_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_collective_id_event_seq_events_collective_id_seq_fk" FOREIGN KEY ("collective_id","event_seq") REFERENCES "public"."events"("collective_id","seq") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_collective_id_collectives_id_fk" FOREIGN KEY ("collective_id") REFERENCES "public"."collectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_collective_id_member_id_members_collective_id_id_fk" FOREIGN KEY ("collective_id","member_id") REFERENCES "public"."members"("collective_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_collective_id_event_seq_events_collective_id_seq_fk" FOREIGN KEY ("collective_id","event_seq") REFERENCES "public"."events"("collective_id","seq") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_webhook_seq_idx" ON "webhook_deliveries" USING btree ("collective_id","webhook_id","event_seq");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("collective_id","webhook_id","next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "webhooks_collective_created_idx" ON "webhooks" USING btree ("collective_id","created_at","id");--> statement-breakpoint
CREATE INDEX "webhooks_lease_idx" ON "webhooks" USING btree ("lease_until") WHERE status <> 'paused';--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_member_seq_key" ON "notifications" USING btree ("collective_id","member_id","event_seq");--> statement-breakpoint
CREATE INDEX "notifications_member_unread_idx" ON "notifications" USING btree ("collective_id","member_id","event_seq") WHERE read_at IS NULL;--> statement-breakpoint
CREATE INDEX "events_collective_xid_seq_idx" ON "events" USING btree ("collective_id","xid","seq");