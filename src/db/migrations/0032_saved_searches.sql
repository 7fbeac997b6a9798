-- Saved searches and their e-mail alerts (issue 15, item 4).
-- An alert lists practice first published after the search's watermark, so a practice republished after a
-- revision (published_at moves on) is not announced twice: first_published_at is kept by a trigger and
-- never changes once set.
ALTER TABLE "practices" ADD COLUMN IF NOT EXISTS "first_published_at" timestamp with time zone;--> statement-breakpoint
UPDATE "practices" SET "first_published_at" = "published_at"
  WHERE "first_published_at" IS NULL AND "published_at" IS NOT NULL;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "keep_first_published_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.first_published_at IS NOT NULL THEN
    NEW.first_published_at := OLD.first_published_at;
  ELSIF NEW.first_published_at IS NULL AND NEW.published_at IS NOT NULL THEN
    NEW.first_published_at := NEW.published_at;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS "practices_first_published" ON "practices";--> statement-breakpoint
CREATE TRIGGER "practices_first_published" BEFORE INSERT OR UPDATE ON "practices"
  FOR EACH ROW EXECUTE FUNCTION keep_first_published_at();--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "practices_first_published_idx" ON "practices" USING btree ("first_published_at");--> statement-breakpoint

CREATE TABLE IF NOT EXISTS "saved_searches" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"frequency" text DEFAULT 'none' NOT NULL,
	"alert_watermark" timestamp with time zone DEFAULT now() NOT NULL,
	"next_alert_at" timestamp with time zone,
	"last_alert_sent_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_searches_frequency" CHECK ("frequency" in ('none', 'daily', 'weekly')),
	-- an alert is scheduled exactly when alerts are on
	CONSTRAINT "saved_searches_schedule" CHECK (("frequency" = 'none') = ("next_alert_at" IS NULL)),
	CONSTRAINT "saved_searches_name_length" CHECK (char_length("name") between 1 and 100),
	CONSTRAINT "saved_searches_query_length" CHECK (char_length("query") <= 2000)
);--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "saved_searches_user_name_idx" ON "saved_searches" USING btree ("user_id", lower("name"));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "saved_searches_due_idx" ON "saved_searches" USING btree ("next_alert_at") WHERE "next_alert_at" IS NOT NULL;--> statement-breakpoint

-- One token per alert sent, kept only as a SHA-256 hash: any alert's link stops that search's alerts.
CREATE TABLE IF NOT EXISTS "saved_search_unsubscribe_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"saved_search_id" integer NOT NULL REFERENCES "saved_searches"("id") ON DELETE cascade,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "saved_search_unsubscribe_tokens_search_idx" ON "saved_search_unsubscribe_tokens" USING btree ("saved_search_id");
--> statement-breakpoint

-- A deleted account keeps its row for what it submitted, but its saved searches are personal: they go with it.
CREATE OR REPLACE FUNCTION "delete_saved_searches_of_deleted_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM saved_searches WHERE user_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS "users_deleted_saved_searches" ON "users";--> statement-breakpoint
CREATE TRIGGER "users_deleted_saved_searches" AFTER UPDATE OF "deleted_at" ON "users"
  FOR EACH ROW WHEN (NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL)
  EXECUTE FUNCTION delete_saved_searches_of_deleted_user();
