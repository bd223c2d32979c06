import type { IssuerKey } from '@territoires/open-badges';
import { Worker } from 'node:worker_threads';
import { signCredential, type Credential } from './sign.js';

/*
 * Signing many credentials at once (bulk acceptance, re-issue after a compromised key): the
 * embedded proof (JSON-LD canonicalisation, then Ed25519) is CPU work, so it runs on a small pool of
 * worker threads, each signing with signCredential() as the request's thread would. The workers are
 * started on first use, kept for the pool's life (one per core: 2 by default), and ended by close();
 * an idle worker does not keep the process alive. A pool of size 0 signs in the caller's thread.
 */

export interface SignJob {
  unsigned: Credential;
  /** The issuer's current signing key, private part included (it stays in this process). */
  key: IssuerKey;
}

export interface SignRequest {
  chunk: number;
  /** The proofs' `created` (an ISO date): the caller's clock, read once. */
  now: string;
  jobs: SignJob[];
}

export type SignResponse =
  | { chunk: number; credentials: Credential[] }
  | { chunk: number; error: { name: string; message: string; code?: string } };

export interface SigningPool {
  readonly size: number;
  /** The worker threads running now (started on the first batch large enough, ended by close). */
  readonly threads: number;
  /** Starts the workers ahead of a batch of `jobs` (while the caller reads it), if it needs them. */
  warm(jobs: number): void;
  /** The credentials signed, in the order of the jobs; rejects if any one fails. */
  sign(jobs: readonly SignJob[], now: Date): Promise<Credential[]>;
  close(): Promise<void>;
}

export const DEFAULT_SIGNING_WORKERS = 2;
/** Below this many jobs, starting a worker costs more than it saves: the caller's thread signs. */
const IN_THREAD_BELOW = 16;
const MAX_CHUNK = 25;

async function signHere(jobs: readonly SignJob[], now: Date): Promise<Credential[]> {
  const signed: Credential[] = [];
  for (const job of jobs) signed.push(await signCredential(job.unsigned, job.key, () => now));
  return signed;
}

const inThread: SigningPool = {
  size: 0,
  threads: 0,
  warm: () => undefined,
  sign: signHere,
  close: () => Promise.resolve(),
};

/** The compiled worker next to this file, or (sources run by tsx or vitest) the TypeScript one. */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here));
  // Workers do not inherit tsx's loader: register it, then load the TypeScript worker.
  const entry = JSON.stringify(new URL('./worker.ts', here).href);
  return new Worker(
    `import('tsx/esm/api').then((m) => { m.register(); return import(${entry}); })`,
    { eval: true, execArgv: ['--conditions=source'] },
  );
}

interface Waiting {
  worker: Worker;
  resolve: (credentials: Credential[]) => void;
  reject: (error: Error) => void;
}

const failure = (error: { name: string; message: string; code?: string }): Error =>
  Object.assign(new Error(error.message), { name: error.name, code: error.code });

function split<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * The jobs in chunks (a few per worker, 25 at most): each worker takes the next chunk when done with
 * its last, so the faster one signs more; the results in the jobs' order.
 */
async function spread(
  workers: Worker[],
  jobs: readonly SignJob[],
  run: (worker: Worker, chunk: SignJob[]) => Promise<Credential[]>,
): Promise<Credential[]> {
  const chunks = split(jobs, Math.min(MAX_CHUNK, Math.ceil(jobs.length / (workers.length * 4))));
  const results: Credential[][] = [];
  let next = 0;
  let failed = false;
  const drain = async (worker: Worker) => {
    while (!failed && next < chunks.length) {
      const index = next;
      next += 1;
      results[index] = await run(worker, chunks[index] ?? []).catch((error: unknown) => {
        failed = true;
        throw error;
      });
    }
  };
  await Promise.all(workers.map(drain));
  return results.flat();
}

/** A pool of `size` signing workers (0: the caller's thread signs). */
export function openSigningPool(size: number = DEFAULT_SIGNING_WORKERS): SigningPool {
  if (size <= 0) return inThread;
  const workers: Worker[] = [];
  const waiting = new Map<number, Waiting>();
  let nextChunk = 0;
  let closed = false;

  const busy = (worker: Worker) => [...waiting.values()].some((w) => w.worker === worker);
  const settle = (worker: Worker, chunk: number, outcome: Credential[] | Error) => {
    const entry = waiting.get(chunk);
    if (!entry) return;
    waiting.delete(chunk);
    // Waiting for an answer holds the process open; an idle worker does not.
    if (!busy(worker)) worker.unref();
    if (outcome instanceof Error) entry.reject(outcome);
    else entry.resolve(outcome);
  };
  const failAll = (worker: Worker, error: Error) => {
    for (const [chunk, entry] of waiting) if (entry.worker === worker) settle(worker, chunk, error);
    const index = workers.indexOf(worker);
    if (index >= 0) workers.splice(index, 1);
  };
  const spawn = () => {
    const worker = startWorker();
    worker.unref();
    worker.on('message', (response: SignResponse) => {
      settle(
        worker,
        response.chunk,
        'error' in response ? failure(response.error) : response.credentials,
      );
    });
    worker.on('error', (error) => {
      failAll(worker, error);
    });
    worker.on('exit', (code) => {
      failAll(worker, new Error(`signing worker stopped (${code})`));
    });
    workers.push(worker);
  };
  const run = (worker: Worker, jobs: SignJob[], now: Date) =>
    new Promise<Credential[]>((resolve, reject) => {
      const chunk = (nextChunk += 1);
      waiting.set(chunk, { worker, resolve, reject });
      worker.ref();
      const request: SignRequest = { chunk, now: now.toISOString(), jobs };
      worker.postMessage(request);
    });

  return {
    size,
    get threads() {
      return workers.length;
    },
    warm(jobs) {
      if (!closed && jobs >= IN_THREAD_BELOW) while (workers.length < size) spawn();
    },
    async sign(jobs, now) {
      if (closed) throw new Error('signing pool closed');
      if (jobs.length < IN_THREAD_BELOW) return signHere(jobs, now);
      this.warm(jobs.length);
      return spread([...workers], jobs, (worker, chunk) => run(worker, chunk, now));
    },
    async close() {
      closed = true;
      const ending = workers.splice(0);
      await Promise.all(ending.map((worker) => worker.terminate()));
    },
  };
}

/** How a bulk write signs. */
export interface BulkSigning {
  /** A pool the caller keeps (several batches); otherwise one of `workers` threads for this call. */
  pool?: SigningPool;
  /** 2 by default; 0 signs in the caller's thread. */
  workers?: number;
}

/** Runs `work` with the given pool, or with a pool of its own (`workers`, 2 by default) closed after. */
export async function withSigningPool<T>(
  options: BulkSigning,
  work: (pool: SigningPool) => Promise<T>,
): Promise<T> {
  if (options.pool) return work(options.pool);
  const pool = openSigningPool(options.workers ?? DEFAULT_SIGNING_WORKERS);
  try {
    return await work(pool);
  } finally {
    await pool.close();
  }
}
