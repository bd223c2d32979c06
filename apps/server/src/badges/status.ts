import type { BitstringStatusListEntry } from '@territoires/open-badges';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { randomInt } from 'node:crypto';
import type { Db, Tx } from '../db/database.js';
import type { IssuerKeyring } from '../keys/keyring.js';
import type { Issuer } from './issuers.js';
import { openBadges } from './open-badges.js';
import { awards, badgeClaimCredentials, badgeStatusLists } from './tables.js';

/*
 * Revocation status (W3C BitstringStatusList): each issuer has numbered lists of 131,072 entries,
 * served signed at /issuers/<slug>/status/<number>. A credential gets a random free index, so its
 * place tells nothing of when it was signed nor of how many badges the issuer awarded.
 */

export const statusListUrl = (issuer: Issuer, number: number): string =>
  `${issuer.url}/status/${number}`;

const TRIES = 32;
/** W3C's minimum (16 KiB of bits), so that one entry cannot be singled out. */
const LIST_LENGTH = 131_072;

async function freeIndex(tx: Tx, listId: string, length: number): Promise<number | undefined> {
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    const index = randomInt(length);
    const [used] = await tx
      .select({ id: awards.id })
      .from(awards)
      .where(and(eq(awards.statusListId, listId), eq(awards.statusIndex, index)));
    const [claimed] = used
      ? [used]
      : await tx
          .select({ id: badgeClaimCredentials.id })
          .from(badgeClaimCredentials)
          .where(
            and(
              eq(badgeClaimCredentials.statusListId, listId),
              eq(badgeClaimCredentials.statusIndex, index),
            ),
          );
    if (!claimed) return index;
  }
  return undefined;
}

/** A free place on the issuer's current list (a new list when it is all but full). */
export async function allocateStatus(
  tx: Tx,
  issuer: Issuer,
): Promise<{ listId: string; index: number; entry: BitstringStatusListEntry }> {
  const [current] = await tx
    .select()
    .from(badgeStatusLists)
    .where(eq(badgeStatusLists.organisationId, issuer.organisationId))
    .orderBy(desc(badgeStatusLists.number))
    .limit(1);
  const list =
    current ??
    (
      await tx
        .insert(badgeStatusLists)
        .values({
          organisationId: issuer.organisationId,
          number: 1,
          length: LIST_LENGTH,
        })
        .returning()
    )[0];
  if (!list) throw new Error('no status list');
  const index = await freeIndex(tx, list.id, list.length);
  if (index === undefined) {
    const [next] = await tx
      .insert(badgeStatusLists)
      .values({
        organisationId: issuer.organisationId,
        number: list.number + 1,
        length: LIST_LENGTH,
      })
      .returning();
    if (!next) throw new Error('no status list');
    return allocateOn(next.id, next.number, randomInt(next.length), issuer);
  }
  return allocateOn(list.id, list.number, index, issuer);
}

function allocateOn(listId: string, number: number, index: number, issuer: Issuer) {
  const url = statusListUrl(issuer, number);
  const entry: BitstringStatusListEntry = {
    id: `${url}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(index),
    statusListCredential: url,
  };
  return { listId, index, entry };
}

/** The places taken on a list (awards and guests' credentials alike). */
async function usedIndexes(tx: Tx, listId: string): Promise<Set<number>> {
  const [taken, claimed] = await Promise.all([
    tx.select({ index: awards.statusIndex }).from(awards).where(eq(awards.statusListId, listId)),
    tx
      .select({ index: badgeClaimCredentials.statusIndex })
      .from(badgeClaimCredentials)
      .where(eq(badgeClaimCredentials.statusListId, listId)),
  ]);
  return new Set([...taken, ...claimed].flatMap((r) => (r.index === null ? [] : [r.index])));
}

/**
 * `count` free places at once (bulk acceptance, re-issue), as allocateStatus() gives them one by
 * one: random, unique, on the issuer's current list, then on a new one when random tries keep
 * landing on taken places. One read of the places taken, at most one new list per list filled.
 */
export async function allocateStatuses(
  tx: Tx,
  issuer: Issuer,
  count: number,
): Promise<ReturnType<typeof allocateOn>[]> {
  if (count === 0) return [];
  const [current] = await tx
    .select()
    .from(badgeStatusLists)
    .where(eq(badgeStatusLists.organisationId, issuer.organisationId))
    .orderBy(desc(badgeStatusLists.number))
    .limit(1);
  let list = current ?? (await newList(tx, issuer, 1));
  let used = current ? await usedIndexes(tx, list.id) : new Set<number>();
  const out: ReturnType<typeof allocateOn>[] = [];
  while (out.length < count) {
    let index: number | undefined;
    for (let attempt = 0; attempt < TRIES && index === undefined; attempt += 1) {
      const pick = randomInt(list.length);
      if (!used.has(pick)) index = pick;
    }
    if (index === undefined) {
      list = await newList(tx, issuer, list.number + 1);
      used = new Set();
      continue;
    }
    used.add(index);
    out.push(allocateOn(list.id, list.number, index, issuer));
  }
  return out;
}

async function newList(tx: Tx, issuer: Issuer, number: number) {
  const [made] = await tx
    .insert(badgeStatusLists)
    .values({ organisationId: issuer.organisationId, number, length: LIST_LENGTH })
    .returning();
  if (!made) throw new Error('no status list');
  return made;
}

/** Signed lists by list id, reused while the same key signs the same revoked places (per process). */
const signed = new Map<string, { stamp: string; credential: Record<string, unknown> }>();

/** The revoked places of a list: its awards' and its guests' credentials' (claims at a session). */
async function revokedIndexes(db: Db, listId: string): Promise<number[]> {
  const rows = await unionAll(
    db
      .select({ index: awards.statusIndex })
      .from(awards)
      .where(and(eq(awards.statusListId, listId), eq(awards.status, 'revoked'))),
    db
      .select({ index: badgeClaimCredentials.statusIndex })
      .from(badgeClaimCredentials)
      .where(
        and(
          eq(badgeClaimCredentials.statusListId, listId),
          isNotNull(badgeClaimCredentials.revokedAt),
        ),
      ),
  );
  return rows.flatMap(({ index }) => (index === null ? [] : [index])).sort((a, b) => a - b);
}

/** The signed status list credential, or undefined for a list the issuer does not have. */
export async function statusListCredential(
  db: Db,
  keys: IssuerKeyring,
  issuer: Issuer,
  number: number,
  clock: () => Date,
): Promise<Record<string, unknown> | undefined> {
  const [list] = await db
    .select()
    .from(badgeStatusLists)
    .where(
      and(
        eq(badgeStatusLists.organisationId, issuer.organisationId),
        eq(badgeStatusLists.number, number),
      ),
    );
  if (!list) return undefined;
  // Read on every request (several processes may share PostgreSQL): two statements.
  const revoked = await revokedIndexes(db, list.id);
  const key = await keys.signingKey(issuer.did);
  // The signed list is a function of the key and the places revoked: a new signing key (rotation,
  // revocation) or a new revocation signs it anew.
  const stamp = `${key.id}:${revoked.join(',')}`;
  const cached = signed.get(list.id);
  if (cached?.stamp === stamp) return cached.credential;
  const { encodeBitstring, issueStatusListCredential } = await openBadges();
  // Index 0 is the left-most bit of the first byte (W3C BitstringStatusList).
  const bits = new Uint8Array(list.length / 8);
  for (const index of revoked) bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7));
  const statusList = {
    id: statusListUrl(issuer, number),
    purpose: 'revocation' as const,
    length: list.length,
    next: 0,
    encodedList: encodeBitstring(bits),
  };
  const credential = await issueStatusListCredential(statusList, { key, clock });
  signed.set(list.id, { stamp, credential });
  return credential;
}
