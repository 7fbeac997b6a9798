-- Legacy import (issue 15): spreadsheets brought in through /admin/imports or `npm run import`, the
-- column mappings saved for re-use, a row-by-row report of each dry run and commit, and where each
-- imported practice came from. Imported practice waits for review in a status of its own.
-- (Written so that it can be applied again over itself.)

ALTER TABLE "practices" DROP CONSTRAINT IF EXISTS "practices_status";--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_status" CHECK ("practices"."status" in ('draft', 'submitted', 'in_review', 'changes_requested', 'published', 'rejected', 'withdrawn', 'archived', 'imported'));--> statement-breakpoint

-- A column mapping, keyed by the spreadsheet's headers (lower case, in order), so the next file with the
-- same headers is mapped the same way.
CREATE TABLE IF NOT EXISTS "import_mappings" (
	"header_key" text PRIMARY KEY NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_by_user_id" integer REFERENCES "users"("id") ON DELETE SET NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint

CREATE TABLE IF NOT EXISTS "imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"format" text NOT NULL,
	-- the parsed sheet: headers and rows of text, so every instance (and a restart) can read it
	"headers" text[] NOT NULL,
	"rows" jsonb NOT NULL,
	"row_count" integer NOT NULL,
	"mapping" jsonb NOT NULL DEFAULT '{}',
	"publish" boolean NOT NULL DEFAULT false,
	-- uploaded, analysing, analysed, committing, committed, undone
	"status" text NOT NULL DEFAULT 'uploaded',
	"processed_rows" integer NOT NULL DEFAULT 0,
	"summary" jsonb NOT NULL DEFAULT '{}',
	"created_by_user_id" integer REFERENCES "users"("id") ON DELETE SET NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"analysed_at" timestamp with time zone,
	"committed_at" timestamp with time zone,
	"undone_at" timestamp with time zone,
	CONSTRAINT "imports_status" CHECK ("status" in ('uploaded', 'analysing', 'analysed', 'committing', 'committed', 'undone')),
	CONSTRAINT "imports_format" CHECK ("format" in ('csv', 'xlsx'))
);--> statement-breakpoint

-- One line of the report per spreadsheet row: what the dry run found (planned_*) and what the commit did.
CREATE TABLE IF NOT EXISTS "import_rows" (
	"import_id" integer NOT NULL REFERENCES "imports"("id") ON DELETE CASCADE,
	"row_number" integer NOT NULL,
	-- create, update, unchanged, duplicate, error
	"planned_kind" text NOT NULL,
	"planned_fields" text[] NOT NULL DEFAULT '{}',
	"kind" text,
	"changed_fields" text[] NOT NULL DEFAULT '{}',
	"title" text,
	"messages" jsonb NOT NULL DEFAULT '[]',
	"duplicate_of_practice_id" integer REFERENCES "practices"("id") ON DELETE SET NULL,
	"duplicate_of_row" integer,
	"practice_id" integer REFERENCES "practices"("id") ON DELETE SET NULL,
	-- the practice's version once this row was written, and its columns before (for undo)
	"version_after" integer,
	"before" jsonb,
	CONSTRAINT "import_rows_pk" PRIMARY KEY ("import_id", "row_number")
);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "import_rows_practice_idx" ON "import_rows" ("practice_id");--> statement-breakpoint

-- Where imported practice came from: the key that finds it again on the next run (the sheet's own
-- reference, or its title and organisation), and the file and row it was first read from.
CREATE TABLE IF NOT EXISTS "practice_sources" (
	"practice_id" integer PRIMARY KEY NOT NULL REFERENCES "practices"("id") ON DELETE CASCADE,
	"source_key" text NOT NULL,
	"source_reference" text,
	"import_id" integer REFERENCES "imports"("id") ON DELETE SET NULL,
	"source_file" text NOT NULL,
	"source_row" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_sources_source_key" UNIQUE ("source_key")
);
