CREATE TABLE "indicator_duration_years" (
	"measure" text NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"year" date NOT NULL,
	"days" integer[] NOT NULL,
	"n" integer[] NOT NULL,
	CONSTRAINT "indicator_duration_years_measure_dimension_key_year_pk" PRIMARY KEY("measure","dimension","key","year")
);
--> statement-breakpoint
CREATE TABLE "indicator_years" (
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"year" date NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"reentries" integer DEFAULT 0 NOT NULL,
	"first_contracts" integer DEFAULT 0 NOT NULL,
	"entry_first" integer DEFAULT 0 NOT NULL,
	"entry_last" integer DEFAULT 0 NOT NULL,
	"dynamic_first" integer DEFAULT 0 NOT NULL,
	"dynamic_last" integer DEFAULT 0 NOT NULL,
	"civic_first" integer DEFAULT 0 NOT NULL,
	"civic_last" integer DEFAULT 0 NOT NULL,
	"exit_employment_lasting" integer DEFAULT 0 NOT NULL,
	"exit_employment_transition" integer DEFAULT 0 NOT NULL,
	"exit_training" integer DEFAULT 0 NOT NULL,
	"exit_volunteering_civic" integer DEFAULT 0 NOT NULL,
	"exit_other" integer DEFAULT 0 NOT NULL,
	"exit_dropped_out" integer DEFAULT 0 NOT NULL,
	"after_contract" integer DEFAULT 0 NOT NULL,
	"within_fifteen" integer DEFAULT 0 NOT NULL,
	"signed_before_created" integer DEFAULT 0 NOT NULL,
	"created_then_signed" integer DEFAULT 0 NOT NULL,
	"signed_after_created" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	"overdue_closed" integer DEFAULT 0 NOT NULL,
	"funnel_discovery_early" integer DEFAULT 0 NOT NULL,
	"funnel_discovery_created" integer DEFAULT 0 NOT NULL,
	"funnel_discovery_reached" integer DEFAULT 0 NOT NULL,
	"funnel_exit_early" integer DEFAULT 0 NOT NULL,
	"funnel_exit_created" integer DEFAULT 0 NOT NULL,
	"funnel_exit_reached" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_years_dimension_key_year_pk" PRIMARY KEY("dimension","key","year")
);
--> statement-breakpoint
ALTER TABLE "indicator_gaps" ADD COLUMN "keys" text[] DEFAULT '{}' NOT NULL;