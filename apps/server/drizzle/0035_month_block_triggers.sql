-- ADR 0034: the programme's sums and the medians' histograms also kept per block of 2, 4 or 8 months
-- aligned within a calendar year (indicator_month_blocks, indicator_duration_month_blocks), by the same
-- refresh at commit. A fact counts in its month's row and in the (at most three) blocks that hold it.
CREATE FUNCTION "indicator_blocks_of"(day date) RETURNS TABLE (month date, span integer)
LANGUAGE sql IMMUTABLE AS $$
  SELECT (date_trunc('year', day::timestamp) + make_interval(months => (m / s) * s))::date, s
  FROM (SELECT extract(month FROM day)::int - 1 AS m) AS x CROSS JOIN (VALUES (2), (4), (8)) AS b(s)
  WHERE (m / s) * s + s <= 12
$$;
--> statement-breakpoint
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
    CREATE FUNCTION "indicator_month_blocks_apply"(ids uuid[], direction integer) RETURNS void
    LANGUAGE plpgsql AS $body$
    BEGIN
      WITH f AS (
        SELECT s.keys, b.month AS at, b.span, %1$s
        FROM indicator_subjects s CROSS JOIN LATERAL unnest(s.measures, s.days) AS f(measure, day)
        CROSS JOIN LATERAL indicator_blocks_of(f.day) AS b
        WHERE s.participant_id = ANY (ids)
        GROUP BY s.participant_id, s.keys, 2, 3
      )
      -- Rows in key order, so commits lock them in one order.
      INSERT INTO indicator_month_blocks AS t (dimension, key, month, span, %2$s)
      SELECT d.dimension, d.key, f.at, f.span, %3$s
      FROM f CROSS JOIN LATERAL unnest(indicator_dimensions(), f.keys) AS d(dimension, key)
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (dimension, key, month, span) DO UPDATE SET %4$s;
    END;
    $body$;
  $fn$, counts, names, sums, adds);
  -- The rebuild, into empty tables, from the months and their histograms.
  EXECUTE format($fn$
    CREATE FUNCTION "indicator_month_blocks_fill"() RETURNS void
    LANGUAGE plpgsql AS $body$
    BEGIN
      INSERT INTO indicator_month_blocks (dimension, key, month, span, %1$s)
        SELECT m.dimension, m.key, b.month, b.span, %2$s
        FROM indicator_months m CROSS JOIN LATERAL indicator_blocks_of(m.month) AS b
        GROUP BY 1, 2, 3, 4;
      INSERT INTO indicator_duration_month_blocks (measure, dimension, key, month, span, days, n)
        SELECT measure, dimension, key, month, span, array_agg(days ORDER BY days), array_agg(n ORDER BY days)
        FROM (
          SELECT s.measure, s.dimension, s.key, b.month, b.span, z.days, sum(z.n)::int AS n
          FROM indicator_duration_spreads s CROSS JOIN LATERAL unnest(s.days, s.n) AS z(days, n)
          CROSS JOIN LATERAL indicator_blocks_of(s.month) AS b
          GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(z.n) <> 0) m
        GROUP BY 1, 2, 3, 4, 5;
    END;
    $body$;
  $fn$, names, totals);
END;
$do$;
--> statement-breakpoint
CREATE FUNCTION "indicator_duration_month_blocks_apply"(ids uuid[], direction integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- The blocks' histograms are merged with what they hold in one set-based pass, not one call of
  -- indicator_spread_merge a row (twice as fast). Refreshes queue on the read_versions row
  -- (drizzle/0020), so no other commit writes these rows in between.
  WITH delta AS (
    SELECT f.measure, d.dimension, d.key, b.month, b.span, f.days, direction * count(*)::int AS n
    FROM indicator_subjects s
    CROSS JOIN LATERAL unnest(s.duration_measures, s.duration_days, s.duration_values) AS f(measure, day, days)
    CROSS JOIN LATERAL indicator_blocks_of(f.day) AS b
    CROSS JOIN LATERAL unnest(indicator_dimensions(), s.keys) AS d(dimension, key)
    WHERE s.participant_id = ANY (ids)
    GROUP BY 1, 2, 3, 4, 5, 6
  ), held AS (
    SELECT t.measure, t.dimension, t.key, t.month, t.span, z.days, z.n
    FROM (SELECT DISTINCT measure, dimension, key, month, span FROM delta) AS touched
    JOIN indicator_duration_month_blocks t USING (measure, dimension, key, month, span)
    CROSS JOIN LATERAL unnest(t.days, t.n) AS z(days, n)
  ), merged AS (
    SELECT measure, dimension, key, month, span, days, sum(n)::int AS n
    FROM (SELECT * FROM delta UNION ALL SELECT * FROM held) AS both_
    GROUP BY 1, 2, 3, 4, 5, 6
  )
  INSERT INTO indicator_duration_month_blocks AS t (measure, dimension, key, month, span, days, n)
    SELECT measure, dimension, key, month, span,
      coalesce(array_agg(days ORDER BY days) FILTER (WHERE n <> 0), '{}'),
      coalesce(array_agg(n ORDER BY days) FILTER (WHERE n <> 0), '{}')
    FROM merged GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (measure, dimension, key, month, span) DO UPDATE SET days = excluded.days, n = excluded.n;
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
  PERFORM indicator_month_blocks_apply(ids, -1);
  PERFORM indicator_duration_month_blocks_apply(ids, -1);
  DELETE FROM indicator_subjects WHERE participant_id = ANY (ids);
  DELETE FROM indicator_gaps WHERE participant_id = ANY (ids);
  PERFORM indicator_store(ids);
  PERFORM indicator_apply(ids, 1);
  PERFORM indicator_apply_durations(ids, 1);
  PERFORM indicator_gap_months_apply(ids, 1);
  PERFORM indicator_month_blocks_apply(ids, 1);
  PERFORM indicator_duration_month_blocks_apply(ids, 1);
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
    indicator_month_blocks, indicator_duration_month_blocks;
  FOR ids IN SELECT array_agg(id) FROM (
    SELECT id, (row_number() OVER (ORDER BY id) - 1) / 5000 AS batch FROM participants) b GROUP BY batch
  LOOP
    PERFORM indicator_store(ids);
  END LOOP;
  PERFORM indicator_fill();
  PERFORM indicator_apply_durations(NULL, 1);
  PERFORM indicator_gap_months_apply(NULL, 1);
  PERFORM indicator_month_blocks_fill();
  ANALYZE indicator_days, indicator_months, indicator_years, indicator_subjects, indicator_gaps,
    indicator_gap_months, indicator_duration_days, indicator_duration_spreads, indicator_duration_years,
    indicator_month_blocks, indicator_duration_month_blocks;
END;
$$;
--> statement-breakpoint
SELECT indicator_month_blocks_fill();
--> statement-breakpoint
ANALYZE indicator_month_blocks, indicator_duration_month_blocks;
