CREATE TABLE "award_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"award_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"show_evidence" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "award_shares" ADD CONSTRAINT "award_shares_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "award_shares_token_uq" ON "award_shares" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "award_shares_live_uq" ON "award_shares" USING btree ("award_id") WHERE "award_shares"."revoked_at" is null;