-- Practice open to researchers: the one place that says which practice the evaluation pages may list or
-- count. Only practice whose contributor agreed to be introduced to researchers is in it; every query of
-- src/features/evaluation reads practice through this view, never the practices table.
CREATE OR REPLACE VIEW "practice_open_to_research" AS
SELECT "id", "slug", "title", "summary", "reference", "organisation_id", "topic_ids", "purpose_ids", "stage_id",
       "outcome_id", "shortlisted", "status", "visibility", "submitted_by_user_id", "published_at", "version"
FROM "practices"
WHERE "consent_research" IS TRUE;
--> statement-breakpoint
-- The contact details an academic may see: those of practice whose introduction was accepted, nothing else.
CREATE OR REPLACE VIEW "introduction_contacts" AS
SELECT r."id" AS "request_id", r."academic_user_id", r."practice_id",
       coalesce(p."contact_name", u."name") AS "contact_name", p."contact_role",
       coalesce(p."contact_email", u."email") AS "contact_email", p."contact_phone"
FROM "evaluation_requests" r
JOIN "practices" p ON p."id" = r."practice_id"
LEFT JOIN "users" u ON u."id" = p."submitted_by_user_id"
WHERE r."status" = 'accepted';
--> statement-breakpoint
-- A request to be introduced can only be made, or accepted, for practice whose contributor agreed to it.
CREATE OR REPLACE FUNCTION "evaluation_request_needs_consent"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" IN ('requested', 'accepted') AND NOT EXISTS (
    SELECT 1 FROM "practices" WHERE "id" = NEW."practice_id" AND "consent_research" IS TRUE
  ) THEN
    RAISE EXCEPTION 'practice % has no consent to be introduced to researchers', NEW."practice_id"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "evaluation_requests_consent" ON "evaluation_requests";
--> statement-breakpoint
CREATE TRIGGER "evaluation_requests_consent" BEFORE INSERT OR UPDATE OF "status" ON "evaluation_requests"
FOR EACH ROW EXECUTE FUNCTION "evaluation_request_needs_consent"();
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "evaluation_requests_status_idx" ON "evaluation_requests" ("status", "created_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "evaluations_reported_idx" ON "evaluations" ("reported_at") WHERE "classification_revisited_at" IS NULL;
