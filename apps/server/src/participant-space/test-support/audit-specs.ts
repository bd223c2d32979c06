import type { InjectOptions } from 'fastify';
import { routeUrl, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';

/**
 * The audit test's expectations (audit/audit.test.ts) for handing out and ending access to the
 * participant's space. The routes answer no id: the event is checked on the participant prepared last.
 */
export function participantSpaceAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  let prepared = '';
  const preparedParticipant = () => prepared;
  const post = (
    name: 'issueSignInCode' | 'signOutParticipantEverywhere',
    id: string,
  ): InjectOptions => ({
    method: 'POST',
    url: routeUrl(name, id),
  });
  return {
    issueSignInCode: {
      prepare: async () => {
        prepared = (await get().fresh()).id;
        return { who: 'referent', options: post('issueSignInCode', prepared) };
      },
      expected: {
        action: 'participant_space.code_issue',
        entityType: 'participant',
        entityId: preparedParticipant,
        before: null,
        after: { expiresAt: '2026-04-02T09:45:00.000Z', revokedCodes: 0 },
      },
    },
    signOutParticipantEverywhere: {
      prepare: async () => {
        prepared = (await get().fresh()).id;
        return { who: 'referent', options: post('signOutParticipantEverywhere', prepared) };
      },
      expected: {
        action: 'participant_space.sign_out_everywhere',
        entityType: 'participant',
        entityId: preparedParticipant,
        before: { sessions: 0, codes: 0 },
        after: null,
      },
    },
  };
}
