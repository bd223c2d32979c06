CREATE INDEX "sessions_held_day_idx" ON "activity_sessions" USING btree ((("starts_at" at time zone 'Europe/Paris')::date)) WHERE "activity_sessions"."cancelled_at" is null;--> statement-breakpoint
CREATE INDEX "contracts_signed_idx" ON "contracts" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "exits_exit_on_idx" ON "exits" USING btree ("exit_on");--> statement-breakpoint
CREATE INDEX "participants_created_day_idx" ON "participants" USING btree ((("created_at" at time zone 'Europe/Paris')::date));--> statement-breakpoint
CREATE INDEX "awards_offered_day_idx" ON "awards" USING btree ((("offered_at" at time zone 'Europe/Paris')::date));--> statement-breakpoint
CREATE INDEX "awards_accepted_day_idx" ON "awards" USING btree ((("accepted_at" at time zone 'Europe/Paris')::date));