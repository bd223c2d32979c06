import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Evidence files: FILES_DIR, by default <DATA_DIR>/files (also in PostgreSQL mode: ./data/files). */
  filesDir: string;
  /** Issuers' key files (ADR 0019): ISSUER_KEYS_DIR, by default <DATA_DIR>/issuer-keys. */
  issuerKeysDir: string;
  databaseUrl: string | undefined;
  webDist: string;
  secureCookies: boolean;
  /**
   * TRUST_PROXY: which proxy's X-Forwarded-* headers to believe: a hop count or the proxy's addresses
   * (comma-separated IPs or CIDRs). Unset: none, the client's own address counts (ADR 5).
   */
  trustProxy: false | number | string[];
  /** PUBLIC_URL: the origin of every link and QR code; never taken from a request's headers. */
  publicUrl: string;
  /** True when PUBLIC_URL was not set and the default (http://localhost:PORT) is used. */
  publicUrlDefaulted: boolean;
  /** SMTP_URL (smtp://user:pass@host:587 or smtps://…): unset, invitation and reset links are handed over. */
  smtpUrl: string | undefined;
  /** SMTP_FROM: the sender of every e-mail, e.g. "Territoires Partagés <noreply@example.org>". */
  smtpFrom: string;
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
    filesDir: resolve(cwd, env.FILES_DIR ?? join(env.DATA_DIR ?? 'data', 'files')),
    issuerKeysDir: resolve(cwd, env.ISSUER_KEYS_DIR ?? join(env.DATA_DIR ?? 'data', 'issuer-keys')),
    databaseUrl: env.DATABASE_URL || undefined,
    webDist: env.WEB_DIST ?? DEFAULT_WEB_DIST,
    secureCookies: env.COOKIE_SECURE === 'true',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    publicUrl: parsePublicUrl(env.PUBLIC_URL, port),
    publicUrlDefaulted: !env.PUBLIC_URL,
    resultCache: env.RESULT_CACHE !== 'off',
    smtpUrl: parseSmtpUrl(env.SMTP_URL),
    smtpFrom: env.SMTP_FROM || 'Territoires Partagés <noreply@localhost>',
    version: packageJson.version,
  };
}

/** A hop count, or a list of addresses/CIDRs; anything else is a configuration error, not a guess. */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const raw = value?.trim() ?? '';
  if (raw === '' || raw === 'false') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const version = isIP(address);
    const max = version === 4 ? 32 : 128;
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= max);
    if (version === 0 || !validBits)
      throw new Error(
        `TRUST_PROXY must be a hop count or the proxy's addresses (IP or CIDR, comma-separated), got "${entry}".`,
      );
  }
  return entries;
}

/** An http(s) origin with no path; the default is this machine's own address. */
export function parsePublicUrl(value: string | undefined, port: number): string {
  if (!value) return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `PUBLIC_URL must be an address such as https://territoires.example.org, got "${value}".`,
    );
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new Error(`PUBLIC_URL must be an http(s) origin with no path, got "${value}".`);
  return url.origin;
}

/** smtp:// or smtps:// with a host; anything else is a configuration error, not a silent no-mail. */
export function parseSmtpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      'SMTP_URL must be an address such as smtp://user:password@smtp.example.org:587.',
    );
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname)
    throw new Error('SMTP_URL must start with smtp:// or smtps:// and name a host.');
  return value;
}
