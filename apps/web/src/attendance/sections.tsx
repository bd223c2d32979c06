import type { ParticipantDetail } from '@territoires/contracts';
import { AgendaSection } from './AgendaSection.js';
import { CardSection } from './CardSection.js';
import { HistorySection } from './HistorySection.js';

/* This domain's tabs on the staff's participant file (attendance/domain.ts lists them), loaded on demand. */
export const AgendaTab = ({ participant }: { participant: ParticipantDetail }) => (
  <AgendaSection participantId={participant.id} />
);

export const CardTab = ({ participant }: { participant: ParticipantDetail }) => (
  <CardSection participantId={participant.id} />
);

export const HistoryTab = ({ participant }: { participant: ParticipantDetail }) => (
  <HistorySection participantId={participant.id} />
);
