import type { ParticipantDetail } from '@territoires/contracts';
import { AwardsSection } from './AwardsSection.js';
import { TeamObjectives } from './ObjectivesNotice.js';
import { ProposalsSection } from './ProposalsSection.js';

/* This domain's tab on the staff's participant file (badges/domain.ts lists it), loaded on demand. */
export const AwardsTab = ({ participant }: { participant: ParticipantDetail }) => (
  <>
    <TeamObjectives participantId={participant.id} />
    <AwardsSection participant={participant} />
    <ProposalsSection participant={participant} />
  </>
);
