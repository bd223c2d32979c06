import { parentPort } from 'node:worker_threads';
import type { SignRequest, SignResponse } from './pool.js';
import { openBadges } from '../open-badges.js';
import { signCredential } from './sign.js';

// A signing worker (signing/pool.ts): signs the chunks it is sent, one after another, with the
// key sent along; holds nothing between chunks. Its port keeps it alive until the pool ends it.

async function answer(request: SignRequest): Promise<SignResponse> {
  const clock = () => new Date(request.now);
  try {
    const credentials = [];
    for (const job of request.jobs)
      credentials.push(await signCredential(job.unsigned, job.key, clock));
    return { chunk: request.chunk, credentials };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    const code = (error as { code?: unknown }).code;
    return {
      chunk: request.chunk,
      error: { name, message, ...(typeof code === 'string' ? { code } : {}) },
    };
  }
}

// Loaded while the caller reads its batch from the database, not when the first chunk comes.
void openBadges();

parentPort?.on('message', (request: SignRequest) => {
  void answer(request).then((response) => parentPort?.postMessage(response));
});
