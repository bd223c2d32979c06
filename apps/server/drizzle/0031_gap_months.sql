CREATE TABLE "indicator_gap_months" (
	"dimension" text NOT NULL,
	"after_month" date NOT NULL,
	"before_month" date NOT NULL,
	"measure" text NOT NULL,
	"key" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_gap_months_dimension_after_month_before_month_measure_key_pk" PRIMARY KEY("dimension","after_month","before_month","measure","key")
);
--> statement-breakpoint
DROP INDEX "indicator_gaps_span_idx";--> statement-breakpoint
CREATE INDEX "indicator_gaps_after_idx" ON "indicator_gaps" USING btree ("after_on");--> statement-breakpoint
CREATE INDEX "indicator_gaps_end_idx" ON "indicator_gaps" USING btree ("before_on");