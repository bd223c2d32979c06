import type { IssuerKey } from '@territoires/open-badges';
import { openBadges } from '../open-badges.js';

export type Credential = Record<string, unknown>;

/**
 * The one way this server signs an award's credential (eddsa-rdfc-2022, embedded proof): a single
 * acceptance, a claim, a bulk acceptance and a re-issue all come here, in the request's thread or
 * in a signing worker (signing/worker.ts), so the credentials have the same form wherever signed.
 */
export async function signCredential(
  unsigned: Credential,
  key: IssuerKey,
  clock: () => Date,
): Promise<Credential> {
  const { issueCredential } = await openBadges();
  return issueCredential(unsigned, { key, clock });
}
