import { randomUUID } from 'node:crypto';
import { registerToSession } from '../../registrations/index.js';
import { makeMark, makeOpenSession } from './factories.js';
import { anyId, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';

/** The audit test's expectations (audit/audit.test.ts) for attendance. */
export function attendanceAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  /** Registered to a session starting soon after the audit clock: a mark counts from 30 minutes before the start. */
  const registered = async () => {
    const { services, world, now } = get();
    const p = await get().fresh();
    const session = await makeOpenSession(services.database.db, {
      organisationId: world.partner,
      startsAt: new Date(now.getTime() + 20 * 60_000),
    });
    const made = await registerToSession(services, world.staff.referent, session.id, {
      participantId: p.id,
    });
    return { session, made };
  };
  return {
    correctAttendance: {
      prepare: async () => {
        const { session, made } = await registered();
        const { services, world } = get();
        const id = await makeMark(services.database.db, {
          sessionId: session.id,
          registrationId: made.id,
          recordedById: world.staff.coordination.staffId,
        });
        return {
          who: 'coordination',
          options: write('correctAttendance', id, { status: 'late' }),
        };
      },
      expected: {
        action: 'attendance.correct',
        entityType: 'attendance',
        entityId: anyId,
        before: { status: 'absent' },
        after: { status: 'late' },
      },
    },
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
