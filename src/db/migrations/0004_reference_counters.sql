CREATE TABLE "reference_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
INSERT INTO "reference_counters" ("year", "last_number")
SELECT substr("reference", 4, 4)::int, max(substr("reference", 9)::int)
FROM "practices"
WHERE "reference" ~ '^PB-[0-9]{4}-[0-9]+$'
GROUP BY substr("reference", 4, 4)::int;
