CREATE TABLE "activity_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"weekday" integer NOT NULL,
	"start_time" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"first_on" date NOT NULL,
	"last_on" date NOT NULL,
	"capacity" integer NOT NULL,
	"facilitator_id" uuid,
	"place" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"series_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"capacity" integer NOT NULL,
	"registered_count" integer DEFAULT 0 NOT NULL,
	"facilitator_id" uuid,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"participant_id" uuid,
	"registration_id" uuid,
	"client_id" uuid NOT NULL,
	"method" text NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"participant_id" uuid,
	"guest_name" text,
	"registered_by_staff_id" uuid,
	"registered_by_participant" boolean DEFAULT false NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "kind" text DEFAULT 'workshop' NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "thematiques" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "publics" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "modes_accueil" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "volume_horaire_hebdomadaire" real;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "nombre_semaines" integer;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "postal_code" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "commune" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "code_insee" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "territory" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "equipment" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "open_to_other_publics" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "source_id" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "activity_series" ADD CONSTRAINT "activity_series_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_series" ADD CONSTRAINT "activity_series_facilitator_id_staff_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sessions" ADD CONSTRAINT "activity_sessions_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sessions" ADD CONSTRAINT "activity_sessions_series_id_activity_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."activity_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sessions" ADD CONSTRAINT "activity_sessions_facilitator_id_staff_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_session_id_activity_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."activity_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_registration_id_session_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."session_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_registrations" ADD CONSTRAINT "session_registrations_session_id_activity_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."activity_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_registrations" ADD CONSTRAINT "session_registrations_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_registrations" ADD CONSTRAINT "session_registrations_registered_by_staff_id_staff_id_fk" FOREIGN KEY ("registered_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_starts_idx" ON "activity_sessions" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "sessions_activity_idx" ON "activity_sessions" USING btree ("activity_id","starts_at");--> statement-breakpoint
CREATE INDEX "sessions_facilitator_idx" ON "activity_sessions" USING btree ("facilitator_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "attendances_client_uq" ON "attendances" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attendances_session_participant_uq" ON "attendances" USING btree ("session_id","participant_id") WHERE "attendances"."participant_id" is not null;--> statement-breakpoint
CREATE INDEX "attendances_participant_idx" ON "attendances" USING btree ("participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_registrations_live_uq" ON "session_registrations" USING btree ("session_id","participant_id") WHERE "session_registrations"."participant_id" is not null and "session_registrations"."cancelled_at" is null;--> statement-breakpoint
CREATE INDEX "session_registrations_participant_idx" ON "session_registrations" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "activities_org_idx" ON "activities" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activities_source_uq" ON "activities" USING btree ("source","source_id") WHERE "activities"."source" is not null;