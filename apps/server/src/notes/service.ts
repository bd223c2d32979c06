import type { CreateNoteBody, Note } from '@territoires/contracts';
import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';

import { notes, staff } from '../db/schema.js';
import { participantFor, recordParticipantEvent } from '../participants/index.js';
import type { Services } from '../services.js';
import { requireNotesAccess } from './policy.js';
import { readableNotes } from './visibility-sql.js';

import { iso } from '../time/index.js';

const noteColumns = {
  id: notes.id,
  at: notes.createdAt,
  authorId: notes.authorId,
  authorDisplayName: staff.displayName,
  body: notes.body,
  private: notes.private,
};

const present = (row: { at: string } & Omit<Note, 'at'>): Note => ({ ...row, at: iso(row.at) });

/** The notes of a file the actor reads (policy.ts: private notes, author only; partners, none). */
export async function listNotes(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<Note[]> {
  const { db } = services.database;
  const { level } = await participantFor(db, actor, participantId);
  requireNotesAccess(level);
  const rows = await db
    .select(noteColumns)
    .from(notes)
    .innerJoin(staff, eq(staff.id, notes.authorId))
    .where(and(eq(notes.participantId, participantId), readableNotes(actor)))
    .orderBy(desc(notes.createdAt));
  return rows.map(present);
}

export async function createNote(
  services: Services,
  actor: Actor,
  participantId: string,
  body: Required<CreateNoteBody>,
): Promise<Note> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const { level } = await participantFor(tx, actor, participantId);
    requireNotesAccess(level);
    const [note] = await tx
      .insert(notes)
      .values({
        participantId,
        authorId: actor.staffId,
        body: body.body,
        private: body.private,
        createdAt: now.toISOString(),
      })
      .returning();
    if (!note) throw new Error('insert returned nothing');
    // A note is a sign of life for the inactivity alert; the timeline shows that a note exists, not its text.
    await recordParticipantEvent(
      tx,
      {
        participantId,
        actorId: actor.staffId,
        kind: 'note_added',
        data: { private: body.private },
        audit: {
          action: 'note.create',
          entityType: 'note',
          entityId: note.id,
          after: { private: note.private },
        },
      },
      now,
    );
    return present({ ...note, at: note.createdAt, authorDisplayName: actor.displayName });
  });
}
