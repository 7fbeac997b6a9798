-- (Written so that it can be applied again over itself.)
-- Search that knows the field: every label of a practice is part of its search document, organisations have
-- their common short names, admins keep a list of synonyms, and a word list of published practice feeds
-- spelling corrections.

ALTER TABLE "organisations" ADD COLUMN IF NOT EXISTS "short_names" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN IF NOT EXISTS "label_text" text DEFAULT '' NOT NULL;--> statement-breakpoint

-- The words of every label a practice carries: topics, purposes, target groups, partner sectors, its
-- organisation (with short names and region) and its call (title and theme).
CREATE OR REPLACE FUNCTION "practice_label_text"(org_id integer, call_ref integer, term_ids integer[]) RETURNS text
LANGUAGE sql STABLE AS $$
  select concat_ws(' ',
    (select string_agg(t.label, ' ' order by t.id) from taxonomy_terms t where t.id = any(term_ids)),
    (select concat_ws(' ', o.name, array_to_string(o.short_names, ' '), replace(o.region, '-', ' '))
       from organisations o where o.id = org_id),
    (select concat_ws(' ', c.title, c.theme) from calls c where c.id = call_ref))
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION "practices_set_label_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.label_text := practice_label_text(NEW.organisation_id, NEW.call_id,
    NEW.topic_ids || NEW.purpose_ids || NEW.target_group_ids || NEW.partner_sector_ids);
  RETURN NEW;
END
$$;--> statement-breakpoint

CREATE OR REPLACE TRIGGER "practices_label_text" BEFORE INSERT OR UPDATE OF organisation_id, call_id, topic_ids, purpose_ids,
  target_group_ids, partner_sector_ids ON "practices" FOR EACH ROW EXECUTE FUNCTION practices_set_label_text();--> statement-breakpoint

-- A renamed label, organisation or call re-labels the practice that carries it.
CREATE OR REPLACE FUNCTION "relabel_practices"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE practices p SET label_text = practice_label_text(p.organisation_id, p.call_id,
      p.topic_ids || p.purpose_ids || p.target_group_ids || p.partner_sector_ids)
  WHERE CASE TG_TABLE_NAME
    WHEN 'organisations' THEN p.organisation_id = NEW.id
    WHEN 'calls' THEN p.call_id = NEW.id
    ELSE p.topic_ids @> ARRAY[NEW.id] OR p.purpose_ids @> ARRAY[NEW.id] OR p.target_group_ids @> ARRAY[NEW.id]
      OR p.partner_sector_ids @> ARRAY[NEW.id]
  END;
  RETURN NULL;
END
$$;--> statement-breakpoint

CREATE OR REPLACE TRIGGER "taxonomy_terms_relabel" AFTER UPDATE OF label ON "taxonomy_terms" FOR EACH ROW
  WHEN (OLD.label IS DISTINCT FROM NEW.label) EXECUTE FUNCTION relabel_practices();--> statement-breakpoint
CREATE OR REPLACE TRIGGER "organisations_relabel" AFTER UPDATE OF name, short_names, region ON "organisations" FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.short_names IS DISTINCT FROM NEW.short_names
    OR OLD.region IS DISTINCT FROM NEW.region) EXECUTE FUNCTION relabel_practices();--> statement-breakpoint
CREATE OR REPLACE TRIGGER "calls_relabel" AFTER UPDATE OF title, theme ON "calls" FOR EACH ROW
  WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.theme IS DISTINCT FROM NEW.theme)
  EXECUTE FUNCTION relabel_practices();--> statement-breakpoint

UPDATE "practices" SET "topic_ids" = "topic_ids";--> statement-breakpoint

-- The search document: title and labels weigh most (A), then the summary (B), then the body (C).
DROP INDEX IF EXISTS "practices_search_idx";--> statement-breakpoint
ALTER TABLE "practices" DROP COLUMN IF EXISTS "search";--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("title", '') || ' ' || "label_text"), 'A') || setweight(to_tsvector('english', coalesce("summary", '')), 'B') || setweight(to_tsvector('english', coalesce("problem", '') || ' ' || coalesce("aims", '') || ' ' || coalesce("approach", '') || ' ' || coalesce("partners", '') || ' ' || coalesce("resources", '') || ' ' || coalesce("implementation_challenges", '') || ' ' || coalesce("lessons_learned", '') || ' ' || coalesce("evaluation_method", '') || ' ' || coalesce("evaluation_results", '')), 'C')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "practices_search_idx" ON "practices" USING gin ("search");--> statement-breakpoint

-- Groups of terms that mean the same thing; a search for one also searches for the others.
CREATE TABLE IF NOT EXISTS "search_synonym_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"terms" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_synonym_groups_two_terms" CHECK (cardinality("terms") >= 2)
);--> statement-breakpoint

INSERT INTO "search_synonym_groups" ("terms") SELECT t::text[] FROM (VALUES
  ('{domestic abuse,domestic violence,DA}'),
  ('{domestic violence disclosure scheme,Clare''s Law}'),
  ('{domestic abuse protection order,DAPO}'),
  ('{domestic violence protection order,DVPO,domestic violence protection notice,DVPN}'),
  ('{child sexual exploitation,CSE,child sexual abuse and exploitation}'),
  ('{child sexual abuse,CSA}'),
  ('{child criminal exploitation,CCE}'),
  ('{violence against women and girls,VAWG}'),
  ('{female genital mutilation,FGM}'),
  ('{honour-based abuse,honour based abuse,HBA,honour-based violence,HBV}'),
  ('{older,elderly}'),
  ('{young people,youth,teenagers}'),
  ('{multi-agency safeguarding hub,MASH}'),
  ('{multi-agency risk assessment conference,MARAC}'),
  ('{multi-agency public protection arrangements,MAPPA}'),
  ('{independent domestic violence adviser,IDVA}'),
  ('{independent sexual violence adviser,ISVA}'),
  ('{stalking protection order,SPO}'),
  ('{missing from home,missing persons,missing people}'),
  ('{modern slavery,human trafficking}'),
  ('{county lines,drug lines}'),
  ('{rape and serious sexual offences,RASSO}'),
  ('{adverse childhood experiences,ACEs}'),
  ('{anti-social behaviour,antisocial behaviour,ASB}'),
  ('{sexual assault referral centre,SARC}'),
  ('{mental health,MH}'),
  ('{national referral mechanism,NRM}')
) AS seed(t) WHERE NOT EXISTS (SELECT 1 FROM "search_synonym_groups");--> statement-breakpoint

-- The words of published practice (unstemmed, lower case) and how many practices of each visibility use
-- them, kept up to date by a trigger on practices; spelling corrections come from here. A viewer is offered
-- only words of practice whose visibility they may see (internal practice a contributor submitted
-- themselves is not counted for them).
CREATE TABLE IF NOT EXISTS "search_words" (
	"word" text NOT NULL,
	"visibility" text NOT NULL,
	"practices" integer NOT NULL,
	CONSTRAINT "search_words_pk" PRIMARY KEY ("word", "visibility")
);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint

CREATE OR REPLACE FUNCTION "practice_words"(p practices) RETURNS text[] LANGUAGE sql STABLE AS $$
  select coalesce(array_agg(w order by w), '{}') from unnest(tsvector_to_array(to_tsvector('simple',
    concat_ws(' ', p.title, p.label_text, p.summary, p.problem, p.aims, p.approach, p.partners, p.resources,
      p.implementation_challenges, p.lessons_learned, p.evaluation_method, p.evaluation_results)))) w
  where w ~ '^[a-z]{2,40}$'
$$;--> statement-breakpoint

-- One statement's changes to the word counts, summed per word (a statement-level trigger, so loading many
-- practices at once upserts each word once rather than once per practice).
CREATE OR REPLACE FUNCTION "practices_count_words"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  words text[];
  visibilities text[];
  deltas integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(word ORDER BY word, visibility), array_agg(visibility ORDER BY word, visibility),
        array_agg(d ORDER BY word, visibility) INTO words, visibilities, deltas
      FROM (SELECT w AS word, n.visibility, count(*)::int AS d
            FROM new_rows n CROSS JOIN LATERAL unnest(practice_words(n)) w
            WHERE n.status = 'published' GROUP BY 1, 2) x;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(word ORDER BY word, visibility), array_agg(visibility ORDER BY word, visibility),
        array_agg(d ORDER BY word, visibility) INTO words, visibilities, deltas
      FROM (SELECT w AS word, o.visibility, -count(*)::int AS d
            FROM old_rows o CROSS JOIN LATERAL unnest(practice_words(o)) w
            WHERE o.status = 'published' GROUP BY 1, 2) x;
  ELSE
    -- Only rows whose counted text, status or visibility changed (not a view count, not a draft save).
    SELECT array_agg(word ORDER BY word, visibility), array_agg(visibility ORDER BY word, visibility),
        array_agg(d ORDER BY word, visibility) INTO words, visibilities, deltas
      FROM (SELECT word, visibility, sum(d)::int AS d FROM (
              SELECT w AS word, o.visibility, -1 AS d
              FROM old_rows o JOIN new_rows n ON n.id = o.id CROSS JOIN LATERAL unnest(practice_words(o)) w
              WHERE o.status = 'published' AND (o.status, o.visibility, o.title, o.label_text, o.summary, o.problem, o.aims, o.approach, o.partners, o.resources, o.implementation_challenges, o.lessons_learned, o.evaluation_method, o.evaluation_results) IS DISTINCT FROM (n.status, n.visibility, n.title, n.label_text, n.summary, n.problem, n.aims, n.approach, n.partners, n.resources, n.implementation_challenges, n.lessons_learned, n.evaluation_method, n.evaluation_results)
              UNION ALL
              SELECT w AS word, n.visibility, 1 AS d
              FROM old_rows o JOIN new_rows n ON n.id = o.id CROSS JOIN LATERAL unnest(practice_words(n)) w
              WHERE n.status = 'published' AND (o.status, o.visibility, o.title, o.label_text, o.summary, o.problem, o.aims, o.approach, o.partners, o.resources, o.implementation_challenges, o.lessons_learned, o.evaluation_method, o.evaluation_results) IS DISTINCT FROM (n.status, n.visibility, n.title, n.label_text, n.summary, n.problem, n.aims, n.approach, n.partners, n.resources, n.implementation_challenges, n.lessons_learned, n.evaluation_method, n.evaluation_results)
            ) c GROUP BY 1, 2 HAVING sum(d) <> 0) x;
  END IF;
  IF words IS NULL THEN RETURN NULL; END IF;
  INSERT INTO search_words (word, visibility, practices)
    SELECT * FROM unnest(words, visibilities, deltas)
    ON CONFLICT (word, visibility) DO UPDATE SET practices = search_words.practices + excluded.practices;
  DELETE FROM search_words s WHERE s.practices <= 0 AND s.word = ANY(words);
  RETURN NULL;
END
$$;--> statement-breakpoint

INSERT INTO "search_words" ("word", "visibility", "practices")
  SELECT w, p.visibility, count(*)::int FROM practices p, unnest(practice_words(p)) w
  WHERE p.status = 'published' GROUP BY w, p.visibility
  ON CONFLICT ("word", "visibility") DO UPDATE SET "practices" = excluded."practices";--> statement-breakpoint

CREATE OR REPLACE TRIGGER "practices_words_insert" AFTER INSERT ON "practices" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION practices_count_words();--> statement-breakpoint
CREATE OR REPLACE TRIGGER "practices_words_update" AFTER UPDATE ON "practices"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION practices_count_words();--> statement-breakpoint
CREATE OR REPLACE TRIGGER "practices_words_delete" AFTER DELETE ON "practices" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION practices_count_words();
