import type { ExitSituation, ReferralSource, Territory } from '@territoires/contracts';
import {
  addMonths,
  contractDeadline,
  exitCategory,
  MAX_CONTRACT_MONTHS,
  REFERRAL_SOURCES,
  TERRITORIES,
} from '@territoires/contracts';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import {
  auditEvents,
  contractObjectives,
  contracts,
  exits,
  followUpAssignments,
  participantProfiles,
  participants,
  timelineEvents,
} from '../db/schema.js';
import { addDays } from '../time/index.js';
import { KEY_OBJECTIVES } from './personas.js';
import type { Random } from './random.js';
import type { SeededReference } from './reference.js';

/*
 * The demo's crowd: the people beyond the storied ones (history.ts), so that the consortium is
 * sized like the real programme (about 500 people over three years, every territory and public).
 * Planned in memory, then written in bulk, a few statements per table: the same rows the domain
 * services would write (contracts numbered, the 15-month deadline, exits categorised by the rule,
 * the team, the profile with consent at the first contract, timeline and audit), in a second or two.
 */

type Rows<T extends { $inferInsert: unknown }> = T['$inferInsert'][];
interface Plan {
  participants: Rows<typeof participants>;
  assignments: Rows<typeof followUpAssignments>;
  profiles: Rows<typeof participantProfiles>;
  contracts: Rows<typeof contracts>;
  objectives: Rows<typeof contractObjectives>;
  exits: Rows<typeof exits>;
  timeline: Rows<typeof timelineEvents>;
  audit: Rows<typeof auditEvents>;
}

const SITUATIONS: readonly ExitSituation[] = [
  ...(['cdi', 'cdd', 'cdd', 'interim', 'subsidised_job'] as const),
  ...(['training_qualifying', 'training_qualifying', 'training_prequalifying'] as const),
  ...(['volunteering', 'civic_service', 'other', 'dropped_out', 'dropped_out'] as const),
];
const RURAL: Territory = 'rural_vallees_orne_odon';
const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

type Kind = 'participant_created' | 'contract_signed' | 'profile_recorded' | 'exit_recorded';

/** One person being planned: their id, who follows them, the rows written so far. */
interface Person {
  plan: Plan;
  random: Random;
  id: string;
  referent: Actor;
  coSignerIds: string[];
  today: string;
  /** Timeline (and audit) events so far: the participant's version is one more. */
  events: number;
  lastEventAt: string;
}

/** A timeline event and its audit event, as recordParticipantEvent writes them. */
function event(
  p: Person,
  kind: Kind,
  when: string,
  data: Record<string, unknown>,
  audit: [string, string, string],
) {
  const [action, entityType, entityId] = audit;
  const actorId = p.referent.staffId;
  p.plan.timeline.push({ participantId: p.id, at: when, kind, actorId, data });
  p.plan.audit.push({ at: when, actorId, action, entityType, entityId, after: data });
  p.events += 1;
  p.lastEventAt = when;
}

/** The profile, recorded with consent at the first contract. */
function planProfile(p: Person, signedOn: string) {
  const { random } = p;
  p.plan.profiles.push({
    participantId: p.id,
    sex: random.pick(['female', 'male', 'female', 'male', 'other']),
    ageBand: random.pick(['under_26', '26_44', '45_54', '55_plus']),
    qualificationLevel: random.pick(['infra_3', 'infra_3', 'level_3', 'level_4', 'level_5_plus']),
    longTermJobSeeker: random.chance(0.5),
    digitalExclusion: random.chance(0.35),
    rsa: random.chance(0.4),
    rqth: random.chance(0.15),
    refugee: random.chance(0.1),
    consentRecordedAt: at(signedOn, 11),
    consentRecordedBy: p.referent.staffId,
  });
  event(p, 'profile_recorded', at(signedOn, 11), { fields: ['sex', 'ageBand'] }, [
    'participant.profile',
    'participant',
    p.id,
  ]);
}

/** The exit that ends a contract, its category computed by the rule. */
function planExit(p: Person, contractId: string, exitOn: string) {
  const situation = p.random.pick(SITUATIONS);
  const contractMonths =
    situation === 'cdd' || situation === 'interim' ? p.random.int(1, 12) : null;
  const category = exitCategory(situation, contractMonths);
  const id = randomUUID();
  p.plan.exits.push({
    id,
    participantId: p.id,
    contractId,
    exitOn,
    situation,
    contractMonths,
    category,
    createdAt: at(exitOn, 12),
  });
  event(p, 'exit_recorded', at(exitOn, 12), { exitOn, situation, category }, [
    'participant.exit',
    'exit',
    id,
  ]);
}

/** A contract signed on a day, its objectives; ended by an exit unless that would be after today. */
function planContract(p: Person, number: number, signedOn: string): { exitOn: string | null } {
  const { random } = p;
  const id = randomUUID();
  const exitOn = addDays(signedOn, random.int(60, 470));
  const ended = exitOn < p.today;
  p.plan.contracts.push({
    id,
    participantId: p.id,
    number,
    signedOn,
    plannedEndOn: addMonths(signedOn, random.int(9, MAX_CONTRACT_MONTHS)),
    status: ended ? 'ended' : 'active',
    coSignerIds: p.coSignerIds,
    createdAt: at(signedOn, 10),
  });
  for (let position = 0; position < 6; position++)
    p.plan.objectives.push({ contractId: id, position, text: random.pick(KEY_OBJECTIVES) });
  const data = { contractId: id, number, signedOn, reentry: number > 1 };
  event(p, 'contract_signed', at(signedOn, 10), data, ['contract.sign', 'contract', id]);
  if (number === 1) planProfile(p, signedOn);
  if (!ended) return { exitOn: null };
  planExit(p, id, exitOn);
  return { exitOn };
}

type Phase = 'discovery' | 'accompaniment' | 'insertion' | 'exit';

/** Up to two contracts (a re-entry after an exit); where the person stands today. */
function planPathway(p: Person, created: string): { phase: Phase; deadline: string | null } {
  let day = created;
  let phase: Phase = 'discovery';
  for (let number = 1; number <= 2; number++) {
    if (!p.random.chance(number === 1 ? 0.8 : 0.4)) break;
    const signedOn = addDays(day, p.random.int(15, number === 1 ? 90 : 300));
    if (signedOn >= p.today) break;
    const { exitOn } = planContract(p, number, signedOn);
    if (exitOn === null)
      return {
        phase: p.random.chance(0.5) ? 'insertion' : 'accompaniment',
        deadline: contractDeadline(signedOn),
      };
    phase = 'exit';
    day = exitOn;
  }
  return { phase, deadline: null };
}

/** One person's story, planned: the rows it leaves. */
function planPerson(
  plan: Plan,
  random: Random,
  team: [Actor, Actor],
  index: number,
  today: string,
) {
  const [referent, coordinator] = team;
  const id = randomUUID();
  const created = addDays(today, -random.int(2, 1090));
  const withCoordinator = random.chance(0.5);
  const coSignerIds = withCoordinator
    ? [referent.staffId, coordinator.staffId]
    : [referent.staffId];
  const p: Person = { plan, random, id, referent, coSignerIds, today, events: 0, lastEventAt: '' };
  event(p, 'participant_created', at(created, 9), { phase: 'discovery' }, [
    'participant.create',
    'participant',
    id,
  ]);
  const { phase, deadline } = planPathway(p, created);
  plan.participants.push({
    id,
    pseudonym: `Groupe ${String(index + 1).padStart(3, '0')}`,
    referralSource: random.pick<ReferralSource>(REFERRAL_SOURCES),
    territory: random.chance(0.08) ? RURAL : random.pick<Territory>(TERRITORIES),
    phase,
    organisationId: referent.memberships[0]?.organisationId ?? '',
    referentId: referent.staffId,
    coordinatorId: withCoordinator ? coordinator.staffId : null,
    contractDeadlineOn: deadline,
    version: p.events,
    createdAt: at(created, 9),
    lastEventAt: p.lastEventAt,
  });
  plan.assignments.push({
    participantId: id,
    staffId: referent.staffId,
    role: 'referent',
    startOn: created,
  });
  if (withCoordinator)
    plan.assignments.push({
      participantId: id,
      staffId: coordinator.staffId,
      role: 'coordinator',
      startOn: created,
    });
}

/** Inserts rows a thousand at a time (well under PostgreSQL's limit of bound parameters). */
async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000)
    await insert(rows.slice(start, start + 1000));
}

/** `count` more people, numbered from `first`, over the last three years: planned, then written in bulk. */
export async function writeCrowd(
  db: Db,
  reference: SeededReference,
  random: Random,
  today: string,
  first: number,
  count: number,
): Promise<void> {
  const { referent, referent2, referent3, coordinator } = reference.actors;
  const referents = [referent, referent2, referent3];
  const plan: Plan = {
    participants: [],
    assignments: [],
    profiles: [],
    contracts: [],
    objectives: [],
    exits: [],
    timeline: [],
    audit: [],
  };
  for (let i = 0; i < count; i++)
    planPerson(
      plan,
      random,
      [referents[i % referents.length] ?? referent, coordinator],
      first + i,
      today,
    );
  await db.transaction(async (tx) => {
    await insertAll(plan.participants, (c) => tx.insert(participants).values(c));
    await insertAll(plan.assignments, (c) => tx.insert(followUpAssignments).values(c));
    await insertAll(plan.profiles, (c) => tx.insert(participantProfiles).values(c));
    await insertAll(plan.contracts, (c) => tx.insert(contracts).values(c));
    await insertAll(plan.objectives, (c) => tx.insert(contractObjectives).values(c));
    await insertAll(plan.exits, (c) => tx.insert(exits).values(c));
    await insertAll(plan.timeline, (c) => tx.insert(timelineEvents).values(c));
    await insertAll(plan.audit, (c) => tx.insert(auditEvents).values(c));
  });
}
