-- Calls run from the service (issue 14): a summary, who sponsors it, a contact mailbox, a grace period for
-- drafts started before it closed, and archiving.
alter table calls add column if not exists summary text not null default '';
--> statement-breakpoint
alter table calls add column if not exists sponsors text not null default '';
--> statement-breakpoint
alter table calls add column if not exists contact_email text;
--> statement-breakpoint
alter table calls add column if not exists grace_days smallint not null default 0;
--> statement-breakpoint
alter table calls add column if not exists archived_at timestamp with time zone;
