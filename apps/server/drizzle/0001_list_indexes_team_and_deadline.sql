DROP INDEX "participants_phase_idx";--> statement-breakpoint
DROP INDEX "participants_referent_idx";--> statement-breakpoint
DROP INDEX "participants_territory_idx";--> statement-breakpoint
DROP INDEX "participants_org_idx";--> statement-breakpoint
DROP INDEX "participants_last_event_idx";--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "coordinator_id" uuid;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "contract_deadline_on" date;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_coordinator_id_staff_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participants_coordinator_idx" ON "participants" USING btree ("coordinator_id","last_event_at","id");--> statement-breakpoint
CREATE INDEX "participants_deadline_idx" ON "participants" USING btree ("contract_deadline_on");--> statement-breakpoint
CREATE INDEX "participants_phase_idx" ON "participants" USING btree ("phase","last_event_at","id");--> statement-breakpoint
CREATE INDEX "participants_referent_idx" ON "participants" USING btree ("referent_id","last_event_at","id");--> statement-breakpoint
CREATE INDEX "participants_territory_idx" ON "participants" USING btree ("territory","last_event_at","id");--> statement-breakpoint
CREATE INDEX "participants_org_idx" ON "participants" USING btree ("organisation_id","last_event_at","id");--> statement-breakpoint
CREATE INDEX "participants_last_event_idx" ON "participants" USING btree ("last_event_at","id");--> statement-breakpoint
-- Backfill from the history tables (hand-written): the current coordinateur and the active contract's deadline.
UPDATE "participants" p SET "coordinator_id" = a."staff_id"
  FROM "follow_up_assignments" a
  WHERE a."participant_id" = p."id" AND a."role" = 'coordinator' AND a."end_on" IS NULL;--> statement-breakpoint
UPDATE "participants" p SET "contract_deadline_on" = (c."signed_on" + interval '15 months')::date
  FROM "contracts" c
  WHERE c."participant_id" = p."id" AND c."status" = 'active';
