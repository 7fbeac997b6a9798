-- The practice each saved search's alerts have listed (issue 15, item 4). An alert run looks back a
-- little before its watermark, so a publication whose transaction began before the previous run but
-- committed after it is still found; this table keeps such practice from being listed twice. Rows older
-- than the watermark are deleted as it moves on, so the table stays small.
CREATE TABLE IF NOT EXISTS "saved_search_alerted_practices" (
	"saved_search_id" integer NOT NULL REFERENCES "saved_searches"("id") ON DELETE cascade,
	"practice_id" integer NOT NULL REFERENCES "practices"("id") ON DELETE cascade,
	"first_published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "saved_search_alerted_practices_pk" PRIMARY KEY ("saved_search_id", "practice_id")
);
