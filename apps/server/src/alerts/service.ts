import type { Alert } from '@territoires/contracts';
import { daysBetween } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { alertRows } from '../participants/index.js';
import type { Services } from '../services.js';
import { requireAlertsReader } from './policy.js';
import { utcDay } from '../time/index.js';

const MAX_ALERTS = 500;

/** Contracts reaching 15 months within 30 days, and people with no event for 45 days, soonest first. */
export async function listAlerts(services: Services, actor: Actor): Promise<Alert[]> {
  requireAlertsReader(actor);
  const now = services.clock();
  const today = utcDay(now);
  const rows = await alertRows(services.database.db, actor, now, MAX_ALERTS);
  const alerts: Alert[] = [];
  for (const row of rows) {
    if (row.ending && row.deadlineOn) {
      const deadline = row.deadlineOn;
      alerts.push({
        kind: 'contract_ending',
        participantId: row.id,
        pseudonym: row.pseudonym,
        on: deadline,
        days: daysBetween(today, deadline),
      });
    }
    if (row.inactive) {
      const last = utcDay(new Date(row.lastEventAt));
      alerts.push({
        kind: 'inactive',
        participantId: row.id,
        pseudonym: row.pseudonym,
        on: last,
        days: daysBetween(last, today),
      });
    }
  }
  return alerts.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'contract_ending' ? -1 : 1) || a.on.localeCompare(b.on),
  );
}
