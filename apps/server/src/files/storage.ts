import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Where evidence files live, by key. The local implementation writes under a directory beside the
 * database; an S3-compatible one can take its place behind the same three calls.
 */
export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  /** Throws FileNotStoredError when nothing is stored under the key. */
  get(key: string): Promise<Buffer>;
  /** Deleting a missing key is not an error: cleanup after a failed write may race. */
  delete(key: string): Promise<void>;
}

export class FileNotStoredError extends Error {
  constructor(readonly key: string) {
    super(`Nothing stored under ${key}.`);
    this.name = 'FileNotStoredError';
  }
}

/** Keys are made by us (uuids), never from user input; this refuses anything else all the same. */
const SAFE_KEY = /^[a-z0-9][a-z0-9-]{0,127}$/;

export function localFileStorage(root: string): FileStorage {
  const pathOf = (key: string): string => {
    if (!SAFE_KEY.test(key)) throw new Error(`Unsafe storage key: ${key}`);
    // Two hex characters of fan-out keep directories small.
    return join(root, key.slice(0, 2), key);
  };
  return {
    async put(key, data) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written beside, then renamed: a reader never sees half a file, a crash leaves no file under the key.
      const temp = `${path}.${randomUUID()}.part`;
      try {
        await writeFile(temp, data, { flag: 'wx' });
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileNotStoredError(key);
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

/** For contexts that write no evidence (the demo seed, CLI tests): any use is a programming error. */
export const noFileStorage: FileStorage = {
  put: () => Promise.reject(new Error('No file storage here.')),
  get: (key) => Promise.reject(new FileNotStoredError(key)),
  delete: () => Promise.resolve(),
};
