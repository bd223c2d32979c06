import type { ShareLink } from '@territoires/contracts';
import { eq, sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { useTestApp } from '../../test-support/app.js';
import { loginParticipant } from '../../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../../test-support/world.js';
import { awards } from '../tables.js';
import { endorsed } from '../endorsements/test-support/factories.js';
import { acceptedAward, makeAchievement } from '../test-support/factories.js';
import { verifyOnPlatform } from '../test-support/verify-here.js';

// ADR 0028: a share page and the verification of one of our credentials are reused while nothing
// they read has changed, whichever process wrote. Here the writes come from elsewhere: on PostgreSQL
// another pool on the same database (another server instance, the CLI, psql), on PGlite (one process
// by design) raw statements on the same handle.

/** Every table a share page or a verification of our own credential reads (migration 0018). */
const WATCHED = [
  'organisations',
  'badge_issuer_origin',
  'badge_issuers',
  'achievements',
  'badge_recipients',
  'badge_status_lists',
  'awards',
  'badge_claim_credentials',
  'award_shares',
  'endorsers',
  'endorsements',
  'evidence_files',
];

const ctx = useTestApp();
let world: World;
let elsewhere: (text: string, params: unknown[]) => Promise<void>;
let pool: pg.Pool | undefined;

const urlOf = (database: Database): string | undefined =>
  (database.db as unknown as { $client: { options?: { connectionString?: string } } }).$client
    .options?.connectionString;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  const url = ctx.database.kind === 'postgres' ? urlOf(ctx.database) : undefined;
  if (url) {
    const other = new pg.Pool({ connectionString: url, max: 1 });
    pool = other;
    elsewhere = async (text, params) => {
      await other.query(text, params);
    };
  } else {
    elsewhere = async (text, params) => {
      await ctx.database.db.execute(sql.raw(bind(text, params)));
    };
  }
});
afterAll(async () => {
  await pool?.end();
});

/** $1… replaced by quoted literals (PGlite's raw path takes no parameters here; ids only). */
const bind = (text: string, params: unknown[]) =>
  text.replace(
    /\$(\d+)/g,
    (_, n: string) => `'${String(params[Number(n) - 1]).replace(/'/g, "''")}'`,
  );

async function sharedAward(): Promise<{ awardId: string; path: string }> {
  const p = await followedParticipant(ctx.services, world);
  const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
  const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
  const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
  const res = await phone.request({
    method: 'POST',
    url: `/api/me/awards/${award.id}/share`,
    payload: { showEvidence: false },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { awardId: award.id, path: new URL(res.json<ShareLink>().url).pathname };
}

const open = async (path: string) =>
  (await ctx.app.inject({ method: 'GET', url: path })).statusCode;

const verify = async (credential: unknown) =>
  (await verifyOnPlatform(ctx.app, JSON.stringify(credential))).result;

async function query<T>(statement: SQL): Promise<T[]> {
  const result: unknown = await ctx.database.db.execute(statement);
  return (result as { rows: T[] }).rows;
}

const version = async (): Promise<number> => {
  const rows = await query<{ version: string }>(
    sql`select version from read_versions where id = 1`,
  );
  return Number(rows[0]?.version);
};

describe('results reused across processes until a watched table changes (ADR 0028)', () => {
  it('has the bumping triggers on every table a share page or a verification reads', async () => {
    const rows = await query<{ table: string; name: string }>(
      sql`select c.relname as "table", t.tgname as name from pg_trigger t
          join pg_class c on c.oid = t.tgrelid where t.tgname like 'bump_read_version%'`,
    );
    for (const table of WATCHED) {
      const names = rows.filter((row) => row.table === table).map((row) => row.name);
      expect(names.sort(), table).toEqual(['bump_read_version', 'bump_read_version_truncate']);
    }
  });

  it('bumps the version once per transaction that writes, at commit', async () => {
    const before = await version();
    await ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`update organisations set name = name where true`);
      await tx.execute(sql`update badge_issuer_origin set public_url = public_url where true`);
      await tx.execute(sql`update organisations set name = name where true`);
    });
    expect(await version()).toBe(before + 1);
    await ctx.database.db.execute(sql`select count(*) from awards`);
    expect(await version()).toBe(before + 1);
  });

  it('a link stopped elsewhere closes the page at once', async () => {
    const { path } = await sharedAward();
    expect(await open(path)).toBe(200);
    expect(await open(path)).toBe(200);
    await elsewhere('update award_shares set revoked_at = now() where revoked_at is null', []);
    expect(await open(path)).toBe(404);
  });

  it('a badge hidden elsewhere closes the page at once', async () => {
    const { awardId, path } = await sharedAward();
    expect(await open(path)).toBe(200);
    await elsewhere('update awards set hidden_at = now() where id = $1', [awardId]);
    expect(await open(path)).toBe(404);
  });

  it('an award revoked elsewhere fails its verification and its page at once', async () => {
    const { awardId, path } = await sharedAward();
    const [row] = await ctx.database.db
      .select({ credential: awards.credential })
      .from(awards)
      .where(eq(awards.id, awardId));
    expect(await verify(row?.credential)).toBe('verified');
    expect(await verify(row?.credential)).toBe('verified');
    const page = async () => (await ctx.app.inject({ method: 'GET', url: path })).body;
    expect(await page()).toMatch(/Badge authentique et valable/);
    await elsewhere(
      "update awards set status = 'revoked', revoked_at = now(), revocation_reason = 'Erreur.' where id = $1",
      [awardId],
    );
    expect(await verify(row?.credential)).toBe('not_verified');
    expect(await page()).not.toMatch(/Badge authentique et valable/);
  });

  it('an endorsement accepted elsewhere shows on the page at once', async () => {
    const { awardId, path } = await sharedAward();
    const target = { kind: 'award' as const, id: awardId };
    const given = await endorsed(ctx.services, world.staff.referent, target);
    const page = async () => (await ctx.app.inject({ method: 'GET', url: path })).body;
    expect(await page()).not.toContain('Ponctuel et soigneux');
    expect(await page()).not.toContain('Ponctuel et soigneux');
    await elsewhere(
      "update endorsements set status = 'accepted', decided_at = now() where id = $1",
      [given.id],
    );
    expect(await page()).toContain('Ponctuel et soigneux');
  });

  it('on PostgreSQL the page is really reused: a write that skips the trigger is not seen', async () => {
    if (ctx.database.kind !== 'postgres') return;
    const { awardId, path } = await sharedAward();
    expect(await open(path)).toBe(200);
    await ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update award_shares set revoked_at = now() where award_id = ${awardId}`);
    });
    expect(await open(path)).toBe(200);
    await elsewhere('update organisations set name = name where true', []);
    expect(await open(path)).toBe(404);
  });

  it('an unrelated write elsewhere changes nothing that was true', async () => {
    const { path } = await sharedAward();
    expect(await open(path)).toBe(200);
    const before = await version();
    await elsewhere('update participants set created_at = created_at where true', []);
    expect(await version()).toBe(before);
    await elsewhere('update organisations set name = name where true', []);
    expect(await version()).toBe(before + 1);
    expect(await open(path)).toBe(200);
  });
});
