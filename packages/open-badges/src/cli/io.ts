import { readFile, writeFile } from 'node:fs/promises';

/** Everything the command line touches, passed in so that it runs in-process under test. */
export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string): unknown };
  readFile(path: string): Promise<Uint8Array>;
  /** Creates a new file (never overwrites), readable by its owner only. */
  writeFile(path: string, data: string): Promise<void>;
  /** Used only with --allow-network. */
  fetch?: typeof globalThis.fetch;
}

export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data, { flag: 'wx', mode: 0o600 }),
    fetch: globalThis.fetch,
  };
}

/** Misuse of the command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export async function readInput(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (err) {
    throw new UsageError(
      `Cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
