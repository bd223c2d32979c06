import { makeActivity, makeSession } from './factories.js';
import { own, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';

/** The audit test's expectations for the catalogue's writes (activities, sessions, import). */
export function activityAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  return {
    importCatalogue: {
      prepare: () =>
        Promise.resolve({
          who: 'coordination',
          options: write('importCatalogue', '', { structures: [], services: [] }),
        }),
      expected: {
        action: 'catalogue.import',
        entityType: 'catalogue',
        entityId: () => 'territoires-partages',
        before: null,
        after: { accepted: { structures: 0, services: 0 }, rejected: [] },
      },
    },
    createActivity: {
      prepare: () =>
        Promise.resolve({
          who: 'coordination',
          options: write('createActivity', '', {
            organisationId: get().world.partner,
            title: 'Fablab',
            kind: 'fablab',
          }),
        }),
      expected: {
        action: 'activity.create',
        entityType: 'activity',
        entityId: own,
        before: null,
        after: { title: 'Fablab', kind: 'fablab' },
      },
    },
    updateActivity: {
      prepare: async () => {
        const a = await makeActivity(get().services.database.db, {
          organisationId: get().world.partner,
          title: 'Atelier bois',
        });
        return {
          who: 'coordination',
          options: write('updateActivity', a.id, {
            version: a.version,
            title: 'Atelier bois et fer',
          }),
        };
      },
      expected: {
        action: 'activity.update',
        entityType: 'activity',
        entityId: own,
        before: { title: 'Atelier bois' },
        after: { title: 'Atelier bois et fer' },
      },
    },
    archiveActivity: {
      prepare: async () => {
        const a = await makeActivity(get().services.database.db, {
          organisationId: get().world.partner,
        });
        return {
          who: 'coordination',
          options: write('archiveActivity', a.id, { version: a.version }),
        };
      },
      expected: {
        action: 'activity.archive',
        entityType: 'activity',
        entityId: own,
        before: { archivedAt: null },
        after: { archivedAt: get().now.toISOString() },
      },
    },
    createSession: {
      prepare: async () => {
        const a = await makeActivity(get().services.database.db, {
          organisationId: get().world.partner,
        });
        return {
          who: 'coordination',
          options: write('createSession', a.id, {
            date: '2026-04-07',
            startTime: '14:00',
            endTime: '16:00',
            capacity: 8,
          }),
        };
      },
      expected: {
        action: 'session.create',
        entityType: 'session',
        entityId: (r) => (r.sessions as { id: string }[])[0]?.id,
        before: null,
        after: { sessions: 1, capacity: 8 },
      },
    },
    createSeries: {
      prepare: async () => {
        const a = await makeActivity(get().services.database.db, {
          organisationId: get().world.partner,
        });
        return {
          who: 'coordination',
          options: write('createSeries', a.id, {
            weekday: 2,
            startTime: '14:00',
            durationMinutes: 90,
            firstOn: '2026-04-06',
            lastOn: '2026-04-27',
            capacity: 8,
          }),
        };
      },
      expected: {
        action: 'series.create',
        entityType: 'series',
        entityId: (r) => r.seriesId,
        before: null,
        after: { sessions: 3, capacity: 8 },
      },
    },
    updateSession: {
      prepare: async () => {
        const a = await makeActivity(get().services.database.db, {
          organisationId: get().world.partner,
        });
        const s = await makeSession(get().services.database.db, { activityId: a.id, capacity: 10 });
        return {
          who: 'coordination',
          options: write('updateSession', s.id, { version: s.version, capacity: 12 }),
        };
      },
      expected: {
        action: 'session.update',
        entityType: 'session',
        entityId: (r) => (r.sessions as { id: string }[])[0]?.id,
        before: { capacity: 10 },
        after: { capacity: 12 },
      },
    },
    cancelSession: {
      prepare: async () => {
        const a = await makeActivity(get().services.database.db, {
          organisationId: get().world.partner,
        });
        const s = await makeSession(get().services.database.db, { activityId: a.id });
        return {
          who: 'coordination',
          options: write('cancelSession', s.id, { version: s.version }),
        };
      },
      expected: {
        action: 'session.cancel',
        entityType: 'session',
        entityId: own,
        before: { cancelledAt: null },
        after: { cancelledAt: get().now.toISOString() },
      },
    },
  };
}
