CREATE TABLE "indicator_activity_days" (
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"day" date NOT NULL,
	"presences" integer DEFAULT 0 NOT NULL,
	"presence_first" integer DEFAULT 0 NOT NULL,
	"presence_last" integer DEFAULT 0 NOT NULL,
	"offered" integer DEFAULT 0 NOT NULL,
	"offered_first" integer DEFAULT 0 NOT NULL,
	"offered_last" integer DEFAULT 0 NOT NULL,
	"accepted" integer DEFAULT 0 NOT NULL,
	"accepted_first" integer DEFAULT 0 NOT NULL,
	"accepted_last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_activity_days_dimension_key_day_pk" PRIMARY KEY("dimension","key","day")
);
--> statement-breakpoint
CREATE TABLE "indicator_activity_gaps" (
	"participant_id" uuid NOT NULL,
	"measure" text NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"after_on" date NOT NULL,
	"before_on" date NOT NULL,
	"span" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_activity_months" (
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"month" date NOT NULL,
	"presences" integer DEFAULT 0 NOT NULL,
	"presence_first" integer DEFAULT 0 NOT NULL,
	"presence_last" integer DEFAULT 0 NOT NULL,
	"offered" integer DEFAULT 0 NOT NULL,
	"offered_first" integer DEFAULT 0 NOT NULL,
	"offered_last" integer DEFAULT 0 NOT NULL,
	"accepted" integer DEFAULT 0 NOT NULL,
	"accepted_first" integer DEFAULT 0 NOT NULL,
	"accepted_last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_activity_months_dimension_key_month_pk" PRIMARY KEY("dimension","key","month")
);
--> statement-breakpoint
CREATE TABLE "indicator_activity_subjects" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"dimensions" text[] NOT NULL,
	"keys" text[] NOT NULL,
	"measures" text[] NOT NULL,
	"days" date[] NOT NULL,
	"counts" integer[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_badge_links" (
	"participant_id" uuid NOT NULL,
	"award_id" uuid NOT NULL,
	"issuer" text NOT NULL,
	"kind" text NOT NULL,
	"accepted_on" date NOT NULL,
	"from_on" date NOT NULL,
	"until_on" date
);
--> statement-breakpoint
CREATE INDEX "indicator_activity_days_day_idx" ON "indicator_activity_days" USING btree ("day");--> statement-breakpoint
CREATE INDEX "indicator_activity_gaps_participant_idx" ON "indicator_activity_gaps" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "indicator_activity_gaps_span_idx" ON "indicator_activity_gaps" USING btree ("span");--> statement-breakpoint
CREATE INDEX "indicator_badge_links_participant_idx" ON "indicator_badge_links" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "indicator_badge_links_accepted_idx" ON "indicator_badge_links" USING btree ("kind","accepted_on");