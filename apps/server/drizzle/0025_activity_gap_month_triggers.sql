-- ADR 0030: the activity gaps also counted per month of each end (indicator_activity_gap_months), kept
-- by the same refresh: a participant's gaps are taken away before they are computed again, then added.
CREATE FUNCTION "indicator_activity_gap_months_apply"(ids uuid[], direction integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Rows in key order, as indicator_activity_apply writes them, so commits lock them in one order.
  INSERT INTO indicator_activity_gap_months AS t (dimension, after_month, before_month, measure, key, n)
    SELECT dimension, date_trunc('month', after_on)::date, date_trunc('month', before_on)::date, measure, key,
      direction * count(*)
    FROM indicator_activity_gaps WHERE ids IS NULL OR participant_id = ANY (ids)
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (dimension, after_month, before_month, measure, key) DO UPDATE SET n = t.n + excluded.n;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "indicator_activity_refresh"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM indicator_activity_apply(ids, -1);
  PERFORM indicator_activity_gap_months_apply(ids, -1);
  DELETE FROM indicator_activity_subjects WHERE participant_id = ANY (ids);
  DELETE FROM indicator_activity_gaps WHERE participant_id = ANY (ids);
  DELETE FROM indicator_badge_links WHERE participant_id = ANY (ids);
  PERFORM indicator_activity_store(ids);
  PERFORM indicator_activity_apply(ids, 1);
  PERFORM indicator_activity_gap_months_apply(ids, 1);
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "indicator_activity_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  PERFORM set_config('work_mem', '256MB', true);
  ANALYZE attendances, activity_sessions, activities, awards, achievements, award_shares, endorsements;
  TRUNCATE indicator_activity_days, indicator_activity_months, indicator_activity_subjects,
    indicator_activity_gaps, indicator_activity_gap_months, indicator_badge_links;
  FOR ids IN SELECT array_agg(id) FROM (
    SELECT id, (row_number() OVER (ORDER BY id) - 1) / 5000 AS batch FROM participants) b GROUP BY batch
  LOOP
    PERFORM indicator_activity_store(ids);
  END LOOP;
  PERFORM indicator_activity_fill();
  PERFORM indicator_activity_gap_months_apply(NULL, 1);
  ANALYZE indicator_activity_days, indicator_activity_months, indicator_activity_subjects,
    indicator_activity_gaps, indicator_activity_gap_months, indicator_badge_links;
END;
$$;
--> statement-breakpoint
TRUNCATE indicator_activity_gap_months;
--> statement-breakpoint
SELECT indicator_activity_gap_months_apply(NULL, 1);
--> statement-breakpoint
ANALYZE indicator_activity_gaps, indicator_activity_gap_months;
