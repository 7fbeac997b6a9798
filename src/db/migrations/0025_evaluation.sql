CREATE TABLE IF NOT EXISTS "theories_of_change" (
	"practice_id" integer PRIMARY KEY NOT NULL REFERENCES "practices"("id") ON DELETE cascade,
	"latest_version" integer DEFAULT 0 NOT NULL,
	"show_on_practice_page" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "theory_of_change_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL REFERENCES "practices"("id") ON DELETE cascade,
	"version_number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"saved_page" text NOT NULL,
	"saved_by_user_id" integer REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "theory_of_change_versions_number" UNIQUE("practice_id","version_number")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "theory_of_change_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL REFERENCES "practices"("id") ON DELETE cascade,
	"version_number" integer NOT NULL,
	"body" text NOT NULL,
	"author_user_id" integer REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "theory_of_change_comments_practice_idx" ON "theory_of_change_comments" ("practice_id","version_number");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "evaluation_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL REFERENCES "practices"("id") ON DELETE cascade,
	"academic_user_id" integer REFERENCES "users"("id") ON DELETE set null,
	"institution" text NOT NULL,
	"method" text NOT NULL,
	"timescale" text NOT NULL,
	"funding_status" text NOT NULL,
	"ethics_route" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"decision_note" text,
	"decided_by_user_id" integer REFERENCES "users"("id") ON DELETE set null,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_requests_status" CHECK ("status" in ('requested', 'accepted', 'declined', 'withdrawn')),
	CONSTRAINT "evaluation_requests_funding" CHECK ("funding_status" in ('funded', 'applying', 'unfunded'))
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "evaluation_requests_practice_idx" ON "evaluation_requests" ("practice_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "evaluation_requests_academic_idx" ON "evaluation_requests" ("academic_user_id");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "evaluation_requests_one_open" ON "evaluation_requests" ("practice_id","academic_user_id") WHERE "status" = 'requested';
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "evaluations" (
	"id" serial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL REFERENCES "practices"("id") ON DELETE cascade,
	"request_id" integer REFERENCES "evaluation_requests"("id") ON DELETE set null,
	"status" text DEFAULT 'proposed' NOT NULL,
	"evaluator_user_id" integer REFERENCES "users"("id") ON DELETE set null,
	"evaluator_name" text NOT NULL,
	"institution" text NOT NULL,
	"method" text NOT NULL,
	"started_on" date,
	"ended_on" date,
	"report_url" text,
	"findings" text,
	"reported_at" timestamp with time zone,
	"classification_revisited_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_status" CHECK ("status" in ('proposed', 'agreed', 'under_way', 'reported', 'closed', 'withdrawn')),
	CONSTRAINT "evaluations_reported_with_findings" CHECK ("status" not in ('reported', 'closed') or ("findings" is not null and "report_url" is not null))
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "evaluations_practice_idx" ON "evaluations" ("practice_id");
