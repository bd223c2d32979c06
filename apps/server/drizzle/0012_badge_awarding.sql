CREATE TABLE "badge_claim_credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"credential" jsonb NOT NULL,
	"status_list_id" uuid NOT NULL,
	"status_index" integer NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"reissued_from_id" uuid
);
--> statement-breakpoint
CREATE TABLE "badge_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"achievement_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"short_code_hash" text NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"claimed_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "badge_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"achievement_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"proposed_by_id" uuid NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decline_reason" text,
	"award_id" uuid
);
--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "narrative" text;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "evidence" jsonb;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "reissued_from_id" uuid;--> statement-breakpoint
ALTER TABLE "badge_claim_credentials" ADD CONSTRAINT "badge_claim_credentials_claim_id_badge_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."badge_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_claim_credentials" ADD CONSTRAINT "badge_claim_credentials_status_list_id_badge_status_lists_id_fk" FOREIGN KEY ("status_list_id") REFERENCES "public"."badge_status_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_claims" ADD CONSTRAINT "badge_claims_achievement_id_achievements_id_fk" FOREIGN KEY ("achievement_id") REFERENCES "public"."achievements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_claims" ADD CONSTRAINT "badge_claims_session_id_activity_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."activity_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_claims" ADD CONSTRAINT "badge_claims_created_by_id_staff_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_proposals" ADD CONSTRAINT "badge_proposals_achievement_id_achievements_id_fk" FOREIGN KEY ("achievement_id") REFERENCES "public"."achievements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_proposals" ADD CONSTRAINT "badge_proposals_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_proposals" ADD CONSTRAINT "badge_proposals_proposed_by_id_staff_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_proposals" ADD CONSTRAINT "badge_proposals_decided_by_id_staff_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_proposals" ADD CONSTRAINT "badge_proposals_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "badge_claim_credentials_slot_uq" ON "badge_claim_credentials" USING btree ("status_list_id","status_index");--> statement-breakpoint
CREATE UNIQUE INDEX "badge_claims_token_uq" ON "badge_claims" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "badge_claims_short_code_uq" ON "badge_claims" USING btree ("short_code_hash");--> statement-breakpoint
CREATE INDEX "badge_claims_session_idx" ON "badge_claims" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "badge_proposals_achievement_idx" ON "badge_proposals" USING btree ("achievement_id","proposed_at");--> statement-breakpoint
CREATE INDEX "badge_proposals_participant_idx" ON "badge_proposals" USING btree ("participant_id","proposed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "badge_proposals_pending_uq" ON "badge_proposals" USING btree ("participant_id","achievement_id") WHERE "badge_proposals"."status" = 'pending';