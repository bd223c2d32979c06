import type {
  Achievement,
  IssuerChoice,
  CreateAchievementBody,
  UpdateAchievementBody,
} from '@territoires/contracts';
import { eq, inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { isCoordination } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { NotFoundError, StaleVersionError, ValidationError } from '../errors/index.js';
import type { Upload } from '../files/upload.js';
import { organisationFacts, organisationsOfKind } from '../organisations/index.js';
import { organisationNameFor } from '../organisations/policy.js';
import type { Services } from '../services.js';
import { resolveAlignments } from './alignments/alignments.js';
import { imageFromUpload } from './images/upload.js';
import { ensureIssuer, issuersOf, type Issuer } from './issuers.js';
import { readsBadgesOf, requireDesign, speaksFor, type IssuerFacts } from './policy.js';
import { presentAchievement } from './presenter.js';
import { achievements } from './tables.js';

// The badge designer: an organisation's staff (or coordination) design its badges. What was
// designed is what credentials will carry; credentials already signed keep what they said.

type AchievementRow = typeof achievements.$inferSelect;

const facts = (issuer: Issuer): IssuerFacts => ({
  organisationId: issuer.organisationId,
  kind: issuer.kind,
});

const present = (actor: Actor, row: AchievementRow, issuer: Issuer): Achievement => {
  const speaks = speaksFor(actor, facts(issuer));
  return presentAchievement(row, issuer, { edit: speaks, award: speaks });
};

/** Whose badges the designer lists: the actor's organisations, every member's for coordination. */
export async function listAchievements(
  services: Services,
  publicUrl: string,
  actor: Actor,
): Promise<Achievement[]> {
  const { db } = services.database;
  const own = actor.memberships.map((m) => m.organisationId);
  const rows = await (isCoordination(actor)
    ? db.select().from(achievements)
    : db.select().from(achievements).where(inArray(achievements.organisationId, own)));
  const issuers = await issuersOf(
    db,
    publicUrl,
    rows.map((r) => r.organisationId),
  );
  return rows
    .flatMap((row) => {
      const issuer = issuers.get(row.organisationId);
      return issuer && readsBadgesOf(actor, facts(issuer)) ? [present(actor, row, issuer)] : [];
    })
    .sort(
      (a, b) =>
        a.issuerName.localeCompare(b.issuerName, 'fr') || a.name.localeCompare(b.name, 'fr'),
    );
}

/** The organisations the actor speaks for: theirs, and every consortium member for coordination. */
export async function listIssuers(
  services: Services,
  publicUrl: string,
  actor: Actor,
): Promise<IssuerChoice[]> {
  const { db } = services.database;
  const own = await organisationFacts(
    db,
    actor.memberships.map((m) => m.organisationId),
  );
  const members = isCoordination(actor) ? await organisationsOfKind(db, 'consortium_member') : [];
  const candidates = new Map([...own.values(), ...members].map((o) => [o.id, o]));
  const chosen = [...candidates.values()].filter((o) =>
    speaksFor(actor, { organisationId: o.id, kind: o.kind }),
  );
  const issuers = await issuersOf(
    db,
    publicUrl,
    chosen.map((o) => o.id),
  );
  return chosen
    .map((o) => ({
      organisationId: o.id,
      name: organisationNameFor(actor, o),
      issuerId: issuers.get(o.id)?.did ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

const fieldsOf = (
  body: CreateAchievementBody | UpdateAchievementBody,
  alignments: AchievementRow['alignments'],
) => ({
  name: body.name,
  description: body.description,
  criteria: body.criteria,
  nameEn: body.nameEn ?? null,
  descriptionEn: body.descriptionEn ?? null,
  criteriaEn: body.criteriaEn ?? null,
  achievementType: body.achievementType,
  tags: [...new Set(body.tags)],
  validityMonths: body.validityMonths,
  imageAlt: body.imageAlt,
  alignments,
});

/** What the audit keeps of a badge: its shape, not its texts. */
const audited = (row: AchievementRow) => ({
  organisationId: row.organisationId,
  achievementType: row.achievementType,
  validityMonths: row.validityMonths,
  tags: row.tags.length,
  alignments: row.alignments.length,
  hasImage: row.imageKey !== null,
});

export async function createAchievement(
  services: Services,
  publicUrl: string,
  actor: Actor,
  body: CreateAchievementBody,
): Promise<Achievement> {
  const now = services.clock();
  const alignments = await resolveAlignments(body.alignments);
  return services.database.db.transaction(async (tx) => {
    const organisation = (await organisationFacts(tx, [body.organisationId])).get(
      body.organisationId,
    );
    if (!organisation)
      throw new ValidationError('badges.unknown_organisation', 'No such organisation.');
    requireDesign(actor, { organisationId: organisation.id, kind: organisation.kind });
    const issuer = await ensureIssuer(tx, publicUrl, organisation.id);
    if (!issuer) throw new Error('issuer not made');
    const [row] = await tx
      .insert(achievements)
      .values({
        organisationId: organisation.id,
        ...fieldsOf(body, alignments),
        createdById: actor.staffId,
        createdAt: now.toISOString(),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'achievement.create',
        entityType: 'achievement',
        entityId: row.id,
        before: null,
        after: audited(row),
      },
      now,
    );
    return present(actor, row, issuer);
  });
}

/** The badge and its issuer, locked for a change, after the designer's rule; a missing one is a 404. */
async function forChange(tx: Tx, publicUrl: string, actor: Actor, id: string) {
  const [row] = await tx.select().from(achievements).where(eq(achievements.id, id)).for('update');
  if (!row) throw new NotFoundError('Achievement');
  const issuer = (await issuersOf(tx, publicUrl, [row.organisationId])).get(row.organisationId);
  if (!issuer) throw new Error('a badge without its issuer');
  requireDesign(actor, facts(issuer));
  return { row, issuer };
}

async function change(
  services: Services,
  publicUrl: string,
  actor: Actor,
  id: string,
  values: (row: AchievementRow) => Partial<AchievementRow>,
): Promise<Achievement> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const { row, issuer } = await forChange(tx, publicUrl, actor, id);
    const [updated] = await tx
      .update(achievements)
      .set({ ...values(row), version: row.version + 1 })
      .where(eq(achievements.id, id))
      .returning();
    if (!updated) throw new Error('update returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'achievement.update',
        entityType: 'achievement',
        entityId: id,
        before: audited(row),
        after: audited(updated),
      },
      now,
    );
    return present(actor, updated, issuer);
  });
}

export async function updateAchievement(
  services: Services,
  publicUrl: string,
  actor: Actor,
  id: string,
  body: UpdateAchievementBody,
): Promise<Achievement> {
  const alignments = await resolveAlignments(body.alignments);
  return change(services, publicUrl, actor, id, (row) => {
    if (row.version !== body.version) throw new StaleVersionError(body.version, row.version);
    return fieldsOf(body, alignments);
  });
}

/**
 * A PNG (checked and re-encoded by the files infrastructure: 10 MB, 50 Mpx, no metadata kept) or an
 * SVG (refused when unsafe, then rendered to PNG: images/), stored under a new key so that the
 * image's address never serves other bytes.
 */
export async function setAchievementImage(
  services: Services,
  publicUrl: string,
  actor: Actor,
  id: string,
  read: () => Promise<Upload>,
): Promise<Achievement> {
  await services.database.db.transaction((tx) => forChange(tx, publicUrl, actor, id));
  return storeImage(services, publicUrl, actor, id, await imageFromUpload(await read()));
}

/** Stores the PNG under a new key, then points the badge at it (the key is dropped if that fails). */
export async function storeImage(
  services: Services,
  publicUrl: string,
  actor: Actor,
  id: string,
  png: Buffer,
  imageAlt?: string,
): Promise<Achievement> {
  const key = randomUUID();
  await services.files.put(key, png);
  try {
    return await change(services, publicUrl, actor, id, () => ({
      imageKey: key,
      ...(imageAlt !== undefined ? { imageAlt } : {}),
    }));
  } catch (error) {
    await services.files.delete(key);
    throw error;
  }
}

/** The designer's rule for a badge, checked before any work is done for it. */
export const checkDesign = (services: Services, publicUrl: string, actor: Actor, id: string) =>
  services.database.db.transaction(async (tx) => {
    await forChange(tx, publicUrl, actor, id);
  });
