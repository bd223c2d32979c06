CREATE TABLE "award_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"award_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"show_evidence" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "objective_badges" (
	"objective_id" uuid NOT NULL,
	"award_id" uuid NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"linked_by_id" uuid
);
--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "award_shares" ADD CONSTRAINT "award_shares_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_badges" ADD CONSTRAINT "objective_badges_objective_id_contract_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."contract_objectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_badges" ADD CONSTRAINT "objective_badges_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_badges" ADD CONSTRAINT "objective_badges_linked_by_id_staff_id_fk" FOREIGN KEY ("linked_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "award_shares_token_uq" ON "award_shares" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "award_shares_live_uq" ON "award_shares" USING btree ("award_id") WHERE "award_shares"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "objective_badges_uq" ON "objective_badges" USING btree ("objective_id","award_id");--> statement-breakpoint
CREATE INDEX "objective_badges_award_idx" ON "objective_badges" USING btree ("award_id");