import type { Note } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { notes } from '../db/schema.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { canReadNote } from './policy.js';

const ctx = useTestApp();
const AUTHORS = ['referent', 'coordinator', 'coordination'] as const;
type Author = (typeof AUTHORS)[number];

let world: World;
let as: Record<Author, Client>;
let participantId: string;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  as = {
    referent: await loginAs(ctx.app, world.staff.referent),
    coordinator: await loginAs(ctx.app, world.staff.coordinator),
    coordination: await loginAs(ctx.app, world.staff.coordination),
  };
  participantId = (await followedParticipant(ctx.services, world, 'contract')).id;
  // Each author writes a private note and a shared one.
  for (const who of AUTHORS) {
    for (const secret of [true, false]) {
      const res = await as[who].request({
        method: 'POST',
        url: `/api/participants/${participantId}/notes`,
        payload: { body: `${who} ${secret ? 'private' : 'shared'}`, private: secret },
      });
      expect(res.statusCode).toBe(201);
    }
  }
});

describe('canReadNote (policy.ts)', () => {
  it('lets anyone who reads the notes read a shared note, and only its author a private one', () => {
    const note = (authorId: string, secret: boolean) => ({ authorId, private: secret });
    expect(canReadNote({ staffId: 'a' }, note('b', false))).toBe(true);
    expect(canReadNote({ staffId: 'a' }, note('a', true))).toBe(true);
    expect(canReadNote({ staffId: 'a' }, note('b', true))).toBe(false);
  });
});

describe('the notes list (readableNotes in visibility-sql.ts)', () => {
  it.each(AUTHORS)('shows %s exactly the notes the policy lets them read', async (who) => {
    const all = await ctx.database.db
      .select()
      .from(notes)
      .where(eq(notes.participantId, participantId));
    expect(all).toHaveLength(6);
    const res = await as[who].request({
      method: 'GET',
      url: `/api/participants/${participantId}/notes`,
    });
    expect(res.statusCode).toBe(200);
    const listed = res.json<Note[]>().map((n) => n.id);
    const allowed = all.filter((n) => canReadNote(world.staff[who], n)).map((n) => n.id);
    expect(listed.sort()).toEqual(allowed.sort());
    expect(listed).toHaveLength(4);
  });
});
