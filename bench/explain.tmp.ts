import { PGlite } from '@electric-sql/pglite';
const db = await PGlite.create({ dataDir: process.argv[2] });
for (const q of process.argv.slice(3)) {
  const t = performance.now();
  const r = await db.query(q);
  console.log(`--- ${(performance.now() - t).toFixed(0)} ms`);
  for (const row of r.rows) console.log(Object.values(row as object).join(' | '));
}
await db.close();
