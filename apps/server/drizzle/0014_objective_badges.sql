CREATE TABLE "objective_badges" (
	"objective_id" uuid NOT NULL,
	"award_id" uuid NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"linked_by_id" uuid
);
--> statement-breakpoint
ALTER TABLE "objective_badges" ADD CONSTRAINT "objective_badges_objective_id_contract_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."contract_objectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_badges" ADD CONSTRAINT "objective_badges_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_badges" ADD CONSTRAINT "objective_badges_linked_by_id_staff_id_fk" FOREIGN KEY ("linked_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "objective_badges_uq" ON "objective_badges" USING btree ("objective_id","award_id");--> statement-breakpoint
CREATE INDEX "objective_badges_award_idx" ON "objective_badges" USING btree ("award_id");