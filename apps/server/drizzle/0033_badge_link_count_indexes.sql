-- ADR 0032: the shared and endorsed awards and people per issuer, then per kind, counted in the order
-- of an index that holds every column they read: grouped as it is read, no sort and no count(distinct).
CREATE INDEX "indicator_badge_links_issuer_idx" ON "indicator_badge_links" USING btree ("kind","issuer","participant_id","award_id","accepted_on","from_on","until_on");--> statement-breakpoint
CREATE INDEX "indicator_badge_links_people_idx" ON "indicator_badge_links" USING btree ("kind","participant_id","award_id","accepted_on","from_on","until_on");