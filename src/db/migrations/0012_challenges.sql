-- Which implementation challenges a practice met, as terms of the 'implementation-challenge' taxonomy.
-- Null means the question was not asked (practice sent before it existed); an empty list means none.
ALTER TABLE "practices" ADD COLUMN "challenge_ids" integer[];
