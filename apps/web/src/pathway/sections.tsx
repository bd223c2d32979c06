import type { ParticipantDetail } from '@territoires/contracts';
import { TimelineSection } from './TimelineSection.js';

/* This domain's tabs on the staff's participant file (pathway/domain.ts lists them), loaded on demand. */
export { ContractSection } from './ContractSection.js';
export { ExitSection } from './ExitSection.js';
export { PathwaySection } from './PathwaySection.js';

export const TimelineTab = ({ participant }: { participant: ParticipantDetail }) => (
  <TimelineSection participantId={participant.id} />
);
