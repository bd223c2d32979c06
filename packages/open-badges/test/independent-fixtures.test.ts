// Every case made by test-fixtures/generate.mjs (digitalbazaar, jose, node:crypto — never this library), run through
// the command line as an outside verifier would: `open-badges verify FILE` offline, then with --allow-network and
// the documents of web.json served. Each case is a named test; its verdict, exit code and the checks that fail or
// cannot be made are those the manifest states.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, nodeIo, type CliIo } from '../src/cli/main.js';

type Verdict = 'verified' | 'not_verified' | 'indeterminate';
interface Expectation {
  result: Verdict;
  failed?: string[];
  indeterminate?: string[];
  /** Reason codes the failed or indeterminate checks must carry. */
  codes?: string[];
}
interface Case {
  name: string;
  file: string;
  description: string;
  offline: Expectation;
  online: Expectation;
  /** Extra arguments (a presentation's --challenge and --domain). */
  args?: string[];
}
interface Served {
  status?: number;
  json?: unknown;
}

const cases = new URL('fixtures/independent/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', cases), 'utf8')) as Case[];
const web = JSON.parse(readFileSync(new URL('web.json', cases), 'utf8')) as Record<string, Served>;
const EXIT: Record<Verdict, number> = { verified: 0, not_verified: 1, indeterminate: 3 };

/** The documents of web.json as the HTTP client under the fetch policy; anything else is a 404. */
const served: NonNullable<CliIo['fetch']> = (url) => {
  const hit = web[url];
  if (hit?.json !== undefined) return Promise.resolve(new Response(JSON.stringify(hit.json)));
  return Promise.resolve(new Response('', { status: hit?.status ?? 404 }));
};

interface Outcome {
  code: number;
  result: Verdict;
  checks: { id: string; status: string; code?: string }[];
}

async function cli(argv: string[], fetch?: CliIo['fetch']): Promise<Outcome> {
  const out: string[] = [];
  const io: CliIo = {
    ...nodeIo(),
    stdout: { write: (chunk: string | Uint8Array) => out.push(String(chunk)) },
    stderr: { write: () => true },
    ...(fetch ? { fetch } : {}),
  };
  const code = await main(argv, io);
  const printed = JSON.parse(out.join('')) as Omit<Outcome, 'code'>;
  return { code, result: printed.result, checks: printed.checks };
}

function expectVerdict(outcome: Outcome, expected: Expectation): void {
  const having = (status: string) =>
    outcome.checks.filter((c) => c.status === status).map((c) => c.id);
  expect(outcome.result).toBe(expected.result);
  expect(outcome.code).toBe(EXIT[expected.result]);
  expect(having('failed')).toEqual(expect.arrayContaining(expected.failed ?? []));
  expect(having('indeterminate')).toEqual(expect.arrayContaining(expected.indeterminate ?? []));
  const codes = outcome.checks.filter((c) => c.status !== 'passed').map((c) => c.code);
  expect(codes).toEqual(expect.arrayContaining(expected.codes ?? []));
}

const path = (c: Case): string => fileURLToPath(new URL(c.file, cases));

describe('independent fixtures, open-badges verify FILE (offline)', () => {
  it.each(manifest)('$name: $description', async (c) => {
    expectVerdict(await cli(['verify', path(c), ...(c.args ?? [])]), c.offline);
  });
});

describe('independent fixtures, open-badges verify --allow-network FILE (documents served)', () => {
  it.each(manifest)('$name: $description', async (c) => {
    const argv = ['verify', '--allow-network', path(c), ...(c.args ?? [])];
    expectVerdict(await cli(argv, served), c.online);
  });
});

describe('the fixture set', () => {
  it('covers every verdict, offline and online, and is at least as large as the outside suite', () => {
    const verdicts = (mode: 'offline' | 'online') => new Set(manifest.map((c) => c[mode].result));
    expect(verdicts('offline')).toEqual(new Set(['verified', 'not_verified', 'indeterminate']));
    expect(verdicts('online')).toEqual(new Set(['verified', 'not_verified']));
    expect(manifest.length).toBeGreaterThanOrEqual(90);
  });
});
