import { anyId, own, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import { propose } from './factories.js';

/** The audit test's expectations (audit/audit.test.ts) for transfers; the reason is never audited. */
export function transferAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  /** A file of the world's following organisation, proposed by its coordinateur to the partner one. */
  const pending = async () => {
    const { world, services } = get();
    const p = await get().fresh();
    return propose(services, world.staff.coordinator, p.id, world.partner, 'Déménagement');
  };
  const decided = (action: 'accept' | 'refuse' | 'cancel', status: string): Spec => ({
    prepare: async () => {
      const transfer = await pending();
      const name = `${action}Transfer` as const;
      return { who: 'coordination', options: write(name, transfer.id, {}) };
    },
    expected: {
      action: `transfer.${action}`,
      entityType: 'transfer',
      entityId: own,
      before: { status: 'pending' },
      after: { status },
    },
  });
  return {
    proposeTransfer: {
      prepare: async () => {
        const p = await get().fresh();
        return {
          who: 'coordination',
          options: write('proposeTransfer', p.id, {
            organisationId: get().world.partner,
            reason: 'Déménagement à Vire',
          }),
        };
      },
      expected: {
        action: 'transfer.propose',
        entityType: 'transfer',
        entityId: own,
        before: null,
        after: { status: 'pending', withReason: true },
      },
    },
    acceptTransfer: {
      ...decided('accept', 'accepted'),
      expected: {
        ...decided('accept', 'accepted').expected,
        // The sending side's référent leaves; coordination, accepting, joins no team.
        before: { status: 'pending', organisationId: anyId(), team: [{ role: 'referent' }] },
        after: { status: 'accepted', organisationId: anyId(), team: [] },
      },
    },
    refuseTransfer: decided('refuse', 'refused'),
    cancelTransfer: decided('cancel', 'cancelled'),
  };
}
