ALTER TABLE "attendances" ADD COLUMN "status" text DEFAULT 'present' NOT NULL;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "corrected_by_id" uuid;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "corrected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_corrected_by_id_staff_id_fk" FOREIGN KEY ("corrected_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;