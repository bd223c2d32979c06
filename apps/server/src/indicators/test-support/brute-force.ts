import {
  contractDeadline,
  daysBetween,
  DYNAMIC_EXIT_CATEGORIES,
  type ExitCategory,
  type IndicatorFigures,
  type ReferralSource,
  type Territory,
} from '@territoires/contracts';
import { parisDay } from '../../time/index.js';
import { ALL, NOT_RECORDED, type Dimension, type Scope } from '../definitions.js';
import { emptyFigures } from '../figures.js';

/**
 * docs/indicators.md recomputed in plain TypeScript over raw rows, the slow obvious way: the
 * property test compares it with the SQL on random datasets.
 */

export interface RawParticipant {
  id: string;
  createdAt: Date;
  territory: Territory;
  organisationId: string;
  referentId: string | null;
  referralSource: ReferralSource;
  profile: RawProfile | null;
  /** When they entered discovery (their creation, or a later phase change); null: never. */
  discoveryAt: Date | null;
}
export interface RawProfile {
  sex: string | null;
  ageBand: string | null;
  qualificationLevel: string | null;
  rsa: boolean | null;
  rqth: boolean | null;
  longTermJobSeeker: boolean | null;
  refugee: boolean | null;
  digitalExclusion: boolean | null;
}
export interface RawContract {
  id: string;
  participantId: string;
  number: number;
  signedOn: string;
}
export interface RawExit {
  participantId: string;
  contractId: string | null;
  exitOn: string;
  category: ExitCategory;
}
export interface RawData {
  participants: RawParticipant[];
  contracts: RawContract[];
  exits: RawExit[];
}

const text = (value: string | boolean | null | undefined): string =>
  value === null || value === undefined ? NOT_RECORDED : String(value);

export function keyFor(p: RawParticipant, dimension: Dimension | undefined): string {
  const profile = p.profile;
  switch (dimension) {
    case undefined:
      return ALL;
    case 'territory':
      return p.territory;
    case 'organisation':
      return p.organisationId;
    case 'referent':
      return text(p.referentId);
    case 'referralSource':
      return p.referralSource;
    case 'belowCap':
      return text(
        profile?.qualificationLevel == null ? null : profile.qualificationLevel === 'infra_3',
      );
    default:
      return text(profile?.[dimension]);
  }
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(middle)] ?? 0;
  const high = sorted[Math.ceil(middle)] ?? 0;
  return low + (high - low) * (middle - Math.floor(middle));
}

const within = (day: string, scope: Scope) => day >= scope.from && day <= scope.to;

/** Every figure of one group of participants (already filtered by scope and key). */
function figuresOfGroup(data: RawData, ids: Set<string>, scope: Scope): IndicatorFigures {
  const f = emptyFigures();
  const contracts = data.contracts.filter((c) => ids.has(c.participantId));
  const contractById = new Map(data.contracts.map((c) => [c.id, c]));
  const exits = data.exits.filter((e) => ids.has(e.participantId));
  const signed = contracts.filter((c) => within(c.signedOn, scope));
  f.entries = new Set(signed.map((c) => c.participantId)).size;
  f.reentries = signed.filter((c) => c.number >= 2).length;
  const created = data.participants.filter(
    (p) => ids.has(p.id) && within(parisDay(p.createdAt), scope),
  );
  f.discovery.created = created.length;
  f.discovery.signedBy = created.filter((p) =>
    contracts.some((c) => c.participantId === p.id && c.signedOn <= scope.to),
  ).length;
  f.funnel.discovery = created.filter(
    (p) => p.discoveryAt !== null && parisDay(p.discoveryAt) <= scope.to,
  ).length;
  f.funnel.exit = created.filter((p) =>
    exits.some((e) => e.participantId === p.id && e.exitOn <= scope.to),
  ).length;
  const exited = exits.filter((e) => within(e.exitOn, scope));
  for (const e of exited) f.exits[e.category] += 1;
  const peopleWith = (categories: readonly ExitCategory[]) =>
    new Set(exited.filter((e) => categories.includes(e.category)).map((e) => e.participantId)).size;
  f.dynamicExits = peopleWith(DYNAMIC_EXIT_CATEGORIES);
  f.civicExits = peopleWith(['volunteering_civic']);
  const afterContract = exited.flatMap((e) => {
    const contract = e.contractId === null ? undefined : contractById.get(e.contractId);
    return contract ? [{ exit: e, contract }] : [];
  });
  f.compliance.exitsAfterContract = afterContract.length;
  f.compliance.withinFifteenMonths = afterContract.filter(
    ({ exit, contract }) => exit.exitOn <= contractDeadline(contract.signedOn),
  ).length;
  f.compliance.activePastFifteenMonths = contracts.filter(
    (c) =>
      c.signedOn <= scope.to &&
      !data.exits.some((e) => e.contractId === c.id && e.exitOn <= scope.to) &&
      contractDeadline(c.signedOn) < scope.to,
  ).length;
  const createdOn = new Map(data.participants.map((p) => [p.id, parisDay(p.createdAt)]));
  const firsts = signed.filter((c) => c.number === 1);
  f.durations.contactToContractPeople = firsts.length;
  f.durations.contactToContractDays = median(
    firsts.map((c) => daysBetween(createdOn.get(c.participantId) ?? c.signedOn, c.signedOn)),
  );
  f.durations.contractToExitDays = median(
    afterContract.map(({ exit, contract }) => daysBetween(contract.signedOn, exit.exitOn)),
  );
  return f;
}

/** The figures per key of the breakdown, keys with nothing to count left out (as the SQL does). */
export function bruteForce(
  data: RawData,
  scope: Scope,
  dimension?: Dimension,
): Map<string, IndicatorFigures> {
  const inScope = data.participants.filter(
    (p) =>
      (scope.territory === undefined || p.territory === scope.territory) &&
      (scope.organisationId === undefined || p.organisationId === scope.organisationId) &&
      (scope.within === undefined || scope.within.includes(p.organisationId)),
  );
  const groups = new Map<string, Set<string>>();
  for (const p of inScope) {
    const key = keyFor(p, dimension);
    groups.set(key, (groups.get(key) ?? new Set()).add(p.id));
  }
  const result = new Map<string, IndicatorFigures>();
  const empty = JSON.stringify(emptyFigures());
  for (const [key, ids] of groups) {
    const figures = figuresOfGroup(data, ids, scope);
    if (JSON.stringify(figures) !== empty) result.set(key, figures);
  }
  return result;
}
