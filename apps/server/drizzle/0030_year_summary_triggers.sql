-- ADR 0031: the programme's sums and the medians' histograms also kept per calendar year
-- (indicator_years, indicator_duration_years), beside the months, by the same refresh at commit; and
-- each straddling gap carries its participant's keys, so counting gaps per key joins nothing.
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
  upsert text := $sql$
    WITH f AS (
      SELECT s.keys, %4$s AS at, %5$s
      FROM indicator_subjects s CROSS JOIN LATERAL unnest(s.measures, s.days) AS f(measure, day)
      %8$s
      GROUP BY s.participant_id, s.keys, 2
    )
    INSERT INTO %1$I AS t (dimension, key, %2$I, %3$s)
    SELECT d.dimension, d.key, f.at, %6$s
    FROM f CROSS JOIN LATERAL unnest(indicator_dimensions(), f.keys) AS d(dimension, key)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (dimension, key, %2$I) DO UPDATE SET %7$s;
  $sql$;
  mine text := 'WHERE s.participant_id = ANY (ids)';
BEGIN
  SELECT string_agg(format('%I', m), ', '),
         string_agg(format('sum(%I)', m), ', '),
         string_agg(format('count(*) FILTER (WHERE f.measure = %L) AS %I', m, m), ', '),
         string_agg(format('direction * sum(f.%I)', m), ', '),
         string_agg(format('%1$I = t.%1$I + excluded.%1$I', m), ', ')
    INTO names, totals, counts, sums, adds FROM unnest(measures) AS m;
  -- Rows are written in key order (days, then months, then years), so two transactions lock the
  -- rows they share in the same order.
  EXECUTE format($fn$
    CREATE OR REPLACE FUNCTION "indicator_apply"(ids uuid[], direction integer) RETURNS void
    LANGUAGE plpgsql AS $body$
    BEGIN
      %s
      %s
      %s
    END;
    $body$;
  $fn$,
  format(upsert, 'indicator_days', 'day', names, 'f.day', counts, sums, adds, mine),
  format(upsert, 'indicator_months', 'month', names, $m$date_trunc('month', f.day)::date$m$, counts, sums,
    adds, mine),
  format(upsert, 'indicator_years', 'year', names, $m$date_trunc('year', f.day)::date$m$, counts, sums,
    adds, mine));
  -- The rebuild's one pass over every participant into empty tables, months from days, years from months.
  EXECUTE format($fn$
    CREATE OR REPLACE FUNCTION "indicator_fill"() RETURNS void
    LANGUAGE plpgsql AS $body$
    DECLARE
      direction integer := 1;
    BEGIN
      %1$s
      INSERT INTO indicator_months (dimension, key, month, %2$s)
        SELECT dimension, key, date_trunc('month', day)::date, %3$s FROM indicator_days GROUP BY 1, 2, 3;
      INSERT INTO indicator_years (dimension, key, year, %2$s)
        SELECT dimension, key, date_trunc('year', month)::date, %3$s FROM indicator_months GROUP BY 1, 2, 3;
    END;
    $body$;
  $fn$,
  format(upsert, 'indicator_days', 'day', names, 'f.day', counts, sums, adds, ''), names, totals);
  -- This database's years, from its months.
  EXECUTE format($q$
    INSERT INTO indicator_years (dimension, key, year, %1$s)
      SELECT dimension, key, date_trunc('year', month)::date, %2$s FROM indicator_months GROUP BY 1, 2, 3
  $q$, names, totals);
END;
$do$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "indicator_apply_durations"(ids uuid[], direction integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  span text;
BEGIN
  IF ids IS NULL THEN
    -- The rebuild, into empty tables: every participant, the months and years from the days.
    INSERT INTO indicator_duration_days (measure, dimension, key, day, days, n)
      SELECT f.measure, d.dimension, d.key, f.day, f.days, count(*)
      FROM indicator_subjects s
      CROSS JOIN LATERAL unnest(s.duration_measures, s.duration_days, s.duration_values) AS f(measure, day, days)
      CROSS JOIN LATERAL unnest(indicator_dimensions(), s.keys) AS d(dimension, key)
      GROUP BY 1, 2, 3, 4, 5;
    PERFORM indicator_fill_spreads();
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
  FOREACH span IN ARRAY ARRAY['month', 'year'] LOOP
    EXECUTE format($q$
      INSERT INTO %1$I AS t (measure, dimension, key, %2$I, days, n)
        SELECT measure, dimension, key, at, array_agg(days ORDER BY days), array_agg(n ORDER BY days) FROM (
          SELECT f.measure, d.dimension, d.key, date_trunc(%2$L, f.day)::date AS at, f.days,
            $2 * count(*)::int AS n
          FROM indicator_subjects s
          CROSS JOIN LATERAL unnest(s.duration_measures, s.duration_days, s.duration_values) AS f(measure, day, days)
          CROSS JOIN LATERAL unnest(indicator_dimensions(), s.keys) AS d(dimension, key)
          WHERE s.participant_id = ANY ($1)
          GROUP BY 1, 2, 3, 4, 5) m
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (measure, dimension, key, %2$I) DO UPDATE SET (days, n) =
          (SELECT merged_days, merged_n FROM indicator_spread_merge(t.days, t.n, excluded.days, excluded.n))
    $q$, indicator_spread_table(span), span) USING ids, direction;
  END LOOP;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_spread_table"(span text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE span WHEN 'month' THEN 'indicator_duration_spreads' ELSE 'indicator_duration_years' END
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_fill_spreads"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  span text;
BEGIN
  -- Into empty tables, from indicator_duration_days.
  FOREACH span IN ARRAY ARRAY['month', 'year'] LOOP
    EXECUTE format($q$
      INSERT INTO %1$I (measure, dimension, key, %2$I, days, n)
        SELECT measure, dimension, key, at, array_agg(days ORDER BY days), array_agg(n ORDER BY days) FROM (
          SELECT measure, dimension, key, date_trunc(%2$L, day)::date AS at, days, sum(n)::int AS n
          FROM indicator_duration_days GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0) m
        GROUP BY 1, 2, 3, 4
    $q$, indicator_spread_table(span), span);
  END LOOP;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "indicator_store"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH f AS (
    SELECT f.participant_id, array_agg(f.measure ORDER BY f.measure, f.day) AS measures,
      array_agg(f.day ORDER BY f.measure, f.day) AS days
    FROM indicator_facts(ids) f WHERE f.day IS NOT NULL GROUP BY 1
  ), d AS (
    SELECT d.participant_id, array_agg(d.measure ORDER BY d.measure, d.day, d.days) AS measures,
      array_agg(d.day ORDER BY d.measure, d.day, d.days) AS days,
      array_agg(d.days ORDER BY d.measure, d.day, d.days) AS lengths
    FROM indicator_durations(ids) d GROUP BY 1
  )
  INSERT INTO indicator_subjects (participant_id, keys, measures, days, duration_measures, duration_days,
      duration_values)
    SELECT k.participant_id, k.keys, coalesce(f.measures, '{}'), coalesce(f.days, '{}'),
      coalesce(d.measures, '{}'), coalesce(d.days, '{}'), coalesce(d.lengths, '{}')
    FROM indicator_keys(ids) k
    LEFT JOIN f ON f.participant_id = k.participant_id
    LEFT JOIN d ON d.participant_id = k.participant_id;
  -- The keys just stored go with each gap: a change of key rewrites both in this same refresh.
  INSERT INTO indicator_gaps (participant_id, measure, after_on, before_on, keys)
    SELECT g.participant_id, g.measure, g.after_on, g.before_on, s.keys
    FROM indicator_gaps_of(ids) g JOIN indicator_subjects s ON s.participant_id = g.participant_id;
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
    indicator_duration_days, indicator_duration_spreads, indicator_duration_years;
  FOR ids IN SELECT array_agg(id) FROM (
    SELECT id, (row_number() OVER (ORDER BY id) - 1) / 5000 AS batch FROM participants) b GROUP BY batch
  LOOP
    PERFORM indicator_store(ids);
  END LOOP;
  PERFORM indicator_fill();
  PERFORM indicator_apply_durations(NULL, 1);
  ANALYZE indicator_days, indicator_months, indicator_years, indicator_subjects, indicator_gaps,
    indicator_duration_days, indicator_duration_spreads, indicator_duration_years;
END;
$$;
--> statement-breakpoint
INSERT INTO indicator_duration_years (measure, dimension, key, year, days, n)
  SELECT measure, dimension, key, at, array_agg(days ORDER BY days), array_agg(n ORDER BY days) FROM (
    SELECT measure, dimension, key, date_trunc('year', day)::date AS at, days, sum(n)::int AS n
    FROM indicator_duration_days GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0) m
  GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
-- The gaps written again with their keys, not updated in place: an update of every row would leave
-- as many dead ones, read by every scan until a vacuum.
CREATE TEMPORARY TABLE keyed_gaps AS
  SELECT g.participant_id, g.measure, g.after_on, g.before_on, s.keys
  FROM indicator_gaps g JOIN indicator_subjects s ON s.participant_id = g.participant_id;
--> statement-breakpoint
TRUNCATE indicator_gaps;
--> statement-breakpoint
INSERT INTO indicator_gaps (participant_id, measure, after_on, before_on, keys)
  SELECT participant_id, measure, after_on, before_on, keys FROM keyed_gaps;
--> statement-breakpoint
DROP TABLE keyed_gaps;
--> statement-breakpoint
ANALYZE indicator_years, indicator_duration_years, indicator_gaps;
