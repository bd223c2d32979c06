import type { Endorsement } from '@territoires/contracts';
import { iso } from '../../time/index.js';
import type { EndorsementView } from './repository.js';

/** Who endorsed, as the signed credential names them (its issuer profile). */
export function presentEndorsement({ endorsement: e, endorser }: EndorsementView): Endorsement {
  const issuer = (e.credential.issuer ?? {}) as { id?: string; name?: string; url?: string };
  return {
    id: e.id,
    target: { kind: e.targetKind, id: e.targetId },
    status: e.status,
    endorser: {
      id: issuer.id ?? '',
      name: issuer.name ?? '',
      organisation: endorser?.organisation ?? null,
      role: endorser?.role ?? null,
      url: endorser ? endorser.url : (issuer.url ?? null),
    },
    comment: e.comment,
    createdAt: iso(e.createdAt),
    credential: e.credential,
  };
}
