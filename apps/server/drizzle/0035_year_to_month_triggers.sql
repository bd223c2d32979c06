-- ADR 0034: the programme's sums and the medians' histograms also kept from the start of each
-- calendar year up to each month (indicator_year_to_month, indicator_duration_year_to_month), by the
-- same refresh at commit. A fact dated in a month counts in that month's row and in every later
-- month's of its year.
DO $do$
DECLARE
  -- The measures are indicator_months' columns after (dimension, key, month), in their order.
  measures text[] := ARRAY(
    SELECT column_name::text FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = 'indicator_months'
      AND column_name NOT IN ('dimension', 'key', 'month')
    ORDER BY ordinal_position);
  names text;
  totals text;
  counts text;
  sums text;
  adds text;
BEGIN
  SELECT string_agg(format('%I', m), ', '),
         string_agg(format('sum(m.%I)', m), ', '),
         string_agg(format('count(*) FILTER (WHERE f.measure = %L) AS %I', m, m), ', '),
         string_agg(format('direction * sum(f.%I)', m), ', '),
         string_agg(format('%1$I = t.%1$I + excluded.%1$I', m), ', ')
    INTO names, totals, counts, sums, adds FROM unnest(measures) AS m;
  EXECUTE format($fn$
    CREATE FUNCTION "indicator_year_to_month_apply"(ids uuid[], direction integer) RETURNS void
    LANGUAGE plpgsql AS $body$
    BEGIN
      WITH f AS (
        SELECT s.keys, y.month::date AS at, %1$s
        FROM indicator_subjects s CROSS JOIN LATERAL unnest(s.measures, s.days) AS f(measure, day)
        CROSS JOIN LATERAL generate_series(date_trunc('month', f.day::timestamp),
          date_trunc('year', f.day::timestamp) + interval '11 months', interval '1 month') AS y(month)
        WHERE s.participant_id = ANY (ids)
        GROUP BY s.participant_id, s.keys, 2
      )
      -- Rows in key order, so commits lock them in one order.
      INSERT INTO indicator_year_to_month AS t (dimension, key, month, %2$s)
      SELECT d.dimension, d.key, f.at, %3$s
      FROM f CROSS JOIN LATERAL unnest(indicator_dimensions(), f.keys) AS d(dimension, key)
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (dimension, key, month) DO UPDATE SET %4$s;
    END;
    $body$;
  $fn$, counts, names, sums, adds);
  -- The rebuild, into empty tables, from the months and their histograms.
  EXECUTE format($fn$
    CREATE FUNCTION "indicator_year_to_month_fill"() RETURNS void
    LANGUAGE plpgsql AS $body$
    BEGIN
      INSERT INTO indicator_year_to_month (dimension, key, month, %1$s)
        SELECT m.dimension, m.key, y.month::date, %2$s
        FROM indicator_months m CROSS JOIN LATERAL generate_series(m.month::timestamp,
          date_trunc('year', m.month::timestamp) + interval '11 months', interval '1 month') AS y(month)
        GROUP BY 1, 2, 3;
      INSERT INTO indicator_duration_year_to_month (measure, dimension, key, month, days, n)
        SELECT measure, dimension, key, at, array_agg(days ORDER BY days), array_agg(n ORDER BY days)
        FROM (
          SELECT s.measure, s.dimension, s.key, y.month::date AS at, z.days, sum(z.n)::int AS n
          FROM indicator_duration_spreads s CROSS JOIN LATERAL unnest(s.days, s.n) AS z(days, n)
          CROSS JOIN LATERAL generate_series(s.month::timestamp,
            date_trunc('year', s.month::timestamp) + interval '11 months', interval '1 month') AS y(month)
          GROUP BY 1, 2, 3, 4, 5 HAVING sum(z.n) <> 0) m
        GROUP BY 1, 2, 3, 4;
    END;
    $body$;
  $fn$, names, totals);
END;
$do$;
--> statement-breakpoint
CREATE FUNCTION "indicator_duration_year_to_month_apply"(ids uuid[], direction integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO indicator_duration_year_to_month AS t (measure, dimension, key, month, days, n)
    SELECT measure, dimension, key, at, array_agg(days ORDER BY days), array_agg(n ORDER BY days) FROM (
      SELECT f.measure, d.dimension, d.key, y.month::date AS at, f.days, direction * count(*)::int AS n
      FROM indicator_subjects s
      CROSS JOIN LATERAL unnest(s.duration_measures, s.duration_days, s.duration_values) AS f(measure, day, days)
      CROSS JOIN LATERAL generate_series(date_trunc('month', f.day::timestamp),
        date_trunc('year', f.day::timestamp) + interval '11 months', interval '1 month') AS y(month)
      CROSS JOIN LATERAL unnest(indicator_dimensions(), s.keys) AS d(dimension, key)
      WHERE s.participant_id = ANY (ids)
      GROUP BY 1, 2, 3, 4, 5) m
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (measure, dimension, key, month) DO UPDATE SET (days, n) =
      (SELECT merged_days, merged_n FROM indicator_spread_merge(t.days, t.n, excluded.days, excluded.n));
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
  PERFORM indicator_year_to_month_apply(ids, -1);
  PERFORM indicator_duration_year_to_month_apply(ids, -1);
  DELETE FROM indicator_subjects WHERE participant_id = ANY (ids);
  DELETE FROM indicator_gaps WHERE participant_id = ANY (ids);
  PERFORM indicator_store(ids);
  PERFORM indicator_apply(ids, 1);
  PERFORM indicator_apply_durations(ids, 1);
  PERFORM indicator_gap_months_apply(ids, 1);
  PERFORM indicator_year_to_month_apply(ids, 1);
  PERFORM indicator_duration_year_to_month_apply(ids, 1);
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
    indicator_gap_months, indicator_duration_days, indicator_duration_spreads, indicator_duration_years,
    indicator_year_to_month, indicator_duration_year_to_month;
  FOR ids IN SELECT array_agg(id) FROM (
    SELECT id, (row_number() OVER (ORDER BY id) - 1) / 5000 AS batch FROM participants) b GROUP BY batch
  LOOP
    PERFORM indicator_store(ids);
  END LOOP;
  PERFORM indicator_fill();
  PERFORM indicator_apply_durations(NULL, 1);
  PERFORM indicator_gap_months_apply(NULL, 1);
  PERFORM indicator_year_to_month_fill();
  ANALYZE indicator_days, indicator_months, indicator_years, indicator_subjects, indicator_gaps,
    indicator_gap_months, indicator_duration_days, indicator_duration_spreads, indicator_duration_years,
    indicator_year_to_month, indicator_duration_year_to_month;
END;
$$;
--> statement-breakpoint
SELECT indicator_year_to_month_fill();
--> statement-breakpoint
ANALYZE indicator_year_to_month, indicator_duration_year_to_month;
