-- ADR 0031: the programme's gaps also counted per breakdown, key, measure and month of each end
-- (indicator_gap_months), kept by the same refresh: a participant's gaps are taken away before they
-- are computed again, then added. A period reads the month pairs that surely straddle it and only
-- the gaps with an end in its edge months one by one.
CREATE FUNCTION "indicator_gap_months_apply"(ids uuid[], direction integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Rows in key order, so commits lock them in one order.
  INSERT INTO indicator_gap_months AS t (dimension, after_month, before_month, measure, key, n)
    SELECT d.dimension, date_trunc('month', g.after_on)::date, date_trunc('month', g.before_on)::date,
      g.measure, d.key, direction * count(*)
    FROM indicator_gaps g CROSS JOIN LATERAL unnest(indicator_dimensions(), g.keys) AS d(dimension, key)
    WHERE ids IS NULL OR g.participant_id = ANY (ids)
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (dimension, after_month, before_month, measure, key) DO UPDATE SET n = t.n + excluded.n;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "indicator_refresh"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- A concurrent writer of the same participant waits here, then reads what that one stored.
  PERFORM 1 FROM indicator_subjects WHERE participant_id = ANY (ids) ORDER BY participant_id FOR UPDATE;
  PERFORM indicator_apply(ids, -1);
  PERFORM indicator_apply_durations(ids, -1);
  PERFORM indicator_gap_months_apply(ids, -1);
  DELETE FROM indicator_subjects WHERE participant_id = ANY (ids);
  DELETE FROM indicator_gaps WHERE participant_id = ANY (ids);
  PERFORM indicator_store(ids);
  PERFORM indicator_apply(ids, 1);
  PERFORM indicator_apply_durations(ids, 1);
  PERFORM indicator_gap_months_apply(ids, 1);
  PERFORM indicator_activity_refresh(ids);
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "indicator_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  PERFORM set_config('work_mem', '256MB', true);
  -- Statistics first: after a bulk load (or on PGlite, which has no autovacuum) the planner would
  -- otherwise guess, and a guess on a hundred thousand participants costs hours.
  ANALYZE participants, participant_profiles, contracts, exits, timeline_events;
  TRUNCATE indicator_days, indicator_months, indicator_years, indicator_subjects, indicator_gaps,
    indicator_gap_months, indicator_duration_days, indicator_duration_spreads, indicator_duration_years;
  FOR ids IN SELECT array_agg(id) FROM (
    SELECT id, (row_number() OVER (ORDER BY id) - 1) / 5000 AS batch FROM participants) b GROUP BY batch
  LOOP
    PERFORM indicator_store(ids);
  END LOOP;
  PERFORM indicator_fill();
  PERFORM indicator_apply_durations(NULL, 1);
  PERFORM indicator_gap_months_apply(NULL, 1);
  ANALYZE indicator_days, indicator_months, indicator_years, indicator_subjects, indicator_gaps,
    indicator_gap_months, indicator_duration_days, indicator_duration_spreads, indicator_duration_years;
END;
$$;
--> statement-breakpoint
SELECT indicator_gap_months_apply(NULL, 1);
--> statement-breakpoint
ANALYZE indicator_gaps, indicator_gap_months;
