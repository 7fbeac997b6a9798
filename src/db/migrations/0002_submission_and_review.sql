CREATE TABLE "rate_limit_hits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL,
	"storage_key" text NOT NULL,
	"display_name" text NOT NULL,
	"media_type" text NOT NULL,
	"extension" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"kind" text DEFAULT 'other' NOT NULL,
	"uploaded_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "practice_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" integer,
	"decided_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	CONSTRAINT "practice_revisions_status" CHECK ("practice_revisions"."status" in ('draft', 'submitted', 'changes_requested', 'approved', 'rejected', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "assessment_criteria" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "assessment_criteria_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL,
	"reviewer_user_id" integer,
	"is_consensus" boolean DEFAULT false NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL,
	"revision_id" integer,
	"kind" text NOT NULL,
	"body" text,
	"details" jsonb,
	"internal" boolean DEFAULT false NOT NULL,
	"actor_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_toolkit_links" (
	"practice_id" integer NOT NULL,
	"toolkit_entry_id" integer NOT NULL,
	"note" text,
	"linked_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_toolkit_links_practice_id_toolkit_entry_id_pk" PRIMARY KEY("practice_id","toolkit_entry_id")
);
--> statement-breakpoint
CREATE TABLE "toolkit_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"effect" text DEFAULT '' NOT NULL,
	"evidence_strength" smallint,
	"mechanism" text DEFAULT '' NOT NULL,
	"moderators" text DEFAULT '' NOT NULL,
	"implementation" text DEFAULT '' NOT NULL,
	"economic_cost" text DEFAULT '' NOT NULL,
	"url" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "toolkit_entries_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "guidance" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "links" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "sustainability" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "other_organisations" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "contact_role" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "still_running" boolean;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "self_outcome_id" integer;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "consent_publication" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "consent_show_contact" boolean;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "consent_research" boolean;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "consent_events" boolean;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "consent_government" boolean;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "privacy_notice_read" boolean;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "completed_sections" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "assigned_to_user_id" integer;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "assessments_required" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "shortlisted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "review_due_on" date;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "first_reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "content_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_revisions" ADD CONSTRAINT "practice_revisions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_revisions" ADD CONSTRAINT "practice_revisions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_revisions" ADD CONSTRAINT "practice_revisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_events" ADD CONSTRAINT "practice_events_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_events" ADD CONSTRAINT "practice_events_revision_id_practice_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."practice_revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_events" ADD CONSTRAINT "practice_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_toolkit_links" ADD CONSTRAINT "practice_toolkit_links_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_toolkit_links" ADD CONSTRAINT "practice_toolkit_links_toolkit_entry_id_toolkit_entries_id_fk" FOREIGN KEY ("toolkit_entry_id") REFERENCES "public"."toolkit_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_toolkit_links" ADD CONSTRAINT "practice_toolkit_links_linked_by_user_id_users_id_fk" FOREIGN KEY ("linked_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_practice_idx" ON "attachments" USING btree ("practice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_revisions_number" ON "practice_revisions" USING btree ("practice_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_revisions_one_open" ON "practice_revisions" USING btree ("practice_id") WHERE "practice_revisions"."status" in ('draft', 'submitted', 'changes_requested');--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_one_per_reviewer" ON "assessments" USING btree ("practice_id","reviewer_user_id") WHERE not "assessments"."is_consensus";--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_one_consensus" ON "assessments" USING btree ("practice_id") WHERE "assessments"."is_consensus";--> statement-breakpoint
CREATE INDEX "practice_events_practice_idx" ON "practice_events" USING btree ("practice_id","created_at");--> statement-breakpoint
CREATE INDEX "toolkit_entries_title_trgm_idx" ON "toolkit_entries" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_self_outcome_id_taxonomy_terms_id_fk" FOREIGN KEY ("self_outcome_id") REFERENCES "public"."taxonomy_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_assigned_to_user_id_users_id_fk" FOREIGN KEY ("assigned_to_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practices_assigned_to_idx" ON "practices" USING btree ("assigned_to_user_id");--> statement-breakpoint
CREATE INDEX "practices_review_due_idx" ON "practices" USING btree ("review_due_on");--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_consent_publication" CHECK ("practices"."consent_publication" is null or "practices"."consent_publication" in ('public', 'policing', 'none'));--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_assessments_required" CHECK ("practices"."assessments_required" in (1, 2));