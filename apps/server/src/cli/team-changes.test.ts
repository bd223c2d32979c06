import { noIssuerKeys } from '../keys/keyring.js';
import type { ParticipantDetail } from '@territoires/contracts';
import { eq, sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { followUpAssignments, participants } from '../db/schema.js';
import { localFileStorage } from '../files/storage.js';
import { assignTeam, recordParticipantEvent } from '../participants/index.js';
import { TEST_NOW, useTestApp } from '../test-support/app.js';
import { makeOrganisation, makeParticipant, makeStaff } from '../test-support/factories.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { followingOrganisation, propose } from '../transfers/test-support/factories.js';
import { decideTransfer } from '../transfers/index.js';
import { main } from './main.js';
import { parseSince, suspectTeamChanges, teamChangeLines } from './team-changes.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

/**
 * What the code before ADR 0012 let a colleague do (assignTeam without the team check): an
 * assignment, the denormalised column, the timeline and the audit event, as assignTeam writes them.
 */
async function throughTheOldHole(
  database: Database,
  now: Date,
  actor: Actor,
  p: ParticipantDetail,
  staffId = actor.staffId,
) {
  const day = now.toISOString().slice(0, 10);
  await database.db.transaction(async (tx) => {
    const [assigned] = await tx
      .insert(followUpAssignments)
      .values({ participantId: p.id, staffId, role: 'coordinator', startOn: day })
      .returning();
    await tx
      .update(participants)
      .set({ coordinatorId: staffId, version: sql`${participants.version} + 1` })
      .where(eq(participants.id, p.id));
    await recordParticipantEvent(
      tx,
      {
        participantId: p.id,
        actorId: actor.staffId,
        kind: 'team_assigned',
        data: { role: 'coordinator', staffId, replaced: [] },
        audit: {
          action: 'participant.team',
          entityType: 'participant',
          entityId: p.id,
          before: [],
          after: assigned,
        },
      },
      now,
    );
  });
  return (await database.db.select().from(participants).where(eq(participants.id, p.id)))[0];
}

const body = (
  version: number,
  staffId: string,
  role: 'referent' | 'coordinator' = 'coordinator',
) => ({
  version,
  role,
  staffId,
  startOn: ctx.services.clock().toISOString().slice(0, 10),
});

describe('territoires audit team-changes', () => {
  it('lists the changes made from outside the team and coordination, and only those', async () => {
    const colleague = world.staff.coordinator;
    // Before --since: not listed.
    ctx.setNow(new Date('2026-01-10T10:00:00Z'));
    const early = await followedParticipant(ctx.services, world);
    await throughTheOldHole(ctx.database, ctx.services.clock(), colleague, early);

    ctx.setNow(TEST_NOW);
    // The hole: a colleague adds themself; once on the team, their next change is a team member's.
    const holed = await followedParticipant(ctx.services, world);
    const after = await throughTheOldHole(ctx.database, ctx.services.clock(), colleague, holed);
    await assignTeam(
      ctx.services,
      colleague,
      holed.id,
      body(after?.version ?? 0, world.staff.coordination.staffId, 'referent'),
    );
    // A colleague who added someone else, whose membership has since been ended by the team.
    const other = await followedParticipant(ctx.services, world);
    const added = await throughTheOldHole(
      ctx.database,
      ctx.services.clock(),
      colleague,
      other,
      world.spareCoordinator.staffId,
    );
    await assignTeam(
      ctx.services,
      world.staff.referent,
      other.id,
      body(added?.version ?? 0, colleague.staffId),
    );
    // Legitimate: the team's référent, coordination.
    const fine = await followedParticipant(ctx.services, world);
    const byTeam = await assignTeam(
      ctx.services,
      world.staff.referent,
      fine.id,
      body(fine.version, world.spareCoordinator.staffId),
    );
    await assignTeam(
      ctx.services,
      world.staff.coordination,
      fine.id,
      body(byTeam.version, colleague.staffId),
    );
    // Legitimate: a référent who joined through an accepted transfer, then changes the team.
    const receiving = await followingOrganisation(ctx.services);
    const moving = await followedParticipant(ctx.services, world);
    const transfer = await propose(ctx.services, colleague, moving.id, receiving.id);
    await decideTransfer(ctx.services, receiving.coordinator, transfer.id, 'accept', {
      referentId: receiving.referent.staffId,
    });
    const moved = (
      await ctx.database.db.select().from(participants).where(eq(participants.id, moving.id))
    )[0];
    await assignTeam(
      ctx.services,
      receiving.referent,
      moving.id,
      body(moved?.version ?? 0, world.staff.coordination.staffId),
    );

    const changes = await suspectTeamChanges(ctx.database, '2026-02-01');
    expect(
      changes.map((c) => [c.participantId, c.actorId, c.staffId, c.selfAssigned, c.stillOpen]),
    ).toEqual([
      [holed.id, colleague.staffId, colleague.staffId, true, true],
      [other.id, colleague.staffId, world.spareCoordinator.staffId, false, false],
    ]);
    expect(changes[0]).toMatchObject({
      pseudonym: holed.pseudonym,
      actorEmail: colleague.email,
      role: 'coordinator',
    });

    const lines = teamChangeLines(changes, '2026-02-01');
    expect(lines[0]).toBe(
      '2 team change(s) since 2026-02-01 by someone outside the team or coordination:',
    );
    expect(lines[1]).toContain(
      `put themself as coordinator on ${holed.pseudonym} (${holed.id}), still on the team`,
    );
    expect(lines[2]).toContain(', since ended');
    expect(await suspectTeamChanges(ctx.database, '2026-03-16')).toEqual([]);
    expect(teamChangeLines([], '2026-03-16')).toEqual([
      'No team change since 2026-03-16 by someone outside the team or coordination.',
    ]);
    // Since an earlier day, the January change is listed too.
    expect(
      (await suspectTeamChanges(ctx.database, '2026-01-01')).map((c) => c.participantId),
    ).toContain(early.id);
  });
});

describe('the command line', () => {
  const run = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };

  it.each(['2026-13-01', '01/02/2026', 'yesterday', '2026-02-30'])(
    'a bad --since (%s) is a clear error, exit 2, before any database is opened',
    async (since) => {
      const res = await run(['audit', 'team-changes', '--since', since], {
        DATA_DIR: '/nonexistent/tp',
      });
      expect(res.code).toBe(2);
      expect(res.stderr).toBe(`--since expects a date as YYYY-MM-DD (got "${since}").`);
      expect(() => parseSince(since)).toThrow('YYYY-MM-DD');
    },
  );

  it('without --since: exit 2 with the usage error', async () => {
    const res = await run(['audit', 'team-changes']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("required option '--since <date>' not specified");
  });

  it(
    'runs on a data directory: the lines, then the same change as JSON with --json',
    { timeout: 120_000 },
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'tp-team-changes-'));
      try {
        const database = await openDatabase({ dataDir }, 'test');
        let holed: ParticipantDetail;
        let colleague: Actor;
        try {
          await database.migrate();
          const services = {
            database,
            clock: () => TEST_NOW,
            files: localFileStorage(join(dataDir, 'files')),
            issuerKeys: noIssuerKeys,
          };
          const org = await makeOrganisation(database.db, { kind: 'consortium_member' });
          const referent = await makeStaff(database.db, { organisationId: org.id });
          colleague = await makeStaff(database.db, {
            role: 'coordinator',
            organisationId: org.id,
          });
          holed = await makeParticipant(services, { actor: referent });
          await throughTheOldHole(database, TEST_NOW, colleague, holed);
        } finally {
          await database.close();
        }
        const env = { DATA_DIR: dataDir };
        const text = await run(['audit', 'team-changes', '--since', '2026-03-01'], env);
        expect(text.code, text.stderr).toBe(0);
        expect(text.stdout).toContain(
          `put themself as coordinator on ${holed.pseudonym} (${holed.id}), still on the team`,
        );
        const json = await run(['audit', 'team-changes', '--since', '2026-03-01', '--json'], env);
        expect(json.code, json.stderr).toBe(0);
        expect(JSON.parse(json.stdout)).toMatchObject([
          { participantId: holed.id, actorId: colleague.staffId, selfAssigned: true },
        ]);
        const later = await run(['audit', 'team-changes', '--since', '2026-03-16', '--json'], env);
        expect(JSON.parse(later.stdout)).toEqual([]);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
