import {
  MARKING_CLOSES_AFTER_DAYS,
  MARKING_OPENS_BEFORE_MINUTES,
  type AttendanceStatus,
} from '@territoires/contracts';
import { organisationsWithRole, type Actor } from '../auth/actor.js';
import { ForbiddenError } from '../errors/index.js';
import { worksAt } from '../registrations/policy.js';

/**
 * Rosters and scans are the session's organisation's business: its partner and follow-up staff, and
 * coordination. Each scan of a batch is decided on its own, so one session refused does not sink the
 * others.
 */
export const mayTakeAttendance = (actor: Actor, organisationId: string): boolean =>
  worksAt(actor, organisationId);

export function requireRosterReader(actor: Actor, organisationId: string): void {
  if (!mayTakeAttendance(actor, organisationId)) throw new ForbiddenError();
}

/**
 * A mark counts from 30 minutes before the start (people arrive early) to 7 days after the end (a
 * roster filled in the following week): a phone with a wrong clock, or a card scanned days early,
 * marks nobody.
 */
export function withinMarkingWindow(
  session: { startsAt: string | Date; endsAt: string | Date },
  at: Date,
): boolean {
  const opens = new Date(session.startsAt).getTime() - MARKING_OPENS_BEFORE_MINUTES * 60_000;
  const closes = new Date(session.endsAt).getTime() + MARKING_CLOSES_AFTER_DAYS * 86_400_000;
  return at.getTime() >= opens && at.getTime() <= closes;
}

export interface MarkFacts {
  recordedById: string;
  /** The session's organisation. */
  organisationId: string;
}

/** Who marked corrects their own mark; their organisation's admin corrects anyone's there. */
export const mayCorrect = (actor: Actor, mark: MarkFacts): boolean =>
  mark.recordedById === actor.staffId ||
  organisationsWithRole(actor, 'org_admin').includes(mark.organisationId);

export function requireCorrector(actor: Actor, mark: MarkFacts): void {
  if (!mayCorrect(actor, mark)) throw new ForbiddenError();
}

/** A mark that says the person came: it is a sign of life and a line on their timeline. */
export const came = (status: AttendanceStatus): boolean =>
  status === 'present' || status === 'late';
