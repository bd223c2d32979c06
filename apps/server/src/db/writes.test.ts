import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTestDatabase } from '../test-support/database.js';
import { fromPglite, type Database } from './database.js';
import { organisations } from './schema.js';
import { isReadOnly } from './writes.js';

describe('isReadOnly', () => {
  it('takes plain selects as reads', () => {
    expect(isReadOnly('select 1')).toBe(true);
    expect(isReadOnly('  SELECT "id" from "participants" where "updated_at" > $1')).toBe(true);
    expect(isReadOnly('(select "a" from "t") union all (select "b" from "u")')).toBe(true);
  });

  it('takes anything else, or a select that may change data, as a write', () => {
    for (const text of [
      'insert into t values (1)',
      'update t set a = 1',
      'delete from t',
      'with x as (update t set a = 1 returning *) select * from x',
      'with x as (select 1) select * from x',
      'select * from t for update',
      '(select * from t) union all (select * from u for update)',
      "select nextval('s')",
      'begin',
      'create table t (a int)',
    ])
      expect(isReadOnly(text), text).toBe(false);
  });
});

describe('write counter', () => {
  let database: Database;
  beforeAll(async () => {
    database = await cloneTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('exists only where this process is the only writer (PGlite)', () => {
    if (database.kind === 'pglite') expect(database.writes).not.toBeNull();
    else expect(database.writes).toBeNull();
  });

  // Always on an embedded database of its own, also when the suite runs on PostgreSQL (which has no counter).
  it('counts writes, transactions (even rolled back) and raw statements, not reads', async () => {
    const embedded = fromPglite(await PGlite.create());
    try {
      await embedded.migrate();
      const { db } = embedded;
      const generation = () => embedded.writes?.generation ?? Number.NaN;
      let last = generation();
      const expectBump = (bumped: boolean) => {
        const now = generation();
        if (bumped) expect(now).toBeGreaterThan(last);
        else expect(now).toBe(last);
        last = now;
      };
      await db.select().from(organisations);
      expectBump(false);
      await db.execute(sql`select count(*) from organisations`);
      expectBump(false);
      await db.insert(organisations).values({ name: 'Écrite', kind: 'partner_association' });
      expectBump(true);
      await db.execute(sql`update organisations set name = name`);
      expectBump(true);
      await db.transaction(async (tx) => {
        await tx.select().from(organisations);
      });
      expectBump(true);
      await expect(
        db.transaction(async (tx) => {
          await tx.insert(organisations).values({ name: 'Annulée', kind: 'partner_association' });
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      expectBump(true);
      await expect(db.execute(sql`insert into nowhere values (1)`)).rejects.toThrow();
      expectBump(true);
    } finally {
      await embedded.close();
    }
    // A fresh embedded database is migrated from nothing here: seconds, more on a loaded machine.
  }, 120_000);
});
