-- One number that changes whenever anything a search, the map or the insight pages read changes: practice
-- (published, unpublished, revised, narrowed, imported…), its labels, synonyms, adoptions and Toolkit links.
-- Each instance keeps recent answers in memory together with the number they were computed at, and reads
-- the number afresh for every request (src/features/catalogue/result-cache.ts), so an answer is reused only
-- while nothing it depends on has changed, on whichever instance the change was made. Counting a view does
-- not change it, nor does saving a draft that stays a draft.
CREATE TABLE IF NOT EXISTS "catalogue_generation" (
	"id" boolean PRIMARY KEY DEFAULT true CONSTRAINT "catalogue_generation_one_row" CHECK ("id"),
	"generation" bigint DEFAULT 0 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
INSERT INTO "catalogue_generation" ("id") VALUES (true) ON CONFLICT DO NOTHING;--> statement-breakpoint

CREATE OR REPLACE FUNCTION "bump_catalogue_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE catalogue_generation SET generation = generation + 1, changed_at = now();
  RETURN NULL;
END $$;--> statement-breakpoint

-- Practice rows: a draft saved as a draft, or a view counted, changes nothing that is read elsewhere.
CREATE OR REPLACE FUNCTION "bump_catalogue_generation_for_practices"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF EXISTS (SELECT 1 FROM new_rows n WHERE n.status <> 'draft') THEN
      UPDATE catalogue_generation SET generation = generation + 1, changed_at = now();
    END IF;
  ELSIF EXISTS (
    SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE NOT (o.status = 'draft' AND n.status = 'draft')
      AND (to_jsonb(o) - 'view_count') IS DISTINCT FROM (to_jsonb(n) - 'view_count')
  ) THEN
    UPDATE catalogue_generation SET generation = generation + 1, changed_at = now();
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint

DROP TRIGGER IF EXISTS "practices_generation_insert" ON "practices";--> statement-breakpoint
CREATE TRIGGER "practices_generation_insert" AFTER INSERT ON "practices"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation_for_practices();--> statement-breakpoint
DROP TRIGGER IF EXISTS "practices_generation_update" ON "practices";--> statement-breakpoint
CREATE TRIGGER "practices_generation_update" AFTER UPDATE ON "practices"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION bump_catalogue_generation_for_practices();--> statement-breakpoint
DROP TRIGGER IF EXISTS "practices_generation_delete" ON "practices";--> statement-breakpoint
CREATE TRIGGER "practices_generation_delete" AFTER DELETE OR TRUNCATE ON "practices"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();--> statement-breakpoint

-- Everything else the catalogue shows or counts with practice: any change at all.
DROP TRIGGER IF EXISTS "organisations_generation" ON "organisations";--> statement-breakpoint
CREATE TRIGGER "organisations_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organisations"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();--> statement-breakpoint
DROP TRIGGER IF EXISTS "taxonomy_terms_generation" ON "taxonomy_terms";--> statement-breakpoint
CREATE TRIGGER "taxonomy_terms_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "taxonomy_terms"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();--> statement-breakpoint
DROP TRIGGER IF EXISTS "calls_generation" ON "calls";--> statement-breakpoint
CREATE TRIGGER "calls_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "calls"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();--> statement-breakpoint
DROP TRIGGER IF EXISTS "search_synonym_groups_generation" ON "search_synonym_groups";--> statement-breakpoint
CREATE TRIGGER "search_synonym_groups_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "search_synonym_groups"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();--> statement-breakpoint
DROP TRIGGER IF EXISTS "adoptions_generation" ON "adoptions";--> statement-breakpoint
CREATE TRIGGER "adoptions_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "adoptions"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();--> statement-breakpoint
DROP TRIGGER IF EXISTS "practice_toolkit_links_generation" ON "practice_toolkit_links";--> statement-breakpoint
CREATE TRIGGER "practice_toolkit_links_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "practice_toolkit_links"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();--> statement-breakpoint
DROP TRIGGER IF EXISTS "toolkit_entries_generation" ON "toolkit_entries";--> statement-breakpoint
CREATE TRIGGER "toolkit_entries_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "toolkit_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
