CREATE TABLE "achievements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"criteria" text NOT NULL,
	"name_en" text,
	"description_en" text,
	"criteria_en" text,
	"achievement_type" text NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"validity_months" integer,
	"image_alt" text NOT NULL,
	"image_key" text,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"achievement_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"status" text DEFAULT 'offered' NOT NULL,
	"offered_by_id" uuid NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"accepted_by_id" uuid,
	"accepted_at" timestamp with time zone,
	"recipient_name" text,
	"credential" jsonb,
	"valid_until" timestamp with time zone,
	"status_list_id" uuid,
	"status_index" integer,
	"declined_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by_id" uuid,
	"revocation_reason" text
);
--> statement-breakpoint
CREATE TABLE "badge_issuer_origin" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"public_url" text NOT NULL,
	"fixed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "badge_issuers" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "badge_recipients" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"urn" text NOT NULL,
	CONSTRAINT "badge_recipients_urn_unique" UNIQUE("urn")
);
--> statement-breakpoint
CREATE TABLE "badge_status_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"length" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_created_by_id_staff_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_achievement_id_achievements_id_fk" FOREIGN KEY ("achievement_id") REFERENCES "public"."achievements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_offered_by_id_staff_id_fk" FOREIGN KEY ("offered_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_accepted_by_id_staff_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_status_list_id_badge_status_lists_id_fk" FOREIGN KEY ("status_list_id") REFERENCES "public"."badge_status_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_revoked_by_id_staff_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_issuers" ADD CONSTRAINT "badge_issuers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_recipients" ADD CONSTRAINT "badge_recipients_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_status_lists" ADD CONSTRAINT "badge_status_lists_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "achievements_organisation_idx" ON "achievements" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "awards_participant_idx" ON "awards" USING btree ("participant_id","offered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "awards_live_uq" ON "awards" USING btree ("participant_id","achievement_id") WHERE "awards"."status" in ('offered', 'accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "awards_status_slot_uq" ON "awards" USING btree ("status_list_id","status_index");--> statement-breakpoint
CREATE UNIQUE INDEX "badge_issuers_slug_uq" ON "badge_issuers" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "badge_status_lists_number_uq" ON "badge_status_lists" USING btree ("organisation_id","number");