import { randomUUID } from 'node:crypto';
import { registeredParticipant } from '../../registrations/test-support/audit-specs.js';
import { anyId, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';

/** The audit test's expectations (audit/audit.test.ts) for attendance. */
export function attendanceAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  const registered = () => registeredParticipant(get);
  return {
    syncAttendance: {
      prepare: async () => {
        const { session, made } = await registered();
        const scan = {
          clientId: randomUUID(),
          sessionId: session.id,
          registrationId: made.id,
          recordedAt: get().now.toISOString(),
        };
        return { who: 'coordination', options: write('syncAttendance', '', { scans: [scan] }) };
      },
      expected: {
        action: 'attendance.record',
        entityType: 'attendance',
        entityId: anyId,
        before: null,
        after: { method: 'roster', walkIn: false },
      },
    },
  };
}
