import type { SessionUser } from '@territoires/contracts';

/**
 * Where each person lands, from what the server says they may do (never from a role name, so a new
 * role without any capability, the funder, lands on the page of what they may see):
 * coordination on the programme, référents on their participants, partner staff on their week,
 * evaluators and funders on the indicators.
 */
export function homeOf(user: SessionUser | undefined): string {
  if (!user) return '/accueil';
  const { can } = user;
  if (can.overseeProgramme) return '/programme';
  if (can.followParticipants) return `/participants?referentId=${user.id}`;
  if (can.takeAttendanceAt.length > 0) return '/semaine';
  if (can.readIndicators) return '/indicateurs';
  return '/accueil';
}
