import type { ExitSituation, ReferralSource, Territory } from '@territoires/contracts';
import {
  MAX_CONTRACT_MONTHS,
  REFERRAL_SOURCES,
  TERRITORIES,
  addMonths,
} from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { activityRegistrations } from '../db/schema.js';
import { createNote } from '../notes/index.js';
import { changePhase, recordExit, signContract } from '../pathway/index.js';
import { createParticipant, updateProfile } from '../participants/index.js';
import type { Services } from '../services.js';
import { KEY_OBJECTIVES } from './personas.js';
import type { Random } from './random.js';
import type { SeededReference } from './reference.js';
import { plusDays, utcDay } from '../time/index.js';

const NICKNAMES = [
  'Lune',
  'Tigre',
  'Azur',
  'Sésame',
  'Colibri',
  'Orage',
  'Cerise',
  'Mistral',
  'Galet',
  'Pépite',
  'Renard',
  'Sirocco',
  'Brindille',
  'Comète',
  'Papillon',
  'Caramel',
  'Éclair',
  'Flocon',
  'Grizzly',
  'Hibou',
  'Iris',
  'Jade',
  'Kiwi',
  'Lynx',
  'Mimosa',
  'Nuage',
  'Olive',
  'Panda',
  'Quartz',
  'Roseau',
  'Saphir',
  'Tornade',
  'Ursa',
  'Vanille',
  'Wapiti',
  'Zéphyr',
];

const EXIT_SITUATIONS: [ExitSituation, number][] = [
  ['cdi', 0.14],
  ['cdd', 0.16],
  ['interim', 0.1],
  ['business_creation', 0.03],
  ['subsidised_job', 0.08],
  ['training_qualifying', 0.14],
  ['training_prequalifying', 0.08],
  ['volunteering', 0.06],
  ['civic_service', 0.04],
  ['other', 0.05],
  ['dropped_out', 0.12],
];

function weighted(random: Random): ExitSituation {
  let roll = random.next();
  for (const [situation, weight] of EXIT_SITUATIONS) {
    roll -= weight;
    if (roll <= 0) return situation;
  }
  return 'other';
}

/** The clock the domain services read: the seed moves it along each person's story. */
export interface TimeMachine {
  services: Services;
  set(date: Date): void;
}

interface Story {
  random: Random;
  machine: TimeMachine;
  reference: SeededReference;
  today: Date;
  index: number;
}

const objectives = (random: Random, count: number): string[] => {
  const shuffled = [...KEY_OBJECTIVES].sort(() => random.next() - 0.5);
  return shuffled.slice(0, count);
};

type File = Awaited<ReturnType<typeof createParticipant>>;

/** A story being told: the participant's file as it stands, and the day the story has reached. */
interface Journey {
  story: Story;
  referent: Actor;
  withCoordinator: boolean;
  file: File;
  /** Moves the clock `days` on; false (and no move) when that would reach today. */
  step: (days: number) => boolean;
  at: () => Date;
}

/** The file opened on a day in the last three years, and the activities the person signed up to. */
async function openFile(story: Story): Promise<Journey> {
  const { random, machine, reference, today, index } = story;
  const { services } = machine;
  const referents: Actor[] = [
    reference.actors.referent,
    reference.actors.referent2,
    reference.actors.referent3,
  ];
  const referent = referents[index % referents.length] ?? reference.actors.referent;
  let at = plusDays(today, -random.int(2, 1090));
  machine.set(at);
  const withCoordinator = random.chance(0.5);
  const file = await createParticipant(services, referent, {
    pseudonym: `${random.pick(NICKNAMES)} ${String(index + 1).padStart(3, '0')}`,
    referralSource: random.pick<ReferralSource>(REFERRAL_SOURCES),
    territory: random.pick<Territory>(TERRITORIES),
    phase: random.chance(0.3) ? 'outreach' : 'discovery',
    ...(withCoordinator ? { coordinatorId: reference.actors.coordinator.staffId } : {}),
    ...(random.chance(0.4)
      ? {
          contact: `06 ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`,
        }
      : {}),
  });
  const registered = new Set<string>();
  for (let n = random.int(1, 3); n > 0; n--) registered.add(random.pick(reference.activityIds).id);
  await services.database.db.insert(activityRegistrations).values(
    [...registered].map((activityId) => ({
      activityId,
      participantId: file.id,
      createdAt: at.toISOString(),
    })),
  );
  const step = (days: number): boolean => {
    const next = plusDays(at, days);
    if (next >= today) return false;
    at = next;
    machine.set(at);
    return true;
  };
  return { story, referent, withCoordinator, file, step, at: () => at };
}

/** Entering the programme: the contract, the profile (first time), insertion, a note, the exit. */
async function programme(journey: Journey, entry: number): Promise<boolean> {
  const { random, machine, reference } = journey.story;
  const { services } = machine;
  const { referent, step } = journey;
  if (!random.chance(entry === 0 ? 0.8 : 0.5) || !step(random.int(15, 90))) return false;
  const signedOn = utcDay(journey.at());
  const coSigners = journey.withCoordinator
    ? [referent.staffId, reference.actors.coordinator.staffId]
    : [referent.staffId];
  let file = await signContract(services, referent, journey.file.id, {
    version: journey.file.version,
    signedOn,
    plannedEndOn: addMonths(signedOn, random.int(9, MAX_CONTRACT_MONTHS)),
    coSigners: { participant: true, staffIds: coSigners },
    objectives: objectives(random, random.int(6, 10)),
  });
  if (entry === 0) {
    file = await updateProfile(services, referent, file.id, {
      version: file.version,
      consent: true,
      sex: random.pick(['female', 'male', 'other'] as const),
      ageBand: random.pick(['under_26', '26_44', '45_54', '55_plus'] as const),
      qualificationLevel: random.pick(['infra_3', 'infra_3', 'level_3', 'level_4'] as const),
      longTermJobSeeker: random.chance(0.5),
      digitalExclusion: random.chance(0.35),
      rsa: random.chance(0.4),
      rqth: random.chance(0.15),
      refugee: random.chance(0.1),
    });
  }
  if (random.chance(0.65) && step(random.int(60, 240))) {
    file = await changePhase(services, referent, file.id, {
      version: file.version,
      to: 'insertion',
    });
  }
  if (step(random.int(20, 60))) {
    await createNote(services, referent, file.id, {
      body: 'Bilan du mois : progrès sur la ponctualité.',
      private: random.chance(0.3),
    });
  }
  journey.file = file;
  if (!step(random.int(30, 200))) return false;
  const situation = weighted(random);
  journey.file = await recordExit(services, referent, file.id, {
    version: file.version,
    exitOn: utcDay(journey.at()),
    situation,
    ...(situation === 'cdd' || situation === 'interim'
      ? { contractMonths: random.int(1, 12) }
      : {}),
  });
  return step(random.int(60, 300));
}

/** One participant's journey over the last three years, written through the real domain services. */
export async function tellStory(story: Story): Promise<void> {
  const { random, machine } = story;
  const { services } = machine;
  const journey = await openFile(story);
  const { referent, step } = journey;
  if (journey.file.phase === 'outreach' && step(random.int(3, 20))) {
    journey.file = await changePhase(services, referent, journey.file.id, {
      version: journey.file.version,
      to: 'discovery',
    });
  }
  if (step(random.int(5, 30))) {
    await createNote(services, referent, journey.file.id, {
      body: 'Premier échange au café du WIP, envie d’essayer le fablab.',
      private: false,
    });
  }
  for (let entry = 0; entry < 2; entry++) if (!(await programme(journey, entry))) return;
}
