CREATE TABLE "account_identities" (
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_identities_issuer_subject_pk" PRIMARY KEY("issuer","subject")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refresh_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"rotated_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "refresh_tokens_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "collectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"members_can_invite" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members" (
	"collective_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"headline" text,
	"bio" text,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"timezone" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"availability_status" text DEFAULT 'available' NOT NULL,
	"availability_until" date,
	"rate_min" integer,
	"rate_max" integer,
	"rate_currency" text,
	"introduced_by" uuid,
	"joined_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"left_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_collective_id_id_pk" PRIMARY KEY("collective_id","id")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"collective_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"email" text,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"accepted_at" timestamp (3) with time zone,
	"accepted_by" uuid,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "invitations_collective_id_id_pk" PRIMARY KEY("collective_id","id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"collective_id" uuid NOT NULL,
	"seq" bigserial NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"actor_member_id" uuid,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"about_member_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_collective_id_seq_pk" PRIMARY KEY("collective_id","seq")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"account_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response_body" jsonb,
	"response_headers" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_account_id_scope_key_pk" PRIMARY KEY("account_id","scope","key")
);
--> statement-breakpoint
CREATE TABLE "interests" (
	"collective_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"note" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interests_collective_id_id_pk" PRIMARY KEY("collective_id","id")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"collective_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"posted_by" uuid NOT NULL,
	"title" text NOT NULL,
	"brief" text NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"budget_min" integer,
	"budget_max" integer,
	"budget_currency" text,
	"remote" boolean DEFAULT true NOT NULL,
	"location" text,
	"starts_on" date,
	"closes_at" timestamp (3) with time zone,
	"client" text,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(brief, '')), 'B')) STORED,
	CONSTRAINT "jobs_collective_id_id_pk" PRIMARY KEY("collective_id","id")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"collective_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"from_member_id" uuid NOT NULL,
	"to_member_id" uuid NOT NULL,
	"note" text NOT NULL,
	"status" text DEFAULT 'offered' NOT NULL,
	"outcome" text,
	"outcome_note" text,
	"value_amount" integer,
	"value_currency" text,
	"thanks_message" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp (3) with time zone,
	"outcome_at" timestamp (3) with time zone,
	"thanked_at" timestamp (3) with time zone,
	CONSTRAINT "referrals_collective_id_id_pk" PRIMARY KEY("collective_id","id")
);
--> statement-breakpoint
CREATE TABLE "endorsements" (
	"collective_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"endorser_id" uuid NOT NULL,
	"endorsee_id" uuid NOT NULL,
	"skills" text[] NOT NULL,
	"relationship_kind" text NOT NULL,
	"relationship_since" date NOT NULL,
	"example_title" text NOT NULL,
	"example_description" text NOT NULL,
	"example_endorsee_role" text NOT NULL,
	"example_outcome" text NOT NULL,
	"example_started_on" date NOT NULL,
	"example_ended_on" date,
	"evidence_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"referral_id" uuid,
	"verified_by_handoff" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"retracted_at" timestamp (3) with time zone,
	"hidden_at" timestamp (3) with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(example_title, '')), 'A') || setweight(to_tsvector('english', coalesce(example_description, '') || ' ' || coalesce(example_outcome, '') || ' ' || coalesce(example_endorsee_role, '')), 'B')) STORED,
	CONSTRAINT "endorsements_collective_id_id_pk" PRIMARY KEY("collective_id","id")
);
--> statement-breakpoint
ALTER TABLE "account_identities" ADD CONSTRAINT "account_identities_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_collective_id_collectives_id_fk" FOREIGN KEY ("collective_id") REFERENCES "public"."collectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_introduced_by_fk" FOREIGN KEY ("collective_id","introduced_by") REFERENCES "public"."members"("collective_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_collective_id_collectives_id_fk" FOREIGN KEY ("collective_id") REFERENCES "public"."collectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_collective_id_created_by_members_collective_id_id_fk" FOREIGN KEY ("collective_id","created_by") REFERENCES "public"."members"("collective_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_collective_id_accepted_by_members_collective_id_id_fk" FOREIGN KEY ("collective_id","accepted_by") REFERENCES "public"."members"("collective_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_collective_id_collectives_id_fk" FOREIGN KEY ("collective_id") REFERENCES "public"."collectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_collective_id_job_id_jobs_collective_id_id_fk" FOREIGN KEY ("collective_id","job_id") REFERENCES "public"."jobs"("collective_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_collective_id_member_id_members_collective_id_id_fk" FOREIGN KEY ("collective_id","member_id") REFERENCES "public"."members"("collective_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_collective_id_collectives_id_fk" FOREIGN KEY ("collective_id") REFERENCES "public"."collectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_collective_id_posted_by_members_collective_id_id_fk" FOREIGN KEY ("collective_id","posted_by") REFERENCES "public"."members"("collective_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_collective_id_job_id_jobs_collective_id_id_fk" FOREIGN KEY ("collective_id","job_id") REFERENCES "public"."jobs"("collective_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_collective_id_from_member_id_members_collective_id_id_fk" FOREIGN KEY ("collective_id","from_member_id") REFERENCES "public"."members"("collective_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_collective_id_to_member_id_members_collective_id_id_fk" FOREIGN KEY ("collective_id","to_member_id") REFERENCES "public"."members"("collective_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_collective_id_endorser_id_members_collective_id_id_fk" FOREIGN KEY ("collective_id","endorser_id") REFERENCES "public"."members"("collective_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_collective_id_endorsee_id_members_collective_id_id_fk" FOREIGN KEY ("collective_id","endorsee_id") REFERENCES "public"."members"("collective_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_identities_account_id_index" ON "account_identities" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_email_lower_key" ON "accounts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "refresh_tokens_family_id_index" ON "refresh_tokens" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_account_id_index" ON "refresh_tokens" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_collective_account_key" ON "members" USING btree ("collective_id","account_id");--> statement-breakpoint
CREATE INDEX "members_collective_status_idx" ON "members" USING btree ("collective_id","status","joined_at","id");--> statement-breakpoint
CREATE INDEX "members_account_idx" ON "members" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_collective_token_key" ON "invitations" USING btree ("collective_id","token_hash");--> statement-breakpoint
CREATE INDEX "invitations_collective_created_idx" ON "invitations" USING btree ("collective_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "interests_collective_job_member_key" ON "interests" USING btree ("collective_id","job_id","member_id");--> statement-breakpoint
CREATE INDEX "jobs_collective_created_idx" ON "jobs" USING btree ("collective_id","created_at","id");--> statement-breakpoint
CREATE INDEX "jobs_collective_status_closes_idx" ON "jobs" USING btree ("collective_id","status","closes_at");--> statement-breakpoint
CREATE INDEX "jobs_search_idx" ON "jobs" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_one_open_per_job" ON "referrals" USING btree ("collective_id","job_id") WHERE status = 'offered' OR (status = 'accepted' AND outcome IS NULL);--> statement-breakpoint
CREATE INDEX "referrals_collective_from_idx" ON "referrals" USING btree ("collective_id","from_member_id","created_at");--> statement-breakpoint
CREATE INDEX "referrals_collective_to_idx" ON "referrals" USING btree ("collective_id","to_member_id","created_at");--> statement-breakpoint
CREATE INDEX "referrals_collective_created_idx" ON "referrals" USING btree ("collective_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "endorsements_same_example_key" ON "endorsements" USING btree ("collective_id","endorser_id","endorsee_id",lower("example_title"));--> statement-breakpoint
CREATE INDEX "endorsements_collective_endorsee_idx" ON "endorsements" USING btree ("collective_id","endorsee_id","created_at");--> statement-breakpoint
CREATE INDEX "endorsements_collective_endorser_idx" ON "endorsements" USING btree ("collective_id","endorser_id","created_at");--> statement-breakpoint
CREATE INDEX "endorsements_search_idx" ON "endorsements" USING gin ("search_vector");