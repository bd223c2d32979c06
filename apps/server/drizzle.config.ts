import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // The first domains' tables are in db/tables/; a domain added since keeps its own in <domain>/tables.ts.
  schema: ['./src/db/tables/*.ts', './src/*/tables.ts'],
  out: './drizzle',
});
