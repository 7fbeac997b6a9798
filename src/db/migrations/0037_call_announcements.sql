-- Announcing a call for practice (issue 14, item 4). Force leads hear about new calls unless they said
-- no; anyone else hears only when they said yes. A person's answer is one row here, and a "no" (from
-- the account page or an unsubscribe link) wins over being a force lead.
CREATE TABLE IF NOT EXISTS "call_announcement_choices" (
	"user_id" integer PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"wants" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- One announcement a call, ever: the unique constraint refuses a second send even when two admins
-- press the button at once.
CREATE TABLE IF NOT EXISTS "call_announcements" (
	"id" serial PRIMARY KEY NOT NULL,
	"call_id" integer NOT NULL REFERENCES "calls"("id") ON DELETE cascade,
	"sent_by" integer REFERENCES "users"("id") ON DELETE set null,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recipient_count" integer NOT NULL,
	CONSTRAINT "call_announcements_call_unique" UNIQUE("call_id"),
	CONSTRAINT "call_announcements_count" CHECK ("recipient_count" >= 0)
);
--> statement-breakpoint
-- One per e-mail sent: only the SHA-256 hash of the token in its unsubscribe link.
CREATE TABLE IF NOT EXISTS "call_announcement_unsubscribe_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"announcement_id" integer NOT NULL REFERENCES "call_announcements"("id") ON DELETE cascade,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_announcement_tokens_hash_is_sha256" CHECK ("token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "call_announcement_tokens_user_idx" ON "call_announcement_unsubscribe_tokens" USING btree ("user_id");
