import { readFile, writeFile } from 'node:fs/promises';
import type { Transport } from '../net/node-transport.js';

/** Everything the command line touches, passed in so that it runs in-process under test. */
export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string): unknown };
  readFile(path: string): Promise<Uint8Array>;
  /** Creates a new file (never overwrites), readable by its owner only. */
  writeFile(path: string, data: string): Promise<void>;
  /**
   * The HTTP client under the fetch policy, used only with --allow-network (default: node:http(s) with the
   * address policy). A test passes a fake `fetch`; redirects are not followed by it but by the policy.
   */
  fetch?: Transport;
}

export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data, { flag: 'wx', mode: 0o600 }),
  };
}

/** Misuse of the command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** 0 verified (or command done), 1 not verified (or failed), 2 misuse, 3 indeterminate. */
export const EXIT = { ok: 0, failed: 1, usage: 2, indeterminate: 3 } as const;

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
