ALTER TABLE "practices" ADD COLUMN "pending_answers" jsonb DEFAULT '{}'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "practice_revisions" ADD COLUMN "pending_answers" jsonb DEFAULT '{}'::jsonb NOT NULL;
