-- ADR 0030: the attendance and badge tables of the dashboard summarised as ADR 0029's figures are,
-- kept by the same deferred triggers: at commit, once per participant and transaction, their stored
-- share of the activity sums is taken away, computed again from the base tables and added back.
CREATE FUNCTION "indicator_activity_gap_min_span"() RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  -- Gaps are kept when b - a >= this: they are all a period of at least (this - 1) days can straddle
  -- (summaries.ts: ACTIVITY_GAP_MIN_SPAN; a shorter period reads the base tables).
  SELECT 91
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_activity_events"(ids uuid[])
RETURNS TABLE (participant_id uuid, measure text, dimension text, key text, day date, n integer)
LANGUAGE sql STABLE AS $$
  -- activity-definitions.ts: presences (present or late, sessions not cancelled) per partner and
  -- thématique; first signatures offered and accepted per issuer.
  WITH m AS (
    SELECT a.participant_id, (s.starts_at AT TIME ZONE 'Europe/Paris')::date AS day, ac.organisation_id,
      ac.thematiques
    FROM attendances a JOIN activity_sessions s ON s.id = a.session_id JOIN activities ac ON ac.id = s.activity_id
    WHERE a.participant_id = ANY (ids) AND a.status IN ('present', 'late') AND s.cancelled_at IS NULL
  ), w AS (
    SELECT w.participant_id, a.organisation_id::text AS issuer,
      (w.offered_at AT TIME ZONE 'Europe/Paris')::date AS offered_on,
      (w.accepted_at AT TIME ZONE 'Europe/Paris')::date AS accepted_on
    FROM awards w JOIN achievements a ON a.id = w.achievement_id
    WHERE w.participant_id = ANY (ids) AND w.reissued_from_id IS NULL
  ), issued AS (
    SELECT participant_id, 'offered'::text AS measure, issuer, offered_on AS day FROM w
    UNION ALL SELECT participant_id, 'accepted', issuer, accepted_on FROM w WHERE accepted_on IS NOT NULL
  )
  SELECT participant_id, 'presences'::text, 'all'::text, 'all'::text, day, count(*)::int FROM m GROUP BY 1, 5
  UNION ALL SELECT participant_id, 'presences', 'partner', organisation_id::text, day, count(*)::int
    FROM m GROUP BY 1, 4, 5
  UNION ALL SELECT m.participant_id, 'presences', 'thematique', coalesce(th.value, 'not_recorded'), m.day,
      count(*)::int
    FROM m LEFT JOIN LATERAL jsonb_array_elements_text(m.thematiques) AS th(value) ON true GROUP BY 1, 4, 5
  UNION ALL SELECT participant_id, measure, 'all', 'all', day, count(*)::int FROM issued GROUP BY 1, 2, 5
  UNION ALL SELECT participant_id, measure, 'issuer', issuer, day, count(*)::int FROM issued GROUP BY 1, 2, 4, 5
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_activity_store"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- One statement, so the events are read once: each key's counts per day, its first and last day
  -- (the people counted once) and its long gaps.
  WITH e AS MATERIALIZED (SELECT * FROM indicator_activity_events(ids)),
  facts AS (
    SELECT participant_id, dimension, key, measure, day, n FROM e
    UNION ALL SELECT participant_id, dimension, key,
        CASE measure WHEN 'presences' THEN 'presence' ELSE measure END || '_first', min(day), 1
      FROM e GROUP BY 1, 2, 3, 4
    UNION ALL SELECT participant_id, dimension, key,
        CASE measure WHEN 'presences' THEN 'presence' ELSE measure END || '_last', max(day), 1
      FROM e GROUP BY 1, 2, 3, 4
  ), subjects AS (
    INSERT INTO indicator_activity_subjects (participant_id, dimensions, keys, measures, days, counts)
      SELECT participant_id, array_agg(dimension ORDER BY dimension, key, measure, day),
        array_agg(key ORDER BY dimension, key, measure, day),
        array_agg(measure ORDER BY dimension, key, measure, day),
        array_agg(day ORDER BY dimension, key, measure, day), array_agg(n ORDER BY dimension, key, measure, day)
      FROM facts GROUP BY 1
  )
  INSERT INTO indicator_activity_gaps (participant_id, measure, dimension, key, after_on, before_on, span)
    SELECT participant_id, measure, dimension, key, after_on, day, day - after_on FROM (
      SELECT participant_id, measure, dimension, key, day,
        lag(day) OVER (PARTITION BY participant_id, measure, dimension, key ORDER BY day) AS after_on
      FROM e) pairs
    WHERE day - after_on >= indicator_activity_gap_min_span();
  INSERT INTO indicator_badge_links (participant_id, award_id, issuer, kind, accepted_on, from_on, until_on)
    SELECT w.participant_id, w.id, a.organisation_id::text, 'shared',
      (w.accepted_at AT TIME ZONE 'Europe/Paris')::date, (s.created_at AT TIME ZONE 'Europe/Paris')::date,
      (s.revoked_at AT TIME ZONE 'Europe/Paris')::date
    FROM awards w JOIN achievements a ON a.id = w.achievement_id JOIN award_shares s ON s.award_id = w.id
    WHERE w.participant_id = ANY (ids) AND w.reissued_from_id IS NULL AND w.accepted_at IS NOT NULL
    UNION ALL SELECT w.participant_id, w.id, a.organisation_id::text, 'endorsed',
      (w.accepted_at AT TIME ZONE 'Europe/Paris')::date, min((e.decided_at AT TIME ZONE 'Europe/Paris')::date), NULL
    FROM awards w JOIN achievements a ON a.id = w.achievement_id
      JOIN endorsements e ON e.target_kind = 'award' AND e.target_id = w.id AND e.status = 'accepted'
    WHERE w.participant_id = ANY (ids) AND w.reissued_from_id IS NULL AND w.accepted_at IS NOT NULL
      AND e.decided_at IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;
END;
$$;
--> statement-breakpoint
DO $do$
DECLARE
  measures text[] := ARRAY['presences', 'presence_first', 'presence_last', 'offered', 'offered_first',
    'offered_last', 'accepted', 'accepted_first', 'accepted_last'];
  names text;
  totals text;
  sums text;
  adds text;
  upsert text := $sql$
    INSERT INTO %1$I AS t (dimension, key, %2$I, %3$s)
    SELECT f.dimension, f.key, %4$s, %5$s
    FROM indicator_activity_subjects s
    CROSS JOIN LATERAL unnest(s.dimensions, s.keys, s.measures, s.days, s.counts) AS f(dimension, key, measure, day, n)
    %6$s
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (dimension, key, %2$I) DO UPDATE SET %7$s;
  $sql$;
BEGIN
  SELECT string_agg(format('%I', m), ', '),
         string_agg(format('sum(%I)', m), ', '),
         string_agg(format('direction * coalesce(sum(f.n) FILTER (WHERE f.measure = %L), 0)', m), ', '),
         string_agg(format('%1$I = t.%1$I + excluded.%1$I', m), ', ')
    INTO names, totals, sums, adds FROM unnest(measures) AS m;
  -- Rows are written in key order, so two transactions lock the rows they share in the same order.
  EXECUTE format($fn$
    CREATE FUNCTION "indicator_activity_apply"(ids uuid[], direction integer) RETURNS void
    LANGUAGE plpgsql AS $body$
    BEGIN
      %s
      %s
    END;
    $body$;
  $fn$,
  format(upsert, 'indicator_activity_days', 'day', names, 'f.day', sums,
    'WHERE s.participant_id = ANY (ids)', adds),
  format(upsert, 'indicator_activity_months', 'month', names, $m$date_trunc('month', f.day)::date$m$, sums,
    'WHERE s.participant_id = ANY (ids)', adds));
  EXECUTE format($fn$
    CREATE FUNCTION "indicator_activity_fill"() RETURNS void
    LANGUAGE plpgsql AS $body$
    DECLARE
      direction integer := 1;
    BEGIN
      %s
      INSERT INTO indicator_activity_months (dimension, key, month, %s)
        SELECT dimension, key, date_trunc('month', day)::date, %s FROM indicator_activity_days GROUP BY 1, 2, 3;
    END;
    $body$;
  $fn$,
  format(upsert, 'indicator_activity_days', 'day', names, 'f.day', sums, '', adds), names, totals);
END;
$do$;
--> statement-breakpoint
CREATE FUNCTION "indicator_activity_refresh"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM indicator_activity_apply(ids, -1);
  DELETE FROM indicator_activity_subjects WHERE participant_id = ANY (ids);
  DELETE FROM indicator_activity_gaps WHERE participant_id = ANY (ids);
  DELETE FROM indicator_badge_links WHERE participant_id = ANY (ids);
  PERFORM indicator_activity_store(ids);
  PERFORM indicator_activity_apply(ids, 1);
END;
$$;
--> statement-breakpoint
-- ADR 0029's refresh now also refreshes the activity sums: one pass per participant at commit.
CREATE OR REPLACE FUNCTION "indicator_refresh"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- A concurrent writer of the same participant waits here, then reads what that one stored.
  PERFORM 1 FROM indicator_subjects WHERE participant_id = ANY (ids) ORDER BY participant_id FOR UPDATE;
  PERFORM indicator_apply(ids, -1);
  PERFORM indicator_apply_durations(ids, -1);
  DELETE FROM indicator_subjects WHERE participant_id = ANY (ids);
  DELETE FROM indicator_gaps WHERE participant_id = ANY (ids);
  PERFORM indicator_store(ids);
  PERFORM indicator_apply(ids, 1);
  PERFORM indicator_apply_durations(ids, 1);
  PERFORM indicator_activity_refresh(ids);
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_refresh_once"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  done text := current_setting('territoires.indicator_refreshed', true);
  mine text := txid_current()::text || ':';
BEGIN
  -- At commit every write of the transaction is done: one refresh per participant is enough.
  IF done IS NULL OR left(done, length(mine)) <> mine THEN done := mine; END IF;
  ids := ARRAY(SELECT DISTINCT x FROM unnest(ids) AS x WHERE x IS NOT NULL AND position(x::text IN done) = 0);
  IF cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM set_config('territoires.indicator_refreshed', done || array_to_string(ids, ',') || ',', true);
  -- Refreshing commits queue on the read_versions row (ADR 0028), which the badge tables' commits
  -- also lock: taken first, whatever the order of a transaction's writes, no two commits wait for
  -- each other's summary rows or subjects.
  PERFORM 1 FROM read_versions WHERE id = 1 FOR NO KEY UPDATE;
  PERFORM indicator_refresh(ids);
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "indicator_refresh_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM indicator_refresh_once(ARRAY[(to_jsonb(NEW) ->> TG_ARGV[0])::uuid]);
  ELSIF TG_OP = 'DELETE' THEN PERFORM indicator_refresh_once(ARRAY[(to_jsonb(OLD) ->> TG_ARGV[0])::uuid]);
  ELSE PERFORM indicator_refresh_once(
    ARRAY[(to_jsonb(OLD) ->> TG_ARGV[0])::uuid, (to_jsonb(NEW) ->> TG_ARGV[0])::uuid]);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_refresh_related"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed uuid[];
  targets uuid[];
BEGIN
  -- The rows' own ids (an endorsement: its target award), then the participants they reach at commit.
  IF TG_TABLE_NAME = 'endorsements' THEN
    changed := ARRAY(SELECT (r ->> 'target_id')::uuid FROM unnest(ARRAY[to_jsonb(OLD), to_jsonb(NEW)]) AS r
      WHERE r ->> 'target_kind' = 'award');
  ELSIF TG_TABLE_NAME = 'award_shares' THEN
    changed := ARRAY[(to_jsonb(OLD) ->> 'award_id')::uuid, (to_jsonb(NEW) ->> 'award_id')::uuid];
  ELSE
    changed := ARRAY[(to_jsonb(OLD) ->> 'id')::uuid, (to_jsonb(NEW) ->> 'id')::uuid];
  END IF;
  IF TG_TABLE_NAME IN ('endorsements', 'award_shares') THEN
    targets := ARRAY(SELECT participant_id FROM awards WHERE id = ANY (changed));
  ELSIF TG_TABLE_NAME = 'achievements' THEN
    targets := ARRAY(SELECT participant_id FROM awards WHERE achievement_id = ANY (changed));
  ELSIF TG_TABLE_NAME = 'activity_sessions' THEN
    targets := ARRAY(SELECT participant_id FROM attendances WHERE session_id = ANY (changed));
  ELSE
    targets := ARRAY(SELECT a.participant_id FROM attendances a JOIN activity_sessions s ON s.id = a.session_id
      WHERE s.activity_id = ANY (changed));
  END IF;
  PERFORM indicator_refresh_once(targets);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh" AFTER INSERT OR DELETE
  OR UPDATE OF participant_id, session_id, status ON "attendances"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "indicator_refresh_row"('participant_id');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh" AFTER INSERT OR DELETE
  OR UPDATE OF participant_id, achievement_id, offered_at, accepted_at, reissued_from_id ON "awards"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "indicator_refresh_row"('participant_id');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh" AFTER UPDATE OF activity_id, starts_at, cancelled_at
  ON "activity_sessions"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "indicator_refresh_related"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh" AFTER UPDATE OF organisation_id, thematiques ON "activities"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "indicator_refresh_related"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh" AFTER UPDATE OF organisation_id ON "achievements"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "indicator_refresh_related"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh" AFTER INSERT OR DELETE
  OR UPDATE OF award_id, created_at, revoked_at ON "award_shares"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "indicator_refresh_related"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh" AFTER INSERT OR DELETE
  OR UPDATE OF target_kind, target_id, status, decided_at ON "endorsements"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "indicator_refresh_related"();
--> statement-breakpoint
CREATE FUNCTION "indicator_activity_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  PERFORM set_config('work_mem', '256MB', true);
  ANALYZE attendances, activity_sessions, activities, awards, achievements, award_shares, endorsements;
  TRUNCATE indicator_activity_days, indicator_activity_months, indicator_activity_subjects,
    indicator_activity_gaps, indicator_badge_links;
  FOR ids IN SELECT array_agg(id) FROM (
    SELECT id, (row_number() OVER (ORDER BY id) - 1) / 5000 AS batch FROM participants) b GROUP BY batch
  LOOP
    PERFORM indicator_activity_store(ids);
  END LOOP;
  PERFORM indicator_activity_fill();
  ANALYZE indicator_activity_days, indicator_activity_months, indicator_activity_subjects,
    indicator_activity_gaps, indicator_badge_links;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_activity_rebuild_statement"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM indicator_activity_rebuild();
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The participants' TRUNCATE rebuilds ADR 0029's tables, which now rebuild the activity ones too.
CREATE OR REPLACE FUNCTION "indicator_rebuild_statement"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM indicator_rebuild();
  PERFORM indicator_activity_rebuild();
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  watched text;
BEGIN
  FOREACH watched IN ARRAY ARRAY['attendances', 'activity_sessions', 'activities', 'awards', 'achievements',
    'award_shares', 'endorsements'] LOOP
    EXECUTE format('CREATE TRIGGER "indicator_activity_rebuild" AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION "indicator_activity_rebuild_statement"()', watched);
  END LOOP;
END;
$$;
--> statement-breakpoint
SELECT indicator_activity_rebuild();
