-- ADR 0028: a result reused across processes is tagged with read_versions.version, bumped in the
-- transaction of every write to a table that a share page or the verification of one of our
-- credentials reads. The bump is a deferred constraint trigger: it runs at commit, once per
-- transaction (a transaction-local setting remembers it), so the counter row is locked only while
-- the transaction commits and no other lock is taken after it (no deadlock with the rows written).
INSERT INTO "read_versions" ("id", "version") VALUES (1, 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION "bump_read_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'ROW' AND current_setting('territoires.read_version_bumped', true) = txid_current()::text THEN
    RETURN NULL;
  END IF;
  UPDATE "read_versions" SET "version" = "version" + 1 WHERE "id" = 1;
  PERFORM set_config('territoires.read_version_bumped', txid_current()::text, true);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  watched text;
BEGIN
  FOREACH watched IN ARRAY ARRAY[
    'organisations', 'badge_issuer_origin', 'badge_issuers', 'achievements', 'badge_recipients',
    'badge_status_lists', 'awards', 'badge_claim_credentials', 'award_shares', 'endorsers',
    'endorsements', 'evidence_files'
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER "bump_read_version" AFTER INSERT OR UPDATE OR DELETE ON %I '
      'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_read_version"()', watched);
    EXECUTE format(
      'CREATE TRIGGER "bump_read_version_truncate" AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION "bump_read_version"()', watched);
  END LOOP;
END;
$$;
