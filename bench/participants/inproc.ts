import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { fromPglite } from '../../apps/server/src/db/database.js';
import { listParticipants } from '../../apps/server/src/participants/service.js';
import { memberships } from '../../apps/server/src/db/schema.js';

const client = await PGlite.create('/tmp/tp-perf-100k/pgdata');
const database = fromPglite(client);
const services = { database, clock: () => new Date() };
const rows = await database.db.select().from(memberships);
const coord = rows.find((r) => r.role === 'coordination')!;
const actor = { staffId: coord.staffId, displayName: 'x', memberships: [{ organisationId: coord.organisationId, role: coord.role }] };
const query = { page: 1, pageSize: 50 } as const;
async function time(name: string, fn: () => Promise<unknown>, n = 300) {
  for (let i = 0; i < 30; i++) await fn();
  const t = performance.now();
  const c = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const u = process.cpuUsage(c);
  console.log(name.padEnd(20), 'wall', ((performance.now() - t) / n).toFixed(3), 'cpu', ((u.user + u.system) / 1000 / n).toFixed(3), 'ms');
}
for (let k = 0; k < (process.env.FIRST ? 2 : 0); k++) {
  await time('select 1', () => client.query('select 1'));
  await time('service list', () => listParticipants(services, actor as never, query));
  await time('service list phase', () => listParticipants(services, actor as never, { ...query, phase: 'accompaniment' }));
  await time('raw json', () => client.query(`select json_build_object('items', coalesce((select json_agg(t) from (select p.id, p.pseudonym, p.phase, p.territory, p.version, to_char(p.last_event_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "lastEventAt", case when s.id is null then null else json_build_object('id', s.id, 'displayName', s.display_name) end as referent from participants p left join staff s on s.id = p.referent_id order by p.last_event_at desc, p.id desc limit 50) t), '[]'::json))::text as j`));
  await time('raw rows', () => client.query(`select p.id, p.pseudonym, p.phase, p.territory, p.version, p.last_event_at, s.display_name from participants p left join staff s on s.id = p.referent_id order by p.last_event_at desc, p.id desc limit 50`));
  await time('raw count', () => client.query(`select count(*)::int from (select 1 from participants order by last_event_at desc, id desc limit 201) c`));
}
let captured: [string, unknown[]] = ['', []];
const orig = client.query.bind(client);
(client as any).query = (q: string, p: unknown[], o: unknown) => { captured = [q, p]; return orig(q, p, o as never); };
await listParticipants(services, actor as never, query);
(client as any).query = orig;
console.log(captured[0]);
for (let k = 0; k < 3; k++) {
  await time('service list', () => listParticipants(services, actor as never, query));
  await time('same sql, raw', () => client.query(captured[0], captured[1] as never));
  await time('same sql, raw arr', () => client.query(captured[0], captured[1] as never, { rowMode: 'array' }));
}
const planQ = 'explain (analyze, buffers) ' + captured[0];
console.log((await client.query(planQ, captured[1] as never)).rows.map((r: any) => r['QUERY PLAN']).join('\n'));
void sql;
await client.close();
