import type { ParticipantDetail } from '@territoires/contracts';
import { TransferSection } from './TransferSection.js';

/* This domain's tab on the staff's participant file (transfers/domain.ts lists it), loaded on demand. */
export const TransferTab = ({ participant }: { participant: ParticipantDetail }) => (
  <TransferSection participant={participant} />
);
