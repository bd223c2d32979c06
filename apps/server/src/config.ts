import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  webDist: string;
  secureCookies: boolean;
  /** Reuse list pages until the next write (PGlite only, ADR 0009); RESULT_CACHE=off to compare. */
  resultCache: boolean;
  version: string;
}

const packageJson = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

/** Same depth from src/ and dist/: apps/web/dist. */
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Paths are relative to where the user ran npm (INIT_CWD), not to the workspace npm switched into. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = env.INIT_CWD ?? process.cwd(),
): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, got "${env.PORT ?? ''}".`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(cwd, env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    webDist: env.WEB_DIST ?? DEFAULT_WEB_DIST,
    secureCookies: env.COOKIE_SECURE === 'true',
    resultCache: env.RESULT_CACHE !== 'off',
    version: packageJson.version,
  };
}
