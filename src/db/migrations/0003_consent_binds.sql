-- Consent binds: no practice may be shown wider than its publication consent.
-- Rows that are already wider are narrowed first (a withdrawal takes effect at once).
UPDATE "practices" SET "visibility" = 'policing'
  WHERE "visibility" = 'public' AND "consent_publication" = 'policing';
--> statement-breakpoint
UPDATE "practices" SET "visibility" = 'internal'
  WHERE "visibility" <> 'internal' AND ("consent_publication" IS NULL OR "consent_publication" = 'none');
--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_visibility_within_consent" CHECK ("practices"."visibility" = 'internal' or ("practices"."visibility" = 'policing' and "practices"."consent_publication" in ('public', 'policing')) or ("practices"."visibility" = 'public' and "practices"."consent_publication" = 'public'));
