import { MIDWAY_MONTHS, SATISFACTION_DAYS, type SurveyMoment } from '@territoires/contracts';
import { DAY_MS } from '../time/index.js';

/*
 * Which surveys are due, computed on read from the pathway and attendance (no cron), like the
 * badges' expiry notice. Pure: the facts and the clock are the caller's.
 * - satisfaction: a session attended (present or late) that started in the last SATISFACTION_DAYS;
 * - self-assessment: entry once the first contract is signed (until midway), midway from
 *   MIDWAY_MONTHS after that signature (until an exit), exit once an exit is recorded.
 * A reply, with consent or not, closes its moment.
 */

export interface AttendedSession {
  sessionId: string;
  startsAt: string;
  activityName: string;
}

export interface DueFacts {
  firstSignedOn: string | null;
  exitOn: string | null;
  attended: AttendedSession[];
  /** The moments already replied to: 'session:<id>', 'entry', 'midway', 'exit'. */
  replied: ReadonlySet<string>;
}

export interface DueMoment {
  kind: 'satisfaction' | 'self_assessment';
  moment: SurveyMoment;
  sessionId: string | null;
  activityName: string | null;
}

export const momentKey = (moment: SurveyMoment, sessionId: string | null): string =>
  moment === 'session' ? `session:${sessionId ?? ''}` : moment;

/** A calendar date `months` months later (a 31st becomes the month's last day). */
export function plusMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

function stage(facts: DueFacts, today: string): SurveyMoment | null {
  if (facts.exitOn !== null && facts.exitOn <= today) return 'exit';
  if (facts.firstSignedOn === null || facts.firstSignedOn > today) return null;
  return today >= plusMonths(facts.firstSignedOn, MIDWAY_MONTHS) ? 'midway' : 'entry';
}

/** The moments due now, sessions first (newest first), then the pathway's stage. */
export function dueMoments(facts: DueFacts, now: Date, today: string): DueMoment[] {
  const since = now.getTime() - SATISFACTION_DAYS * DAY_MS;
  const sessions = facts.attended
    .filter((s) => {
      const start = new Date(s.startsAt).getTime();
      return start <= now.getTime() && start > since;
    })
    .filter((s) => !facts.replied.has(momentKey('session', s.sessionId)))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .map<DueMoment>((s) => ({
      kind: 'satisfaction',
      moment: 'session',
      sessionId: s.sessionId,
      activityName: s.activityName,
    }));
  const current = stage(facts, today);
  const pathway: DueMoment[] =
    current !== null && !facts.replied.has(current)
      ? [{ kind: 'self_assessment', moment: current, sessionId: null, activityName: null }]
      : [];
  return [...sessions, ...pathway];
}
