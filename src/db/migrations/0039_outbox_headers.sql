-- Extra headers an outbox message carries (issue 15): the RFC 8058 one-click unsubscribe pair on alerts
-- and call announcements. A JSON object of header name to value; empty for every other message.
ALTER TABLE "outbox" ADD COLUMN IF NOT EXISTS "headers" jsonb DEFAULT '{}'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT IF EXISTS "outbox_headers_is_object";
--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_headers_is_object" CHECK (jsonb_typeof("headers") = 'object');
--> statement-breakpoint
-- The topics a call is about (issue 14, item 1): keys of topic terms, shown on the call page.
ALTER TABLE "calls" ADD COLUMN IF NOT EXISTS "topics" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
-- One unsubscribe token (so one announcement e-mail) per person per announcement, whatever sends it.
CREATE UNIQUE INDEX IF NOT EXISTS "call_announcement_tokens_once_idx" ON "call_announcement_unsubscribe_tokens" USING btree ("announcement_id", "user_id");
