ALTER TABLE "attachments" ADD COLUMN "revision_id" integer;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "removed_in_revision_id" integer;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_revision_id_practice_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."practice_revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_removed_in_revision_id_practice_revisions_id_fk" FOREIGN KEY ("removed_in_revision_id") REFERENCES "public"."practice_revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_added_or_removed" CHECK ("attachments"."revision_id" is null or "attachments"."removed_in_revision_id" is null);
