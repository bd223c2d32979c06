CREATE TABLE "organisation_sources" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"structure_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_sources" ADD CONSTRAINT "organisation_sources_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_sources_uq" ON "organisation_sources" USING btree ("source","structure_id");--> statement-breakpoint
CREATE INDEX "activities_thematiques_idx" ON "activities" USING gin ("thematiques");--> statement-breakpoint
CREATE INDEX "activities_kind_idx" ON "activities" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "activities_territory_idx" ON "activities" USING btree ("territory");--> statement-breakpoint
CREATE INDEX "sessions_live_starts_idx" ON "activity_sessions" USING btree ("starts_at") WHERE "activity_sessions"."cancelled_at" is null;