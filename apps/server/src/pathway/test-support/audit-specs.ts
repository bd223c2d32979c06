import {
  firstOf,
  own,
  write,
  type AuditFixture,
  type Spec,
} from '../../test-support/audit-specs.js';
import { contractBody } from '../../test-support/world.js';

/** The audit test's expectations (audit/audit.test.ts) for the pathway (phases, contracts, exits). */
export function pathwayAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  return {
    changePhase: {
      prepare: async () => {
        const p = await get().fresh('outreach');
        return {
          who: 'referent',
          options: write('changePhase', p.id, { version: p.version, to: 'discovery' }),
        };
      },
      expected: {
        action: 'participant.phase',
        entityType: 'participant',
        entityId: own,
        before: { phase: 'outreach' },
        after: { phase: 'discovery' },
      },
    },
    signContract: {
      prepare: async () => {
        const p = await get().fresh();
        return {
          who: 'referent',
          options: write(
            'signContract',
            p.id,
            contractBody(p.version, get().world.staff.referent.staffId),
          ),
        };
      },
      expected: {
        action: 'contract.sign',
        entityType: 'contract',
        entityId: firstOf('contracts'),
        before: null,
        after: { signedOn: '2026-03-01', plannedEndOn: '2027-03-01', number: 1 },
      },
    },
    amendContract: {
      prepare: async () => {
        const p = await get().fresh('contract');
        const contractId = p.contracts?.[0]?.id ?? '';
        return {
          who: 'referent',
          options: write(
            'amendContract',
            p.id,
            { version: p.version, reason: 'Formation', plannedEndOn: '2027-05-01' },
            contractId,
          ),
        };
      },
      expected: {
        action: 'contract.amend',
        entityType: 'contract',
        entityId: firstOf('contracts'),
        before: { plannedEndOn: '2027-03-01' },
        after: { plannedEndOn: '2027-05-01' },
      },
    },
    recordExit: {
      prepare: async () => {
        const p = await get().fresh('contract');
        return {
          who: 'referent',
          options: write('recordExit', p.id, {
            version: p.version,
            exitOn: '2026-04-01',
            situation: 'civic_service',
          }),
        };
      },
      expected: {
        action: 'participant.exit',
        entityType: 'exit',
        entityId: firstOf('exits'),
        before: null,
        after: { situation: 'civic_service', category: 'volunteering_civic' },
      },
    },
  };
}
