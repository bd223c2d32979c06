#!/usr/bin/env node
// `npm start` builds only what changed since the last build, so a restart on an existing data
// directory is healthy in seconds instead of waiting for TypeScript and Vite again.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// In dependency order; a workspace is rebuilt when its inputs or a dependency changed.
const workspaces = [
  { name: '@territoires/contracts', dir: 'packages/contracts', deps: [] },
  { name: '@territoires/open-badges', dir: 'packages/open-badges', deps: [] },
  { name: '@territoires/web', dir: 'apps/web', deps: ['@territoires/contracts'] },
  {
    name: '@territoires/server',
    dir: 'apps/server',
    deps: ['@territoires/contracts', '@territoires/open-badges'],
  },
];
const INPUTS = [
  'src',
  'contexts',
  'schemas',
  'index.html',
  'moi.html',
  'public',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'vite.config.ts',
  'vite.moi.config.ts',
  'vite',
];
const STAMP = '.build-stamp';

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, entry) => Math.max(max, newest(join(path, entry))),
    stat.mtimeMs,
  );
}

const rebuilt = new Set();
for (const ws of workspaces) {
  const dir = join(root, ws.dir);
  const stamp = join(dir, 'dist', STAMP);
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const changed = INPUTS.some((input) => newest(join(dir, input)) > built);
  if (!changed && !ws.deps.some((dep) => rebuilt.has(dep))) continue;
  console.log(`building ${ws.name}…`);
  execFileSync('npm', ['run', 'build', '-w', ws.name], { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, new Date().toISOString());
  rebuilt.add(ws.name);
}
