-- How large a force is, as a band of its officer numbers (small, medium, large), so the insight
-- figures can compare what small and large forces find hard. Null for national bodies and partners.
ALTER TABLE "organisations" ADD COLUMN IF NOT EXISTS "size_band" text;
--> statement-breakpoint
ALTER TABLE "organisations" DROP CONSTRAINT IF EXISTS "organisations_size_band";
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_size_band" CHECK ("size_band" IN ('small', 'medium', 'large'));
