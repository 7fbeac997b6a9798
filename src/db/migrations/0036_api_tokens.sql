-- Personal API tokens (issue 15): only a SHA-256 hash of the token is kept, with its first characters
-- so that its owner can recognise it in the list. The token itself is shown once, when it is made.
CREATE TABLE IF NOT EXISTS "api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash"),
	-- a hex SHA-256 digest and nothing else: a plaintext token cannot be stored here by mistake
	CONSTRAINT "api_tokens_hash_is_sha256" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "api_tokens_name_length" CHECK (char_length("name") between 1 and 100),
	CONSTRAINT "api_tokens_prefix_short" CHECK (char_length("prefix") between 4 and 12),
	-- never longer than a year (and a little slack for the clock between the app and the database)
	CONSTRAINT "api_tokens_expiry" CHECK ("expires_at" > "created_at" AND "expires_at" <= "created_at" + interval '367 days')
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");
