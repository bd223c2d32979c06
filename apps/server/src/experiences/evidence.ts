import type { EvidenceFile } from '@territoires/contracts';
import { count, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.js';
import { staffIdOf } from '../auth/principal.js';
import { evidenceFiles, experiences } from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';
import { checkType, MIME, processUpload, storedName } from '../files/inspect.js';
import { FileNotStoredError } from '../files/storage.js';
import type { Upload } from '../files/upload.js';
import { recordParticipantEvent } from '../participants/index.js';
import type { Services } from '../services.js';
import { requireRecordAccess } from './access.js';
import { requireRoomForFile } from './policy.js';
import { experienceOwner, presentFile } from './repository.js';

/**
 * Adds a photo or PDF to an experience. The access check comes first (nothing is decoded for someone
 * who may not upload), then the content is checked and images re-encoded; the bytes are stored under
 * a fresh key inside the transaction, and removed again if the transaction does not commit.
 */
export async function addEvidence(
  services: Services,
  who: Principal,
  experienceId: string,
  read: () => Promise<Upload>,
): Promise<EvidenceFile> {
  const { db } = services.database;
  const participantId = await experienceOwner(db, experienceId);
  await requireRecordAccess(db, who, participantId, 'Experience');
  const upload = await read();
  const type = checkType(upload.bytes, upload.filename, upload.mimetype);
  const processed = await processUpload(type, upload.bytes);
  const now = services.clock();
  const staffId = staffIdOf(who);
  const key = randomUUID();
  // Set inside the transaction once the bytes are stored, so a rollback removes them.
  const state = { stored: false };
  try {
    return await db.transaction(async (tx) => {
      // Locks the experience: two uploads at once cannot both pass the count.
      await tx
        .select({ id: experiences.id })
        .from(experiences)
        .where(eq(experiences.id, experienceId))
        .for('update');
      const [{ files } = { files: 0 }] = await tx
        .select({ files: count() })
        .from(evidenceFiles)
        .where(eq(evidenceFiles.experienceId, experienceId));
      requireRoomForFile(files);
      const [row] = await tx
        .insert(evidenceFiles)
        .values({
          experienceId,
          participantId,
          storageKey: key,
          kind: type === 'pdf' ? 'pdf' : 'image',
          mimeType: MIME[type],
          size: processed.data.length,
          name: storedName(upload.filename, type),
          width: processed.width,
          height: processed.height,
          uploadedByStaffId: staffId,
          createdAt: now.toISOString(),
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordParticipantEvent(
        tx,
        {
          participantId,
          actorId: staffId,
          kind: 'evidence_added',
          data: { experienceId, fileId: row.id, kind: row.kind, by: who.kind },
          audit: {
            action: 'evidence.add',
            entityType: 'evidence_file',
            entityId: row.id,
            after: { experienceId, mimeType: row.mimeType, size: row.size, by: who.kind },
          },
        },
        now,
      );
      await services.files.put(key, processed.data);
      state.stored = true;
      return presentFile(row);
    });
  } catch (error) {
    if (state.stored) await services.files.delete(key);
    throw error;
  }
}

export interface FileBytes {
  data: Buffer;
  mimeType: string;
  name: string;
}

/** The bytes of an evidence file, for whoever may see the experience it belongs to. */
export async function evidenceBytes(
  services: Services,
  who: Principal,
  fileId: string,
): Promise<FileBytes> {
  const { db } = services.database;
  const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, fileId));
  if (!row) throw new NotFoundError('File');
  await requireRecordAccess(db, who, row.participantId, 'File');
  try {
    return {
      data: await services.files.get(row.storageKey),
      mimeType: row.mimeType,
      name: row.name,
    };
  } catch (error) {
    if (error instanceof FileNotStoredError) throw new NotFoundError('File');
    throw error;
  }
}
