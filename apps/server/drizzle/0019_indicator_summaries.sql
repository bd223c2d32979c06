CREATE TABLE "indicator_days" (
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"day" date NOT NULL,
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
	CONSTRAINT "indicator_days_dimension_key_day_pk" PRIMARY KEY("dimension","key","day")
);
--> statement-breakpoint
CREATE TABLE "indicator_duration_days" (
	"measure" text NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"day" date NOT NULL,
	"days" integer NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_duration_days_measure_dimension_key_day_days_pk" PRIMARY KEY("measure","dimension","key","day","days")
);
--> statement-breakpoint
CREATE TABLE "indicator_duration_months" (
	"measure" text NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"month" date NOT NULL,
	"days" integer NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_duration_months_measure_dimension_key_month_days_pk" PRIMARY KEY("measure","dimension","key","month","days")
);
--> statement-breakpoint
CREATE TABLE "indicator_gaps" (
	"participant_id" uuid NOT NULL,
	"measure" text NOT NULL,
	"after_on" date NOT NULL,
	"before_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_months" (
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"month" date NOT NULL,
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
	CONSTRAINT "indicator_months_dimension_key_month_pk" PRIMARY KEY("dimension","key","month")
);
--> statement-breakpoint
CREATE TABLE "indicator_subjects" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"keys" text[] NOT NULL,
	"measures" text[] NOT NULL,
	"days" date[] NOT NULL,
	"duration_measures" text[] DEFAULT '{}' NOT NULL,
	"duration_days" date[] DEFAULT '{}' NOT NULL,
	"duration_values" integer[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX "indicator_days_day_idx" ON "indicator_days" USING btree ("day");--> statement-breakpoint
CREATE INDEX "indicator_duration_days_day_idx" ON "indicator_duration_days" USING btree ("day");--> statement-breakpoint
CREATE INDEX "indicator_gaps_participant_idx" ON "indicator_gaps" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "indicator_gaps_before_idx" ON "indicator_gaps" USING btree ("measure","before_on");--> statement-breakpoint
CREATE INDEX "exits_contract_idx" ON "exits" USING btree ("contract_id");