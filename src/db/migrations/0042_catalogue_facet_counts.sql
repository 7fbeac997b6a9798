-- Counts kept up to date for the catalogue's pages without words or filters (issue 11, item 6): browse all
-- shows how many published practice examples there are and how many carry each facet value, and at
-- 100,000 practices counting them per request cost 0.4 s of PostgreSQL. Here the counts are kept by
-- triggers, in the transaction that changes the practice, per visibility level, so a viewer's numbers are
-- the sum over the levels they may read (src/features/catalogue/repository.ts, browseAll).
--
-- catalogue_count_entries is the one definition of what a published practice counts towards; the search's
-- own facet SQL (searchRows, facetCountsSql) counts the same things, and test/catalogue-counts.test.ts
-- checks the two agree for every kind of viewer after each kind of change.
CREATE OR REPLACE FUNCTION "catalogue_count_entries"(ids integer[])
RETURNS TABLE ("practice_id" integer, "visibility" text, "facet" text, "value" text)
LANGUAGE sql STABLE AS $$
  SELECT p.id, p.visibility, e.facet, e.value
  FROM practices p
  JOIN organisations o ON o.id = p.organisation_id
  CROSS JOIN LATERAL (
    SELECT 'total', '' UNION ALL
    SELECT 'organisation', p.organisation_id::text UNION ALL
    SELECT 'region', o.region WHERE o.region IS NOT NULL UNION ALL
    SELECT 'outcome', p.outcome_id::text WHERE p.outcome_id IS NOT NULL UNION ALL
    SELECT 'stage', p.stage_id::text WHERE p.stage_id IS NOT NULL UNION ALL
    SELECT 'call', p.call_id::text WHERE p.call_id IS NOT NULL UNION ALL
    SELECT 'year', extract(year FROM coalesce(p.submitted_at, p.published_at) AT TIME ZONE 'Europe/London')::int::text
      WHERE coalesce(p.submitted_at, p.published_at) IS NOT NULL UNION ALL
    SELECT 'evidence', 'yes' WHERE EXISTS (SELECT 1 FROM practice_toolkit_links l WHERE l.practice_id = p.id) UNION ALL
    SELECT 'topic', t::text FROM unnest(p.topic_ids) t WHERE t IS NOT NULL UNION ALL
    SELECT 'purpose', u::text FROM unnest(p.purpose_ids) u WHERE u IS NOT NULL UNION ALL
    SELECT 'recognised', r::text FROM unnest(p.recognition_ids) r WHERE r IS NOT NULL
  ) e(facet, value)
  WHERE p.id = ANY(ids) AND p.status = 'published'
$$;--> statement-breakpoint

-- What each published practice is counted towards now, so a change can take off exactly what it added.
CREATE TABLE IF NOT EXISTS "catalogue_counted" (
	"practice_id" integer PRIMARY KEY NOT NULL,
	"visibility" text NOT NULL,
	"entries" text[] NOT NULL
);--> statement-breakpoint

-- The sums: published practice at each visibility level with each facet value ('total' counts them all).
CREATE TABLE IF NOT EXISTS "catalogue_facet_counts" (
	"visibility" text NOT NULL,
	"facet" text NOT NULL,
	"value" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "catalogue_facet_counts_pk" PRIMARY KEY ("visibility", "facet", "value")
);--> statement-breakpoint

-- Counts these practices again from what they are now: takes off what each was counted towards, adds what
-- it counts towards now (nothing once it is unpublished or deleted). Rows are changed in key order, so two
-- transactions never wait on each other's rows in opposite orders.
CREATE OR REPLACE FUNCTION "catalogue_recount"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  WITH fresh AS (
    SELECT e.practice_id, e.visibility, array_agg(e.facet || ':' || e.value ORDER BY e.facet, e.value) AS entries
    FROM catalogue_count_entries(ids) e GROUP BY e.practice_id, e.visibility
  ),
  gone AS (
    DELETE FROM catalogue_counted c WHERE c.practice_id = ANY(ids) RETURNING c.practice_id, c.visibility, c.entries
  ),
  -- (A data-changing WITH runs whether or not the statement reads it; it cannot see "gone"'s delete,
  -- and the delete's rows are the ones its own key replaces.)
  kept AS (
    INSERT INTO catalogue_counted (practice_id, visibility, entries) SELECT practice_id, visibility, entries FROM fresh
  ),
  delta AS (
    SELECT d.visibility, split_part(d.entry, ':', 1) AS facet, substr(d.entry, strpos(d.entry, ':') + 1) AS value,
           sum(d.change)::int AS change
    FROM (
      SELECT f.visibility, x.entry, 1 AS change FROM fresh f, unnest(f.entries) x(entry)
      UNION ALL
      SELECT g.visibility, x.entry, -1 FROM gone g, unnest(g.entries) x(entry)
    ) d
    GROUP BY 1, 2, 3
    HAVING sum(d.change) <> 0
  )
  INSERT INTO catalogue_facet_counts (visibility, facet, value, n)
  SELECT visibility, facet, value, change FROM delta
  ORDER BY visibility, facet, value
  ON CONFLICT (visibility, facet, value) DO UPDATE SET n = catalogue_facet_counts.n + excluded.n;
  DELETE FROM catalogue_facet_counts WHERE n = 0;
END $$;--> statement-breakpoint

-- Practice: a new row, a deleted one, or a change to anything it is counted by (not a view counted, not a
-- draft's text).
CREATE OR REPLACE FUNCTION "catalogue_recount_practices"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM catalogue_recount(ARRAY(SELECT n.id FROM new_rows n WHERE n.status = 'published'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM catalogue_recount(ARRAY(SELECT o.id FROM old_rows o WHERE o.status = 'published'));
  ELSE
    PERFORM catalogue_recount(ARRAY(
      SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.status = 'published' OR n.status = 'published')
        AND (o.status, o.visibility, o.organisation_id, o.outcome_id, o.stage_id, o.call_id, o.topic_ids,
             o.purpose_ids, o.recognition_ids, o.submitted_at, o.published_at)
            IS DISTINCT FROM
            (n.status, n.visibility, n.organisation_id, n.outcome_id, n.stage_id, n.call_id, n.topic_ids,
             n.purpose_ids, n.recognition_ids, n.submitted_at, n.published_at)
    ));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint

-- Named to fire after the generation triggers, so every statement takes the generation row first.
DROP TRIGGER IF EXISTS "practices_recount_insert" ON "practices";--> statement-breakpoint
CREATE TRIGGER "practices_recount_insert" AFTER INSERT ON "practices"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_recount_practices();--> statement-breakpoint
DROP TRIGGER IF EXISTS "practices_recount_update" ON "practices";--> statement-breakpoint
CREATE TRIGGER "practices_recount_update" AFTER UPDATE ON "practices"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION catalogue_recount_practices();--> statement-breakpoint
DROP TRIGGER IF EXISTS "practices_recount_delete" ON "practices";--> statement-breakpoint
CREATE TRIGGER "practices_recount_delete" AFTER DELETE ON "practices"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_recount_practices();--> statement-breakpoint

-- A Toolkit link made or removed changes its practice's "linked to What Works evidence".
CREATE OR REPLACE FUNCTION "catalogue_recount_toolkit_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM catalogue_recount(ARRAY(SELECT DISTINCT n.practice_id FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM catalogue_recount(ARRAY(SELECT DISTINCT o.practice_id FROM old_rows o));
  ELSE
    PERFORM catalogue_recount(ARRAY(SELECT o.practice_id FROM old_rows o UNION SELECT n.practice_id FROM new_rows n));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint

DROP TRIGGER IF EXISTS "practice_toolkit_links_recount_insert" ON "practice_toolkit_links";--> statement-breakpoint
CREATE TRIGGER "practice_toolkit_links_recount_insert" AFTER INSERT ON "practice_toolkit_links"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_recount_toolkit_links();--> statement-breakpoint
DROP TRIGGER IF EXISTS "practice_toolkit_links_recount_update" ON "practice_toolkit_links";--> statement-breakpoint
CREATE TRIGGER "practice_toolkit_links_recount_update" AFTER UPDATE ON "practice_toolkit_links"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION catalogue_recount_toolkit_links();--> statement-breakpoint
DROP TRIGGER IF EXISTS "practice_toolkit_links_recount_delete" ON "practice_toolkit_links";--> statement-breakpoint
CREATE TRIGGER "practice_toolkit_links_recount_delete" AFTER DELETE ON "practice_toolkit_links"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_recount_toolkit_links();--> statement-breakpoint

-- An organisation moved to another region moves its practice's region counts.
CREATE OR REPLACE FUNCTION "catalogue_recount_organisations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalogue_recount(ARRAY(
    SELECT p.id FROM practices p JOIN old_rows o ON o.id = p.organisation_id JOIN new_rows n ON n.id = o.id
    WHERE o.region IS DISTINCT FROM n.region AND p.status = 'published'
  ));
  RETURN NULL;
END $$;--> statement-breakpoint

DROP TRIGGER IF EXISTS "organisations_recount" ON "organisations";--> statement-breakpoint
CREATE TRIGGER "organisations_recount" AFTER UPDATE ON "organisations"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION catalogue_recount_organisations();--> statement-breakpoint

-- The ordered pages of browse all without sorting every published practice.
CREATE INDEX IF NOT EXISTS "practices_published_newest_idx" ON "practices" USING btree ("published_at" DESC NULLS LAST, "id" DESC) WHERE "status" = 'published';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "practices_published_title_idx" ON "practices" USING btree (lower("title"), "id") WHERE "status" = 'published';--> statement-breakpoint

-- Count what is there now.
SELECT catalogue_recount(ARRAY(SELECT id FROM practices WHERE status = 'published'));
