-- Changing and cancelling a learning event. `sequence` counts the saved changes (the .ics SEQUENCE, so
-- calendar programs replace their copy, and the version an edit form was loaded at); a cancelled event
-- keeps its row, with when, why and by whom. Safe to run again (the start-up test re-applies the newest migration).
ALTER TABLE "learning_events" ADD COLUMN IF NOT EXISTS "sequence" integer NOT NULL DEFAULT 0;--> statement-breakpoint
ALTER TABLE "learning_events" ADD COLUMN IF NOT EXISTS "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "learning_events" ADD COLUMN IF NOT EXISTS "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "learning_events" ADD COLUMN IF NOT EXISTS "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "learning_events" ADD COLUMN IF NOT EXISTS "cancelled_by_user_id" integer REFERENCES "users"("id") ON DELETE set null;--> statement-breakpoint
ALTER TABLE "learning_events" DROP CONSTRAINT IF EXISTS "learning_events_cancellation_reason";--> statement-breakpoint
ALTER TABLE "learning_events" ADD CONSTRAINT "learning_events_cancellation_reason" CHECK (("cancelled_at" is null) = ("cancellation_reason" is null));
