-- The What Works Toolkit as managed reference data (issue 13): the EMMIE dimensions each with the strength
-- of their evidence, the overall effect, what problem and population an intervention applies to, a stable
-- key for imports (source_id), and retirement. Evidence strength moves from 1-5 to the Toolkit's 0-4 scale.
ALTER TABLE "toolkit_entries" ADD COLUMN IF NOT EXISTS "source_id" text;
--> statement-breakpoint
ALTER TABLE "toolkit_entries" ADD COLUMN IF NOT EXISTS "overall_effect" text;
--> statement-breakpoint
ALTER TABLE "toolkit_entries" ADD COLUMN IF NOT EXISTS "effect_strength" smallint;
--> statement-breakpoint
ALTER TABLE "toolkit_entries" ADD COLUMN IF NOT EXISTS "mechanism_strength" smallint;
--> statement-breakpoint
ALTER TABLE "toolkit_entries" ADD COLUMN IF NOT EXISTS "moderators_strength" smallint;
--> statement-breakpoint
ALTER TABLE "toolkit_entries" ADD COLUMN IF NOT EXISTS "implementation_strength" smallint;
--> statement-breakpoint
ALTER TABLE "toolkit_entries" ADD COLUMN IF NOT EXISTS "economic_cost_strength" smallint;
--> statement-breakpoint
ALTER TABLE "toolkit_entries" ADD COLUMN IF NOT EXISTS "problem" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "toolkit_entries" ADD COLUMN IF NOT EXISTS "population" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "toolkit_entries" ADD COLUMN IF NOT EXISTS "retired_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "toolkit_entries" ADD COLUMN IF NOT EXISTS "updated_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "toolkit_entries_source_id_key" ON "toolkit_entries" ("source_id") WHERE "source_id" IS NOT NULL;
--> statement-breakpoint
-- 1-5 becomes 0-4 once: the check constraint below marks the move as done.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'toolkit_entries_evidence_strength_scale') THEN
    UPDATE "toolkit_entries" SET "evidence_strength" = "evidence_strength" - 1 WHERE "evidence_strength" IS NOT NULL;
    ALTER TABLE "toolkit_entries" ADD CONSTRAINT "toolkit_entries_evidence_strength_scale" CHECK (
      ("evidence_strength" IS NULL OR "evidence_strength" BETWEEN 0 AND 4)
      AND ("effect_strength" IS NULL OR "effect_strength" BETWEEN 0 AND 4)
      AND ("mechanism_strength" IS NULL OR "mechanism_strength" BETWEEN 0 AND 4)
      AND ("moderators_strength" IS NULL OR "moderators_strength" BETWEEN 0 AND 4)
      AND ("implementation_strength" IS NULL OR "implementation_strength" BETWEEN 0 AND 4)
      AND ("economic_cost_strength" IS NULL OR "economic_cost_strength" BETWEEN 0 AND 4)
    );
    ALTER TABLE "toolkit_entries" ADD CONSTRAINT "toolkit_entries_overall_effect" CHECK (
      "overall_effect" IS NULL OR "overall_effect" IN ('reduces-crime', 'mixed', 'no-reliable-effect', 'increases-crime')
    );
  END IF;
END $$;
--> statement-breakpoint
-- An uploaded Toolkit file between its dry run and its commit. plan_digest is the dry run's plan, so a
-- commit applies exactly what the admin was shown, or nothing when the Toolkit changed in between.
CREATE TABLE IF NOT EXISTS "toolkit_imports" (
  "id" serial PRIMARY KEY NOT NULL,
  "file_name" text NOT NULL,
  "content" text NOT NULL,
  "plan_digest" text NOT NULL,
  "created_by_user_id" integer REFERENCES "users"("id") ON DELETE CASCADE,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "committed_at" timestamp with time zone
);
--> statement-breakpoint
-- Reply-to for relayed messages ("contact the practice lead"): replies go to the sender, not the service.
ALTER TABLE "outbox" ADD COLUMN IF NOT EXISTS "reply_to" text;
