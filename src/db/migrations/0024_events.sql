CREATE TABLE IF NOT EXISTS "learning_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"region" text NOT NULL,
	"format" text NOT NULL,
	"venue" text,
	"address" text,
	"online_link" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"audience" text NOT NULL,
	"registration_closes_at" timestamp with time zone NOT NULL,
	"speakers" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by_user_id" integer REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_events_slug_unique" UNIQUE("slug"),
	CONSTRAINT "learning_events_format" CHECK ("format" in ('in-person', 'online')),
	CONSTRAINT "learning_events_audience" CHECK ("audience" in ('public', 'policing')),
	CONSTRAINT "learning_events_capacity" CHECK ("capacity" > 0),
	CONSTRAINT "learning_events_ends_after_start" CHECK ("ends_at" > "starts_at")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "learning_events_starts_idx" ON "learning_events" USING btree ("starts_at");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "learning_event_practices" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL REFERENCES "learning_events"("id") ON DELETE cascade,
	"practice_id" integer NOT NULL REFERENCES "practices"("id") ON DELETE cascade,
	"invitation" text,
	"responded_at" timestamp with time zone,
	CONSTRAINT "learning_event_practices_unique" UNIQUE("event_id","practice_id"),
	CONSTRAINT "learning_event_practices_invitation" CHECK ("invitation" in ('invited', 'accepted', 'declined'))
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "learning_event_practices_practice_idx" ON "learning_event_practices" USING btree ("practice_id");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "learning_event_registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL REFERENCES "learning_events"("id") ON DELETE cascade,
	"user_id" integer REFERENCES "users"("id") ON DELETE set null,
	"status" text NOT NULL,
	"name" text,
	"organisation" text,
	"access_needs" text,
	"dietary_needs" text,
	"cancel_token" text NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"attended" boolean,
	"reminder_sent_at" timestamp with time zone,
	"purged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_event_registrations_cancel_token_unique" UNIQUE("cancel_token"),
	CONSTRAINT "learning_event_registrations_person" UNIQUE("event_id","user_id"),
	CONSTRAINT "learning_event_registrations_status" CHECK ("status" in ('registered', 'waiting', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "learning_event_registrations_event_idx" ON "learning_event_registrations" USING btree ("event_id","status","queued_at");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "learning_event_materials" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL REFERENCES "learning_events"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_event_materials_kind" CHECK ("kind" in ('slides', 'recording', 'other'))
);
