CREATE TABLE "indicator_duration_spreads" (
	"measure" text NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"month" date NOT NULL,
	"days" integer[] NOT NULL,
	"n" integer[] NOT NULL,
	CONSTRAINT "indicator_duration_spreads_measure_dimension_key_month_pk" PRIMARY KEY("measure","dimension","key","month")
);
