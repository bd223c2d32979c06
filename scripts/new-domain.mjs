#!/usr/bin/env node
// `npm run new-domain -- <name>`: a new domain in all three workspaces (docs/ARCHITECTURE.md, "Adding a
// domain"). It writes the domain's folders, adds its lines to the three domain lists (contracts
// api.ts, server app.ts, web domains.ts) and generates the migration of its one table. Nothing else
// outside its folders changes: the completeness tests find its test data from the server's list.
// Options: --root <dir> (another checkout; the scaffold test uses a throwaway copy), --no-migration.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (flag) => {
  const at = args.indexOf(flag);
  if (at === -1) return undefined;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const root = resolve(option('--root') ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const noMigration = args.includes('--no-migration');
const name = args.find((a) => !a.startsWith('--'));

if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error(
    'usage: npm run new-domain -- <name>   (lower case, words joined by "-", e.g. badges)',
  );
  process.exit(2);
}

const words = name.split('-');
const camel =
  words[0] +
  words
    .slice(1)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const pascal = camel[0].toUpperCase() + camel.slice(1);
const constant = words.join('_').toUpperCase();
const snake = words.join('_');
const n = { name, camel, pascal, constant, snake };

const paths = {
  contracts: join(root, 'packages/contracts/src', `${name}.ts`),
  server: join(root, 'apps/server/src', name),
  web: join(root, 'apps/web/src', name),
};
for (const path of Object.values(paths)) {
  if (existsSync(path)) {
    console.error(`${path} exists already: pick another name`);
    process.exit(1);
  }
}

const write = (path, text) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

/** Inserts `line` before the first line matching `before` after the one matching `after`. */
function insertLine(file, line, { after, before }) {
  const path = join(root, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = after ? lines.findIndex((l) => after.test(l)) : 0;
  const at = start === -1 ? -1 : lines.findIndex((l, i) => i > start && before.test(l));
  if (at === -1) throw new Error(`${file}: no place for "${line.trim()}" (was the list renamed?)`);
  lines.splice(at, 0, line);
  writeFileSync(path, lines.join('\n'));
}

/** Inserts `line` after the last line matching `pattern`. */
function appendAfterLast(file, line, pattern) {
  const path = join(root, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const at = lines.findLastIndex((l) => pattern.test(l));
  if (at === -1) throw new Error(`${file}: no line matches ${pattern}`);
  lines.splice(at + 1, 0, line);
  writeFileSync(path, lines.join('\n'));
}

const templates = await import('./new-domain-templates.mjs');

// 1. Contracts: the domain's file, then its lines in the contracts' domain list.
write(paths.contracts, templates.contracts(n));
const api = 'packages/contracts/src/api.ts';
appendAfterLast(
  api,
  `import { ${constant}_ERROR_CODES, ${constant}_TIMELINE_KINDS, ${camel}Routes } from './${name}.js';`,
  /^} from '\.\/[a-z-]+\.js';$|^import .* from '\.\/[a-z-]+\.js';$/,
);
appendAfterLast(api, `export * from './${name}.js';`, /^export \* from '\.\/[a-z-]+\.js';$/);
insertLine(api, `  ...${constant}_ERROR_CODES,`, {
  after: /^export const ERROR_CODES = \[$/,
  before: /^] as const;$/,
});
insertLine(api, `  ...${constant}_TIMELINE_KINDS,`, {
  after: /^export const TIMELINE_EVENT_KINDS = \[$/,
  before: /^] as const;$/,
});
insertLine(api, `  ...${camel}Routes,`, {
  after: /^export const api = \{$/,
  before: /^} as const satisfies Record<string, RouteContract>;$/,
});

// 2. Server: the domain's folder (its table beside it), then its line in app.ts's DOMAINS.
for (const [file, text] of Object.entries(templates.server(n)))
  write(join(paths.server, file), text);
const app = 'apps/server/src/app.ts';
appendAfterLast(
  app,
  `import { ${camel}Routes } from './${name}/index.js';`,
  /^import .* from '\.\/[a-z-]+\/index\.js';$/,
);
insertLine(app, `  ${/-/.test(name) ? `'${name}'` : name}: ${camel}Routes,`, {
  after: /^export const DOMAINS = \{$/,
  before: /^} as const satisfies Record<string, RegisterRoutes>;$/,
});

// 3. Web: the domain's folder, then its line in domains.ts.
for (const [file, text] of Object.entries(templates.web(n))) write(join(paths.web, file), text);
const domains = 'apps/web/src/domains.ts';
appendAfterLast(
  domains,
  `import { ${camel}Domain } from './${name}/domain.js';`,
  /^import .* from '\.\/[a-z-]+\/domain\.js';$/,
);
insertLine(domains, `  ${camel}Domain,`, {
  after: /^export const DOMAINS: readonly WebDomain\[] = \[$/,
  before: /^];$/,
});

const run = (command, commandArgs, cwd) => {
  const done = spawnSync(command, commandArgs, { cwd, stdio: 'inherit' });
  if (done.status !== 0) process.exit(done.status ?? 1);
};
run(
  'npx',
  [
    'prettier',
    '--write',
    '--log-level',
    'warn',
    paths.contracts,
    paths.server,
    paths.web,
    api,
    app,
    domains,
  ],
  root,
);

// 4. Its migration: drizzle-kit reads <domain>/tables.ts beside db/tables/.
if (!noMigration)
  run('npx', ['drizzle-kit', 'generate', '--name', snake], join(root, 'apps/server'));

console.log(`
${name}: packages/contracts/src/${name}.ts, apps/server/src/${name}/, apps/web/src/${name}/
and one entry in each domain list (api.ts, app.ts, domains.ts)${noMigration ? '' : ', plus its migration'}.
Next: the domain's real routes, rules, tables and messages (docs/ARCHITECTURE.md, "Adding a domain").`);
