-- Page views counted in a table of their own (issue 11). Counting them on practices rewrote the whole row
-- for every flush of the view counter: PostgreSQL recomputes the stored search vector on any update, so
-- each flush wrote a new 4–5 KB vector to TOAST and a new entry to every index of practices, GIN pending
-- lists included; measured on 10,000 practices, 325 such updates doubled the database time of a search
-- until the next vacuum. A view now touches one narrow row here.
CREATE TABLE IF NOT EXISTS "practice_views" (
	"practice_id" integer PRIMARY KEY NOT NULL REFERENCES "practices"("id") ON DELETE cascade,
	"view_count" integer DEFAULT 0 NOT NULL
);--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'practices' AND column_name = 'view_count') THEN
    INSERT INTO practice_views (practice_id, view_count)
      SELECT id, view_count FROM practices WHERE view_count > 0
      ON CONFLICT (practice_id) DO NOTHING;
  END IF;
END $$;--> statement-breakpoint
ALTER TABLE "practices" DROP COLUMN IF EXISTS "view_count";
