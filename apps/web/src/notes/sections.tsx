import type { ParticipantDetail } from '@territoires/contracts';
import { NotesSection } from './NotesSection.js';

/* This domain's tab on the staff's participant file (notes/domain.ts lists it), loaded on demand. */
export const NotesTab = ({ participant }: { participant: ParticipantDetail }) => (
  <NotesSection participantId={participant.id} />
);
