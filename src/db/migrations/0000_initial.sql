CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"theme" text NOT NULL,
	"year" smallint NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_code_unique" UNIQUE("code"),
	CONSTRAINT "organisations_code_format" CHECK ("organisations"."code" ~ '^[a-z0-9-]+$')
);
--> statement-breakpoint
CREATE TABLE "taxonomy_terms" (
	"id" serial PRIMARY KEY NOT NULL,
	"taxonomy" text NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "taxonomy_terms_taxonomy_key" UNIQUE("taxonomy","key")
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"reference" text,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"problem" text,
	"aims" text,
	"approach" text,
	"target_group_ids" integer[] DEFAULT '{}' NOT NULL,
	"partner_sector_ids" integer[] DEFAULT '{}' NOT NULL,
	"partners" text,
	"start_date" date,
	"end_date" date,
	"resources" text,
	"implementation_challenges" text,
	"lessons_learned" text,
	"evaluation_method" text,
	"evaluation_results" text,
	"stage_id" integer,
	"outcome_id" integer,
	"scale_id" integer,
	"purpose_ids" integer[] DEFAULT '{}' NOT NULL,
	"topic_ids" integer[] DEFAULT '{}' NOT NULL,
	"recognition_ids" integer[] DEFAULT '{}' NOT NULL,
	"organisation_id" integer NOT NULL,
	"call_id" integer,
	"call_answers" jsonb,
	"status" text DEFAULT 'draft' NOT NULL,
	"visibility" text DEFAULT 'internal' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"view_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("summary", '')), 'B') || setweight(to_tsvector('english', coalesce("problem", '') || ' ' || coalesce("aims", '') || ' ' || coalesce("approach", '') || ' ' || coalesce("partners", '') || ' ' || coalesce("resources", '') || ' ' || coalesce("implementation_challenges", '') || ' ' || coalesce("lessons_learned", '') || ' ' || coalesce("evaluation_method", '') || ' ' || coalesce("evaluation_results", '')), 'C')) STORED NOT NULL,
	CONSTRAINT "practices_slug_unique" UNIQUE("slug"),
	CONSTRAINT "practices_reference_unique" UNIQUE("reference"),
	CONSTRAINT "practices_status" CHECK ("practices"."status" in ('draft', 'submitted', 'in_review', 'changes_requested', 'published', 'rejected', 'withdrawn', 'archived')),
	CONSTRAINT "practices_visibility" CHECK ("practices"."visibility" in ('public', 'policing', 'internal')),
	CONSTRAINT "practices_dates" CHECK ("practices"."end_date" is null or "practices"."start_date" is null or "practices"."end_date" >= "practices"."start_date")
);
--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_stage_id_taxonomy_terms_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."taxonomy_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_outcome_id_taxonomy_terms_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."taxonomy_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_scale_id_taxonomy_terms_id_fk" FOREIGN KEY ("scale_id") REFERENCES "public"."taxonomy_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practices_search_idx" ON "practices" USING gin ("search");--> statement-breakpoint
CREATE INDEX "practices_title_trgm_idx" ON "practices" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "practices_topic_ids_idx" ON "practices" USING gin ("topic_ids");--> statement-breakpoint
CREATE INDEX "practices_purpose_ids_idx" ON "practices" USING gin ("purpose_ids");--> statement-breakpoint
CREATE INDEX "practices_recognition_ids_idx" ON "practices" USING gin ("recognition_ids");--> statement-breakpoint
CREATE INDEX "practices_listing_idx" ON "practices" USING btree ("status","visibility","published_at");--> statement-breakpoint
CREATE INDEX "practices_organisation_idx" ON "practices" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "practices_outcome_idx" ON "practices" USING btree ("outcome_id");--> statement-breakpoint
CREATE INDEX "practices_stage_idx" ON "practices" USING btree ("stage_id");--> statement-breakpoint
CREATE INDEX "practices_call_idx" ON "practices" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "practices_submitted_at_idx" ON "practices" USING btree ("submitted_at");