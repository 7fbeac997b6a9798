-- An evaluation's report as an uploaded file (issue 13, item 5: "the report (attachment or link)"). The
-- bytes live in the same file store as attachments, under a random key; the type is the one found in
-- the file's content, and the name the one shown on download.
ALTER TABLE "evaluations" ADD COLUMN IF NOT EXISTS "report_file_key" text;
--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN IF NOT EXISTS "report_file_name" text;
--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN IF NOT EXISTS "report_file_type" text;
--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN IF NOT EXISTS "report_file_bytes" integer;
--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN IF NOT EXISTS "report_file_sha256" text;
--> statement-breakpoint
-- A recorded report still needs its findings, and now a link or a file (before, only a link). Each
-- constraint is dropped first so the migration applies over itself, as those from 0020 on do.
ALTER TABLE "evaluations" DROP CONSTRAINT IF EXISTS "evaluations_reported_with_findings";
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_reported_with_findings" CHECK ("status" not in ('reported', 'closed') or ("findings" is not null and ("report_url" is not null or "report_file_key" is not null)));
--> statement-breakpoint
ALTER TABLE "evaluations" DROP CONSTRAINT IF EXISTS "evaluations_report_file_whole";
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_report_file_whole" CHECK (("report_file_key" is null) = ("report_file_name" is null) and ("report_file_key" is null) = ("report_file_type" is null));
