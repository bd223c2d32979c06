import type { Transfer } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { canSeeFile, type AccessLevel } from '../participants/policy.js';
import { iso } from '../time/index.js';
import { directionOf, mayCancel, mayDecide } from './policy.js';
import type { TransferRow } from './repository.js';

/**
 * A transfer as the viewer may see it. Until the file is theirs, the receiving side sees the
 * pseudonym and the territory (the least it needs to decide), never the participant's id nor the
 * file: `participantId` follows the viewer's access to the file as it is now.
 */
export function presentTransfer(row: TransferRow, actor: Actor, level: AccessLevel): Transfer {
  const pending = row.status === 'pending';
  return {
    id: row.id,
    status: row.status,
    direction: directionOf(actor, row),
    participantId: canSeeFile(level) ? row.participantId : null,
    pseudonym: row.pseudonym,
    territory: row.territory,
    from: { id: row.fromOrganisationId, name: row.fromName },
    to: { id: row.toOrganisationId, name: row.toName },
    reason: row.reason,
    proposedAt: iso(row.proposedAt),
    proposedBy: row.proposedBy,
    decidedAt: row.decidedAt === null ? null : iso(row.decidedAt),
    decidedBy: row.decidedBy,
    can: { decide: pending && mayDecide(actor, row), cancel: pending && mayCancel(actor, row) },
  };
}
