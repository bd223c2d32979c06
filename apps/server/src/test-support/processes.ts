import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

export interface CliProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/** Runs `territoires ARGS` from the TypeScript sources as a separate process, on PGlite. */
export function runCli(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', ENTRY, ...args],
    {
      cwd: REPO,
      env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => {
      resolve(code ?? signal ?? -1);
    }),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits until the process prints `text`, failing if it exits first or takes too long. */
export async function waitFor(cli: CliProcess, text: string, ms = 45_000): Promise<void> {
  const started = Date.now();
  while (!cli.stdout().includes(text)) {
    if (cli.child.exitCode !== null)
      throw new Error(`exited ${cli.child.exitCode}: ${cli.stdout()}\n${cli.stderr()}`);
    if (Date.now() - started > ms) throw new Error(`timed out waiting for "${text}"`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
