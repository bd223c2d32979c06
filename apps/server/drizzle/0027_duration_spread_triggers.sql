-- ADR 0030: the medians' month histograms kept as one row per (measure, breakdown, key, month), its
-- lengths in order and their counts (indicator_duration_spreads), in place of a row per length.
CREATE FUNCTION "indicator_spread_merge"(days integer[], n integer[], more_days integer[], more_n integer[],
  OUT merged_days integer[], OUT merged_n integer[]) LANGUAGE sql IMMUTABLE AS $$
  -- Two histograms added, lengths in order, lengths counted zero times left out.
  SELECT coalesce(array_agg(d ORDER BY d), '{}'), coalesce(array_agg(c ORDER BY d), '{}') FROM (
    SELECT d, sum(c)::int AS c FROM unnest(days || more_days, n || more_n) AS z(d, c) GROUP BY d HAVING sum(c) <> 0
  ) s
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "indicator_apply_durations"(ids uuid[], direction integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL THEN
    -- The rebuild, into empty tables: every participant, the months from the days.
    INSERT INTO indicator_duration_days (measure, dimension, key, day, days, n)
      SELECT f.measure, d.dimension, d.key, f.day, f.days, count(*)
      FROM indicator_subjects s
      CROSS JOIN LATERAL unnest(s.duration_measures, s.duration_days, s.duration_values) AS f(measure, day, days)
      CROSS JOIN LATERAL unnest(indicator_dimensions(), s.keys) AS d(dimension, key)
      GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO indicator_duration_spreads (measure, dimension, key, month, days, n)
      SELECT measure, dimension, key, month, array_agg(days ORDER BY days), array_agg(n ORDER BY days) FROM (
        SELECT measure, dimension, key, date_trunc('month', day)::date AS month, days, sum(n)::int AS n
        FROM indicator_duration_days GROUP BY 1, 2, 3, 4, 5) m
      GROUP BY 1, 2, 3, 4;
    RETURN;
  END IF;
  INSERT INTO indicator_duration_days AS t (measure, dimension, key, day, days, n)
    SELECT f.measure, d.dimension, d.key, f.day, f.days, direction * count(*)
    FROM indicator_subjects s
    CROSS JOIN LATERAL unnest(s.duration_measures, s.duration_days, s.duration_values) AS f(measure, day, days)
    CROSS JOIN LATERAL unnest(indicator_dimensions(), s.keys) AS d(dimension, key)
    WHERE s.participant_id = ANY (ids)
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (measure, dimension, key, day, days) DO UPDATE SET n = t.n + excluded.n;
  INSERT INTO indicator_duration_spreads AS t (measure, dimension, key, month, days, n)
    SELECT measure, dimension, key, month, array_agg(days ORDER BY days), array_agg(n ORDER BY days) FROM (
      SELECT f.measure, d.dimension, d.key, date_trunc('month', f.day)::date AS month, f.days,
        direction * count(*)::int AS n
      FROM indicator_subjects s
      CROSS JOIN LATERAL unnest(s.duration_measures, s.duration_days, s.duration_values) AS f(measure, day, days)
      CROSS JOIN LATERAL unnest(indicator_dimensions(), s.keys) AS d(dimension, key)
      WHERE s.participant_id = ANY (ids)
      GROUP BY 1, 2, 3, 4, 5) m
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (measure, dimension, key, month) DO UPDATE SET (days, n) =
      (SELECT merged_days, merged_n FROM indicator_spread_merge(t.days, t.n, excluded.days, excluded.n));
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
  TRUNCATE indicator_days, indicator_months, indicator_subjects, indicator_gaps, indicator_duration_days,
    indicator_duration_spreads;
  FOR ids IN SELECT array_agg(id) FROM (
    SELECT id, (row_number() OVER (ORDER BY id) - 1) / 5000 AS batch FROM participants) b GROUP BY batch
  LOOP
    PERFORM indicator_store(ids);
  END LOOP;
  PERFORM indicator_fill();
  PERFORM indicator_apply_durations(NULL, 1);
  ANALYZE indicator_days, indicator_months, indicator_subjects, indicator_gaps, indicator_duration_days,
    indicator_duration_spreads;
END;
$$;
--> statement-breakpoint
INSERT INTO indicator_duration_spreads (measure, dimension, key, month, days, n)
  SELECT measure, dimension, key, month, array_agg(days ORDER BY days), array_agg(n ORDER BY days)
  FROM indicator_duration_months WHERE n <> 0 GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
ANALYZE indicator_duration_spreads;
