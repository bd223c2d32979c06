-- ADR 0029: the programme's figures added up per breakdown key, per day and per month, kept right by
-- the writing transaction itself. A deferred constraint trigger on every table the figures read runs
-- at commit, once per participant and transaction: it takes the participant's stored share of the
-- sums away (indicator_subjects), computes it again from the base tables and adds it back. A writer
-- cannot forget it; a participant's change of territory, organisation, référent or profile moves all
-- their counts at once.
CREATE FUNCTION "indicator_dimensions"() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  -- The order of indicator_keys' keys: 'all', then INDICATOR_DIMENSIONS (summaries.ts: SUMMARY_DIMENSIONS).
  SELECT ARRAY['all', 'territory', 'organisation', 'referent', 'referralSource', 'sex', 'ageBand',
    'qualificationLevel', 'rsa', 'rqth', 'longTermJobSeeker', 'belowCap', 'refugee', 'digitalExclusion']
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_keys"(ids uuid[]) RETURNS TABLE (participant_id uuid, keys text[])
LANGUAGE sql STABLE AS $$
  -- The breakdowns of definitions.ts (DIMENSIONS), after 'all', in INDICATOR_DIMENSIONS' order.
  SELECT p.id, ARRAY[
    'all', p.territory, p.organisation_id::text, coalesce(p.referent_id::text, 'not_recorded'),
    p.referral_source, coalesce(pp.sex, 'not_recorded'), coalesce(pp.age_band, 'not_recorded'),
    coalesce(pp.qualification_level, 'not_recorded'), coalesce(pp.rsa::text, 'not_recorded'),
    coalesce(pp.rqth::text, 'not_recorded'), coalesce(pp.long_term_job_seeker::text, 'not_recorded'),
    coalesce((pp.qualification_level = 'infra_3')::text, 'not_recorded'),
    coalesce(pp.refugee::text, 'not_recorded'), coalesce(pp.digital_exclusion::text, 'not_recorded')]
  FROM participants p LEFT JOIN participant_profiles pp ON pp.participant_id = p.id
  WHERE p.id = ANY (ids)
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_facts"(ids uuid[]) RETURNS TABLE (participant_id uuid, measure text, day date)
LANGUAGE sql STABLE AS $$
  WITH c AS (SELECT participant_id, id, number, signed_on FROM contracts WHERE participant_id = ANY (ids)),
  e AS (SELECT participant_id, contract_id, category, exit_on FROM exits WHERE participant_id = ANY (ids)),
  p AS (SELECT id, (created_at AT TIME ZONE 'Europe/Paris')::date AS created_on FROM participants WHERE id = ANY (ids)),
  f AS (SELECT participant_id, min(signed_on) AS day FROM c GROUP BY 1),
  r AS (SELECT t.participant_id,
      min((t.at AT TIME ZONE 'Europe/Paris')::date) FILTER (WHERE (t.kind = 'participant_created'
        AND t.data ->> 'phase' = 'discovery') OR (t.kind = 'phase_changed' AND t.data ->> 'to' = 'discovery')) AS discovery,
      min((t.at AT TIME ZONE 'Europe/Paris')::date) FILTER (WHERE t.kind = 'exit_recorded') AS exit
    FROM timeline_events t WHERE t.participant_id = ANY (ids)
      AND t.kind IN ('participant_created', 'phase_changed', 'exit_recorded') GROUP BY 1),
  reached AS (SELECT r.participant_id, 'discovery' AS step, r.discovery AS day FROM r WHERE r.discovery IS NOT NULL
    UNION ALL SELECT r.participant_id, 'exit', r.exit FROM r WHERE r.exit IS NOT NULL),
  ends AS (SELECT c.participant_id, (c.signed_on + interval '15 months')::date + 1 AS after_deadline,
             (SELECT min(x.exit_on) FROM exits x WHERE x.contract_id = c.id) AS closed_on FROM c)
  SELECT id, 'created', created_on FROM p
  UNION ALL SELECT participant_id, CASE WHEN number = 1 THEN 'first_contracts' ELSE 'reentries' END, signed_on
    FROM c WHERE number >= 1
  UNION ALL SELECT participant_id, 'entry_first', min(signed_on) FROM c GROUP BY 1
  UNION ALL SELECT participant_id, 'entry_last', max(signed_on) FROM c GROUP BY 1
  UNION ALL SELECT participant_id, 'exit_' || category, exit_on FROM e
  UNION ALL SELECT participant_id, 'dynamic_first', min(exit_on) FROM e
    WHERE category IN ('employment_lasting', 'employment_transition', 'training') GROUP BY 1
  UNION ALL SELECT participant_id, 'dynamic_last', max(exit_on) FROM e
    WHERE category IN ('employment_lasting', 'employment_transition', 'training') GROUP BY 1
  UNION ALL SELECT participant_id, 'civic_first', min(exit_on) FROM e WHERE category = 'volunteering_civic' GROUP BY 1
  UNION ALL SELECT participant_id, 'civic_last', max(exit_on) FROM e WHERE category = 'volunteering_civic' GROUP BY 1
  UNION ALL SELECT e.participant_id, 'after_contract', e.exit_on FROM e JOIN contracts k ON k.id = e.contract_id
  UNION ALL SELECT e.participant_id, 'within_fifteen', e.exit_on FROM e JOIN contracts k ON k.id = e.contract_id
    WHERE e.exit_on <= (k.signed_on + interval '15 months')::date
  UNION ALL SELECT p.id, CASE WHEN f.day < p.created_on THEN 'signed_before_created' ELSE 'created_then_signed' END,
    p.created_on FROM p JOIN f ON f.participant_id = p.id
  UNION ALL SELECT p.id, 'signed_after_created', f.day FROM p JOIN f ON f.participant_id = p.id WHERE f.day >= p.created_on
  UNION ALL SELECT p.id, 'funnel_' || x.step || CASE WHEN x.day < p.created_on THEN '_early' ELSE '_created' END,
    p.created_on FROM p JOIN reached x ON x.participant_id = p.id
  UNION ALL SELECT p.id, 'funnel_' || x.step || '_reached', x.day FROM p JOIN reached x ON x.participant_id = p.id
    WHERE x.day >= p.created_on
  UNION ALL SELECT participant_id, 'overdue', after_deadline FROM ends
  UNION ALL SELECT participant_id, 'overdue_closed', greatest(after_deadline, closed_on) FROM ends
    WHERE closed_on IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_gaps_of"(ids uuid[])
RETURNS TABLE (participant_id uuid, measure text, after_on date, before_on date)
LANGUAGE sql STABLE AS $$
  -- Only pairs at least two days apart can straddle a period (a < from <= to < b).
  WITH days AS (
    SELECT participant_id, 'entry' AS measure, signed_on AS day FROM contracts WHERE participant_id = ANY (ids)
    UNION SELECT participant_id, 'dynamic', exit_on FROM exits WHERE participant_id = ANY (ids)
      AND category IN ('employment_lasting', 'employment_transition', 'training')
    UNION SELECT participant_id, 'civic', exit_on FROM exits WHERE participant_id = ANY (ids)
      AND category = 'volunteering_civic'
  ), pairs AS (
    SELECT participant_id, measure, lag(day) OVER (PARTITION BY participant_id, measure ORDER BY day) AS after_on,
      day AS before_on FROM days
  ), firsts AS (
    SELECT p.id, (p.created_at AT TIME ZONE 'Europe/Paris')::date AS created_on, min(c.signed_on) AS signed_on
    FROM participants p JOIN contracts c ON c.participant_id = p.id WHERE p.id = ANY (ids) GROUP BY 1, 2
  )
  SELECT participant_id, measure, after_on, before_on FROM pairs
    WHERE after_on IS NOT NULL AND before_on - after_on >= 2
  UNION ALL SELECT id, 'signed', created_on, signed_on FROM firsts WHERE signed_on - created_on >= 2
  UNION ALL SELECT p.id, 'funnel_' || r.step, (p.created_at AT TIME ZONE 'Europe/Paris')::date, r.day
    FROM participants p JOIN (
      SELECT t.participant_id, CASE WHEN t.kind = 'exit_recorded' THEN 'exit' ELSE 'discovery' END AS step,
        min((t.at AT TIME ZONE 'Europe/Paris')::date) AS day
      FROM timeline_events t WHERE t.participant_id = ANY (ids) AND ((t.kind = 'participant_created'
        AND t.data ->> 'phase' = 'discovery') OR (t.kind = 'phase_changed' AND t.data ->> 'to' = 'discovery')
        OR t.kind = 'exit_recorded') GROUP BY 1, 2) r ON r.participant_id = p.id
    WHERE p.id = ANY (ids) AND r.day - (p.created_at AT TIME ZONE 'Europe/Paris')::date >= 2
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_durations"(ids uuid[])
RETURNS TABLE (participant_id uuid, measure text, day date, days integer)
LANGUAGE sql STABLE AS $$
  -- 'wait': first contact to first contract, on the contract's day; 'stay': contract to exit, on the exit's.
  SELECT c.participant_id, 'wait', c.signed_on, c.signed_on - (p.created_at AT TIME ZONE 'Europe/Paris')::date
    FROM contracts c JOIN participants p ON p.id = c.participant_id
    WHERE c.participant_id = ANY (ids) AND c.number = 1
  UNION ALL SELECT e.participant_id, 'stay', e.exit_on, e.exit_on - k.signed_on
    FROM exits e JOIN contracts k ON k.id = e.contract_id WHERE e.participant_id = ANY (ids)
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_apply_durations"(ids uuid[], direction integer) RETURNS void
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
    INSERT INTO indicator_duration_months (measure, dimension, key, month, days, n)
      SELECT measure, dimension, key, date_trunc('month', day)::date, days, sum(n)
      FROM indicator_duration_days GROUP BY 1, 2, 3, 4, 5;
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
  INSERT INTO indicator_duration_months AS t (measure, dimension, key, month, days, n)
    SELECT f.measure, d.dimension, d.key, date_trunc('month', f.day)::date, f.days, direction * count(*)
    FROM indicator_subjects s
    CROSS JOIN LATERAL unnest(s.duration_measures, s.duration_days, s.duration_values) AS f(measure, day, days)
    CROSS JOIN LATERAL unnest(indicator_dimensions(), s.keys) AS d(dimension, key)
    WHERE s.participant_id = ANY (ids)
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (measure, dimension, key, month, days) DO UPDATE SET n = t.n + excluded.n;
END;
$$;
--> statement-breakpoint
DO $do$
DECLARE
  measures text[] := ARRAY['created', 'reentries', 'first_contracts', 'entry_first', 'entry_last',
    'dynamic_first', 'dynamic_last', 'civic_first', 'civic_last', 'exit_employment_lasting',
    'exit_employment_transition', 'exit_training', 'exit_volunteering_civic', 'exit_other',
    'exit_dropped_out', 'after_contract', 'within_fifteen', 'signed_before_created',
    'created_then_signed', 'signed_after_created', 'overdue', 'overdue_closed',
    'funnel_discovery_early', 'funnel_discovery_created', 'funnel_discovery_reached',
    'funnel_exit_early', 'funnel_exit_created', 'funnel_exit_reached'];
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
BEGIN
  SELECT string_agg(format('%I', m), ', '),
         string_agg(format('sum(%I)', m), ', '),
         string_agg(format('count(*) FILTER (WHERE f.measure = %L) AS %I', m, m), ', '),
         string_agg(format('direction * sum(f.%I)', m), ', '),
         string_agg(format('%1$I = t.%1$I + excluded.%1$I', m), ', ')
    INTO names, totals, counts, sums, adds FROM unnest(measures) AS m;
  -- Rows are written in key order, so two transactions lock the rows they share in the same order.
  EXECUTE format($fn$
    CREATE FUNCTION "indicator_apply"(ids uuid[], direction integer) RETURNS void
    LANGUAGE plpgsql AS $body$
    BEGIN
      %s
      %s
    END;
    $body$;
  $fn$,
  format(upsert, 'indicator_days', 'day', names, 'f.day', counts, sums, adds,
    'WHERE s.participant_id = ANY (ids)'),
  format(upsert, 'indicator_months', 'month', names, $m$date_trunc('month', f.day)::date$m$, counts, sums,
    adds, 'WHERE s.participant_id = ANY (ids)'));
  -- The rebuild's one pass over every participant into empty tables, the months from the days.
  EXECUTE format($fn$
    CREATE FUNCTION "indicator_fill"() RETURNS void
    LANGUAGE plpgsql AS $body$
    DECLARE
      direction integer := 1;
    BEGIN
      %s
      INSERT INTO indicator_months (dimension, key, month, %s)
        SELECT dimension, key, date_trunc('month', day)::date, %s FROM indicator_days GROUP BY 1, 2, 3;
    END;
    $body$;
  $fn$,
  format(upsert, 'indicator_days', 'day', names, 'f.day', counts, sums, adds, ''), names, totals);
END;
$do$;
--> statement-breakpoint
CREATE FUNCTION "indicator_refresh"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
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
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_store"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
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
  INSERT INTO indicator_gaps (participant_id, measure, after_on, before_on)
    SELECT g.participant_id, g.measure, g.after_on, g.before_on FROM indicator_gaps_of(ids) g;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_refresh_row"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  done text := current_setting('territoires.indicator_refreshed', true);
  mine text := txid_current()::text || ':';
BEGIN
  IF TG_OP = 'INSERT' THEN ids := ARRAY[(to_jsonb(NEW) ->> TG_ARGV[0])::uuid];
  ELSIF TG_OP = 'DELETE' THEN ids := ARRAY[(to_jsonb(OLD) ->> TG_ARGV[0])::uuid];
  ELSE ids := ARRAY[(to_jsonb(OLD) ->> TG_ARGV[0])::uuid, (to_jsonb(NEW) ->> TG_ARGV[0])::uuid];
  END IF;
  -- At commit every write of the transaction is done: one refresh per participant is enough.
  IF done IS NULL OR left(done, length(mine)) <> mine THEN done := mine; END IF;
  ids := ARRAY(SELECT DISTINCT x FROM unnest(ids) AS x WHERE position(x::text IN done) = 0);
  IF cardinality(ids) = 0 THEN RETURN NULL; END IF;
  PERFORM set_config('territoires.indicator_refreshed', done || array_to_string(ids, ',') || ',', true);
  -- Refreshing commits queue on the read_versions row (ADR 0028), which the badge tables' commits
  -- also lock: taken first, whatever the order of a transaction's writes, no two commits wait for
  -- each other's summary rows or subjects.
  PERFORM 1 FROM read_versions WHERE id = 1 FOR NO KEY UPDATE;
  PERFORM indicator_refresh(ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  PERFORM set_config('work_mem', '256MB', true);
  -- Statistics first: after a bulk load (or on PGlite, which has no autovacuum) the planner would
  -- otherwise guess, and a guess on a hundred thousand participants costs hours.
  ANALYZE participants, participant_profiles, contracts, exits, timeline_events;
  TRUNCATE indicator_days, indicator_months, indicator_subjects, indicator_gaps, indicator_duration_days,
    indicator_duration_months;
  FOR ids IN SELECT array_agg(id) FROM (
    SELECT id, (row_number() OVER (ORDER BY id) - 1) / 5000 AS batch FROM participants) b GROUP BY batch
  LOOP
    PERFORM indicator_store(ids);
  END LOOP;
  PERFORM indicator_fill();
  PERFORM indicator_apply_durations(NULL, 1);
  ANALYZE indicator_days, indicator_months, indicator_subjects, indicator_gaps, indicator_duration_days,
    indicator_duration_months;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_rebuild_statement"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM indicator_rebuild();
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh" AFTER INSERT OR DELETE
  OR UPDATE OF territory, organisation_id, referent_id, referral_source, created_at ON "participants"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "indicator_refresh_row"('id');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh" AFTER INSERT OR UPDATE OR DELETE ON "participant_profiles"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "indicator_refresh_row"('participant_id');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh" AFTER INSERT OR DELETE
  OR UPDATE OF participant_id, number, signed_on ON "contracts"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "indicator_refresh_row"('participant_id');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh" AFTER INSERT OR DELETE
  OR UPDATE OF participant_id, contract_id, exit_on, category ON "exits"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "indicator_refresh_row"('participant_id');
--> statement-breakpoint
-- Only the phase history of the funnel: the other events (notes, attendance…) change no figure.
CREATE CONSTRAINT TRIGGER "indicator_refresh_insert" AFTER INSERT ON "timeline_events"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW.kind IN ('participant_created', 'phase_changed', 'exit_recorded'))
  EXECUTE FUNCTION "indicator_refresh_row"('participant_id');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh_update" AFTER UPDATE ON "timeline_events"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.kind IN ('participant_created', 'phase_changed', 'exit_recorded')
    OR NEW.kind IN ('participant_created', 'phase_changed', 'exit_recorded'))
  EXECUTE FUNCTION "indicator_refresh_row"('participant_id');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "indicator_refresh_delete" AFTER DELETE ON "timeline_events"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.kind IN ('participant_created', 'phase_changed', 'exit_recorded'))
  EXECUTE FUNCTION "indicator_refresh_row"('participant_id');
--> statement-breakpoint
DO $$
DECLARE
  watched text;
BEGIN
  FOREACH watched IN ARRAY ARRAY['participants', 'participant_profiles', 'contracts', 'exits', 'timeline_events'] LOOP
    EXECUTE format('CREATE TRIGGER "indicator_rebuild" AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION "indicator_rebuild_statement"()', watched);
  END LOOP;
END;
$$;
--> statement-breakpoint
SELECT indicator_rebuild();
