import { ACTIVITY_KINDS, REFERRAL_SOURCES, TERRITORIES } from '@territoires/contracts';

/*
 * The national dataset as set-based SQL (issue 21): each step one statement over generate_series,
 * numbered rows mapped to uuids through unlogged staging tables (bench_*), dropped at the end.
 * Sizes follow the participants: one organisation per 5,000, one référent per 200, one activity
 * per 150 with a weekly session for the programme's 156 weeks, 20 presences and 5 badges each.
 */

export interface Sizes {
  participants: number;
  organisations: number;
  referents: number;
  activities: number;
  sessions: number;
  attendances: number;
  awards: number;
}

export const WEEKS = 156;
export const START = '2020-11-01';
/** The day the data stops: the programme's last day (36 months). */
export const TODAY = '2023-10-31';

export function sizesFor(participants: number): Sizes {
  const activities = Math.max(4, Math.ceil(participants / 150));
  return {
    participants,
    organisations: Math.max(4, Math.ceil(participants / 5000)),
    referents: Math.max(4, Math.ceil(participants / 200)),
    activities,
    sessions: activities * WEEKS,
    attendances: participants * 20,
    awards: participants * 5,
  };
}

const list = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]`;
/** A uniform pick from a text array, for row g (the random() of each row). */
const pick = (values: readonly string[]) =>
  `(${list(values)})[1 + floor(random() * ${values.length})::int]`;

const THEMATIQUES = [
  'remobilisation--lien-social',
  'remobilisation--bien-etre-confiance-en-soi',
  'remobilisation--activites-sportives-et-culturelles',
  'remobilisation--benevolat-action-citoyenne',
  'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite',
  'numerique--acceder-a-du-materiel',
];

/** Organisations, their référents (staff and membership) and a coordination account. */
export const people = (s: Sizes): string[] => [
  `create unlogged table bench_org as select g, gen_random_uuid() as id from generate_series(0, ${s.organisations - 1}) g`,
  'analyze bench_org',
  `insert into organisations (id, name, kind) select id, 'Structure nationale ' || g, 'consortium_member' from bench_org`,
  `create unlogged table bench_staff as select g, gen_random_uuid() as id, g % ${s.organisations} as org from generate_series(0, ${s.referents - 1}) g`,
  'analyze bench_staff',
  `insert into staff (id, email, display_name, password_hash) select id, 'referent' || g || '@national.bench', 'Référent ' || g, 'not-a-hash' from bench_staff`,
  `insert into memberships (staff_id, organisation_id, role) select s.id, o.id, 'referent' from bench_staff s join bench_org o on o.g = s.org`,
];

/**
 * Each person's story, planned in one staging row: created over the programme, 85 % sign a first
 * contract 15 to 90 days later, most leave 60 to 470 days after signing, a third of those come back.
 */
export const stories = (s: Sizes): string[] => [
  `create unlogged table bench_p as
   select g, gen_random_uuid() as id, (g % ${s.referents}) as referent,
     (date '${START}' + floor(random() * 1079)::int) as created,
     random() < 0.85 as signs, 15 + floor(random() * 76)::int as wait1,
     60 + floor(random() * 411)::int as stay1, 15 + floor(random() * 286)::int as wait2,
     60 + floor(random() * 411)::int as stay2, random() < 0.35 as returns,
     floor(random() * 100)::int as outcome1, floor(random() * 100)::int as outcome2
   from generate_series(0, ${s.participants - 1}) g`,
  `alter table bench_p add column signed1 date, add column exit1 date, add column signed2 date, add column exit2 date`,
  'analyze bench_p',
  `update bench_p set signed1 = case when signs and created + wait1 <= date '${TODAY}' then created + wait1 end`,
  `update bench_p set exit1 = case when signed1 + stay1 <= date '${TODAY}' then signed1 + stay1 end`,
  `update bench_p set signed2 = case when returns and exit1 + wait2 <= date '${TODAY}' then exit1 + wait2 end`,
  `update bench_p set exit2 = case when signed2 + stay2 <= date '${TODAY}' then signed2 + stay2 end`,
  `insert into participants (id, pseudonym, referral_source, territory, phase, organisation_id, referent_id, created_at, last_event_at)
   select p.id, 'National ' || p.g, ${pick(REFERRAL_SOURCES)},
     case when random() < 0.08 then 'rural_vallees_orne_odon' else ${pick(TERRITORIES)} end,
     case when signed2 is not null and exit2 is null then 'accompaniment' when signed1 is not null and exit1 is null then 'insertion'
          when exit1 is not null then 'exit' else 'discovery' end,
     o.id, st.id, (p.created + time '09:00') at time zone 'Europe/Paris', (p.created + time '09:00') at time zone 'Europe/Paris'
   from bench_p p join bench_staff st on st.g = p.referent join bench_org o on o.g = st.org`,
  `insert into participant_profiles (participant_id, sex, age_band, qualification_level, long_term_job_seeker, digital_exclusion, rsa, rqth, refugee, consent_recorded_at, consent_recorded_by)
   select p.id, ${pick(['female', 'male', 'female', 'male', 'other'])}, ${pick(['under_26', '26_44', '45_54', '55_plus'])},
     ${pick(['infra_3', 'infra_3', 'level_3', 'level_4', 'level_5_plus'])}, random() < 0.5, random() < 0.35, random() < 0.4,
     random() < 0.15, random() < 0.1, p.signed1 + time '11:00', st.id
   from bench_p p join bench_staff st on st.g = p.referent where p.signed1 is not null`,
];

/** Exit categories by a number 0–99: two thirds dynamic, the rest civic, other and dropped out. */
const EXIT = (outcome: string) => `case when ${outcome} < 25 then 'cdi|employment_lasting'
  when ${outcome} < 45 then 'cdd|employment_transition' when ${outcome} < 65 then 'training_qualifying|training'
  when ${outcome} < 70 then 'civic_service|volunteering_civic' when ${outcome} < 80 then 'other|other' else 'dropped_out|dropped_out' end`;

const contractOf = (n: 1 | 2) => [
  `insert into contracts (id, participant_id, number, signed_on, planned_end_on, status, co_signer_ids, created_at)
   select gen_random_uuid(), p.id, ${n}, p.signed${n}, p.signed${n} + interval '12 months',
     case when p.exit${n} is null then 'active' else 'ended' end, jsonb_build_array(st.id), p.signed${n} + time '10:00'
   from bench_p p join bench_staff st on st.g = p.referent where p.signed${n} is not null`,
  `insert into exits (participant_id, contract_id, exit_on, situation, contract_months, category, created_at)
   select p.id, c.id, p.exit${n}, split_part(${EXIT(`p.outcome${n}`)}, '|', 1),
     case when p.outcome${n} between 25 and 44 then 4 end, split_part(${EXIT(`p.outcome${n}`)}, '|', 2), p.exit${n} + time '12:00'
   from bench_p p join contracts c on c.participant_id = p.id and c.number = ${n} where p.exit${n} is not null`,
];

/** Contracts, exits, the deadline the list reads, and the timeline the funnel reads. */
export const pathways = (): string[] => [
  ...contractOf(1),
  ...contractOf(2),
  `update participants p set contract_deadline_on = (c.signed_on + interval '15 months')::date
   from contracts c where c.participant_id = p.id and c.status = 'active'`,
  `insert into timeline_events (participant_id, at, kind, actor_id, data)
   select id, created_at, 'participant_created', referent_id, '{"phase":"discovery"}'::jsonb from participants where pseudonym like 'National %'`,
  `insert into timeline_events (participant_id, at, kind, actor_id, data)
   select c.participant_id, c.created_at, 'contract_signed', null, jsonb_build_object('contractId', c.id, 'number', c.number)
   from contracts c join bench_p p on p.id = c.participant_id`,
  `insert into timeline_events (participant_id, at, kind, actor_id, data)
   select e.participant_id, e.created_at, 'exit_recorded', null, jsonb_build_object('exitOn', e.exit_on, 'category', e.category)
   from exits e join bench_p p on p.id = e.participant_id`,
];

/** Activities of the organisations, one session a week each, and 20 presences per participant. */
export const activityRows = (s: Sizes): string[] => [
  `create unlogged table bench_a as select g, gen_random_uuid() as id, g % ${s.organisations} as org from generate_series(0, ${s.activities - 1}) g`,
  'analyze bench_a',
  `insert into activities (id, organisation_id, title, kind, thematiques, territory)
   select a.id, o.id, 'Atelier ' || a.g, ${pick(ACTIVITY_KINDS)},
     case when random() < 0.5 then jsonb_build_array(${pick(THEMATIQUES)}) else jsonb_build_array(${pick(THEMATIQUES)}, ${pick(THEMATIQUES)}) end,
     ${pick(TERRITORIES)}
   from bench_a a join bench_org o on o.g = a.org`,
  `update activities set thematiques = (select coalesce(jsonb_agg(distinct t), '[]'::jsonb) from jsonb_array_elements_text(thematiques) t) where title like 'Atelier %'`,
  `create unlogged table bench_s as
   select (a.g * ${WEEKS} + w) as g, gen_random_uuid() as id, a.id as activity, a.org,
     (date '${START}' + w * 7 + a.g % 5 + time '14:00') at time zone 'Europe/Paris' as starts_at
   from bench_a a cross join generate_series(0, ${WEEKS - 1}) w`,
  'analyze bench_s',
  `insert into activity_sessions (id, activity_id, starts_at, ends_at, capacity, cancelled_at)
   select id, activity, starts_at, starts_at + interval '2 hours', 30, case when random() < 0.03 then starts_at - interval '2 days' end from bench_s`,
  `insert into attendances (session_id, participant_id, client_id, method, recorded_by_id, recorded_at, status)
   select s.id, p.id, gen_random_uuid(), 'roster', st.id, s.starts_at,
     case when random() < 0.9 then 'present' when random() < 0.5 then 'late' else 'absent' end
   from generate_series(0::bigint, ${s.attendances - 1}) a
   join bench_s s on s.g = a % ${s.sessions}
   join bench_p p on p.g = ((a % ${s.sessions}) * 7919 + (a / ${s.sessions}) * 104729) % ${s.participants}
   join bench_staff st on st.g = s.org`,
];

/**
 * Badges: ten per organisation, five offers per participant, most accepted (the one signed template
 * copied with a new id: the figures never read signatures), a tenth of those shared and some endorsed.
 */
export const badgeRows = (s: Sizes, template: string): string[] => [
  `insert into badge_issuers (organisation_id, slug) select id, 'structure-nationale-' || g from bench_org`,
  `create unlogged table bench_b as select g, gen_random_uuid() as id, g % ${s.organisations} as org from generate_series(0, ${s.organisations * 10 - 1}) g`,
  'analyze bench_b',
  `insert into achievements (id, organisation_id, name, description, criteria, achievement_type, image_alt, created_by_id)
   select b.id, o.id, 'Badge ' || b.g, 'Une expérience vécue', 'Avoir participé', 'Competency', 'Badge ' || b.g, st.id
   from bench_b b join bench_org o on o.g = b.org join bench_staff st on st.g = b.org`,
  `insert into awards (id, achievement_id, participant_id, status, offered_by_id, offered_at, accepted_at, credential, declined_at)
   select gen_random_uuid(), b.id, p.id, w.status, st.id, w.offered,
     case when w.status = 'accepted' then w.offered + interval '3 days' end,
     case when w.status = 'accepted' then jsonb_set($json$${template}$json$::jsonb, '{id}', to_jsonb('urn:uuid:' || gen_random_uuid())) end,
     case when w.status = 'declined' then w.offered + interval '2 days' end
   from (select pg, pg % ${s.referents} as referent, (pg % ${s.referents}) % ${s.organisations} + ${s.organisations} * slot as badge,
           status, offered
         from (select (a * 7919) % ${s.participants} as pg, a / ${s.participants} as slot,
           case when random() < 0.75 then 'accepted' when random() < 0.6 then 'offered' else 'declined' end as status,
           (date '${START}' + floor(random() * 1090)::int + time '15:00') at time zone 'Europe/Paris' as offered
         from generate_series(0::bigint, ${s.awards - 1}) a) drawn) w
   join bench_p p on p.g = w.pg
   join bench_staff st on st.g = w.referent
   join bench_b b on b.g = w.badge`,
  `insert into award_shares (award_id, token_hash, created_at)
   select id, encode(sha256(id::text::bytea), 'hex'), accepted_at + interval '1 day' from awards where status = 'accepted' and random() < 0.1`,
  `insert into endorsers (id, name) values ('00000000-0000-4000-8000-00000000e0d0', 'Entreprise du territoire')`,
  `insert into endorsements (target_kind, target_id, endorser_id, comment, credential, status, decided_at)
   select 'award', id, '00000000-0000-4000-8000-00000000e0d0', 'Très bon travail', '{}'::jsonb, 'accepted', accepted_at + interval '10 days'
   from awards where status = 'accepted' and random() < 0.03`,
];

/** The staging tables go (vacuum and analyze follow, outside any transaction). */
export const cleanUp = (): string[] => [
  'drop table bench_org, bench_staff, bench_p, bench_a, bench_s, bench_b',
];
