import type { Profile } from '@territoires/open-badges';
import { eq, inArray, like, or } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { StartupRefusedError } from '../errors/index.js';
import {
  organisationFacts,
  organisationFactsIn,
  type OrganisationFacts,
} from '../organisations/index.js';
import { organisationNameFor } from '../organisations/policy.js';
import { badgeIssuerOrigin, badgeIssuers } from './tables.js';

/*
 * Each organisation is its own issuer (ADR 0019): `did:web:<host>:issuers:<slug>`, the host from
 * PUBLIC_URL (a port is percent-encoded: did:web:127.0.0.1%3A3000:issuers:…), the slug made once
 * from its public name. Credentials carry the DID for ever: neither may change after first use.
 */

export interface Issuer {
  organisationId: string;
  slug: string;
  did: string;
  /** The name the credentials carry: the public name of an organisation with a sensitive one. */
  name: string;
  /** The issuer's page: HTML for people, its Profile as JSON-LD for machines. */
  url: string;
  kind: OrganisationFacts['kind'];
  /** Its SIRET when given, never for an organisation whose name is sensitive. */
  siret: string | null;
}

export const issuerDid = (publicUrl: string, slug: string): string =>
  `did:web:${encodeURIComponent(new URL(publicUrl).host)}:issuers:${slug}`;

export const issuerUrl = (publicUrl: string, slug: string): string =>
  `${publicUrl}/issuers/${slug}`;

/** Lower-case ASCII words joined by "-": what a DID path segment may hold without escaping. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'organisation';
}

const asIssuer = (publicUrl: string, slug: string, organisation: OrganisationFacts): Issuer => ({
  organisationId: organisation.id,
  slug,
  did: issuerDid(publicUrl, slug),
  name: organisationNameFor(null, organisation),
  url: issuerUrl(publicUrl, slug),
  kind: organisation.kind,
  siret: organisation.sensitiveName ? null : organisation.siret,
});

async function organisationOf(db: Db | Tx, organisationId: string) {
  return (await organisationFacts(db, [organisationId])).get(organisationId);
}

/** The organisation's issuer, made (its slug chosen) the first time it is needed. */
export async function ensureIssuer(
  tx: Tx,
  publicUrl: string,
  organisationId: string,
): Promise<Issuer | undefined> {
  const organisation = await organisationOf(tx, organisationId);
  if (!organisation) return undefined;
  const [existing] = await tx
    .select({ slug: badgeIssuers.slug })
    .from(badgeIssuers)
    .where(eq(badgeIssuers.organisationId, organisationId));
  if (existing) return asIssuer(publicUrl, existing.slug, organisation);
  const base = slugOf(organisationNameFor(null, organisation));
  const taken = new Set(
    (
      await tx
        .select({ slug: badgeIssuers.slug })
        .from(badgeIssuers)
        .where(or(eq(badgeIssuers.slug, base), like(badgeIssuers.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  // Two first badges at once: the first insert wins, the other reads its slug.
  await tx.insert(badgeIssuers).values({ organisationId, slug }).onConflictDoNothing();
  return issuerOf(tx, publicUrl, organisationId);
}

export async function issuerBySlug(
  db: Db | Tx,
  publicUrl: string,
  slug: string,
): Promise<Issuer | undefined> {
  // One statement: every verification of our credentials reads an issuer or two by its slug.
  const ids = db
    .select({ id: badgeIssuers.organisationId })
    .from(badgeIssuers)
    .where(eq(badgeIssuers.slug, slug));
  const [organisation] = await organisationFactsIn(db, ids);
  return organisation && asIssuer(publicUrl, slug, organisation);
}

export async function issuerOf(
  db: Db | Tx,
  publicUrl: string,
  organisationId: string,
): Promise<Issuer | undefined> {
  const [row] = await db
    .select()
    .from(badgeIssuers)
    .where(eq(badgeIssuers.organisationId, organisationId));
  const organisation = row && (await organisationOf(db, organisationId));
  return organisation && asIssuer(publicUrl, row.slug, organisation);
}

/** The issuer as a credential names it (OB 3.0 Profile). */
export const issuerProfile = (issuer: Issuer): Profile => ({
  id: issuer.did,
  type: ['Profile'],
  name: issuer.name,
  url: issuer.url,
});

/**
 * The DIDs are fixed at first start: the PUBLIC_URL of that start is stored, and a later start with
 * another one is refused, since every credential already signed names DIDs made from it.
 */
export async function fixIssuerOrigin(db: Db, publicUrl: string): Promise<void> {
  await db.insert(badgeIssuerOrigin).values({ id: 1, publicUrl }).onConflictDoNothing();
  const [row] = await db.select().from(badgeIssuerOrigin).where(eq(badgeIssuerOrigin.id, 1));
  if (row && row.publicUrl !== publicUrl)
    throw new StartupRefusedError(
      `PUBLIC_URL is ${publicUrl}, but this database's issuers were made at ${row.publicUrl} ` +
        `(their DIDs, e.g. ${issuerDid(row.publicUrl, 'example')}, are in every badge already signed, ` +
        `and verifiers fetch their keys there). Start with PUBLIC_URL=${row.publicUrl}. ` +
        'Moving to another address is not supported yet (ADR 0019).',
    );
}

/** The issuers of several organisations at once (those that have one), by organisation id. */
export async function issuersOf(
  db: Db | Tx,
  publicUrl: string,
  organisationIds: readonly string[],
): Promise<Map<string, Issuer>> {
  if (organisationIds.length === 0) return new Map();
  const ids = [...new Set(organisationIds)];
  const [rows, facts] = await Promise.all([
    db.select().from(badgeIssuers).where(inArray(badgeIssuers.organisationId, ids)),
    organisationFacts(db, ids),
  ]);
  const issuers = new Map<string, Issuer>();
  for (const row of rows) {
    const organisation = facts.get(row.organisationId);
    if (organisation) issuers.set(row.organisationId, asIssuer(publicUrl, row.slug, organisation));
  }
  return issuers;
}

/** Every issuer's slug and DID, by slug (the operator's `territoires keys list`). */
export async function issuerSlugs(
  db: Db,
  publicUrl: string,
): Promise<{ slug: string; did: string }[]> {
  const rows = await db
    .select({ slug: badgeIssuers.slug })
    .from(badgeIssuers)
    .orderBy(badgeIssuers.slug);
  return rows.map(({ slug }) => ({ slug, did: issuerDid(publicUrl, slug) }));
}
