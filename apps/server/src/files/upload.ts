import multipart from '@fastify/multipart';
import { MAX_FILE_BYTES } from '@territoires/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationError } from '../errors/index.js';
import { FileTooLargeError, UploadInProgressError } from './errors.js';

/** Room for the multipart envelope around a file of the maximum size. */
const ENVELOPE_BYTES = 1024 * 1024;

/** What one scope's uploads may weigh: the file (10 MB by default), each text field (1 KB). */
export interface UploadLimits {
  fileBytes?: number;
  fieldBytes?: number;
}

/** Multipart parsing for the upload routes only: one file, a few small fields, 10 MB. */
export async function installMultipart(
  scope: FastifyInstance,
  limits: UploadLimits = {},
): Promise<void> {
  const fileBytes = limits.fileBytes ?? MAX_FILE_BYTES;
  // A body announced far over the limit is refused before a byte of it is read.
  scope.addHook('onRequest', (request, _reply, done) => {
    const length = Number(request.headers['content-length'] ?? 0);
    done(length > fileBytes + ENVELOPE_BYTES ? new FileTooLargeError(fileBytes) : undefined);
  });
  // One upload at a time per person: a phone retrying in a loop cannot stack decodes in memory.
  const busy = new Set<string>();
  scope.addHook('preHandler', (request, reply, done) => {
    const who = request.actor?.staffId ?? request.participant?.participantId;
    if (who === undefined) {
      done();
      return;
    }
    if (busy.has(who)) {
      done(new UploadInProgressError());
      return;
    }
    busy.add(who);
    reply.raw.once('close', () => busy.delete(who));
    done();
  });
  await scope.register(multipart, {
    limits: {
      fileSize: fileBytes,
      files: 1,
      fields: 4,
      fieldSize: limits.fieldBytes ?? 1024,
      parts: 5,
      headerPairs: 50,
    },
  });
}

export interface Upload {
  bytes: Buffer;
  filename: string;
  mimetype: string;
}

export const isTooLarge = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_FILES_LIMIT');

/**
 * Reads the uploaded file into memory (10 MB at most): nothing touches the disk before the content has
 * been checked, so a refused upload leaves no temporary file behind.
 */
export async function readUpload(
  request: FastifyRequest,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<Upload> {
  const missing = () =>
    new ValidationError('file.missing', 'Send one file in the multipart field "file".');
  if (!request.isMultipart()) throw missing();
  try {
    const part = await request.file();
    if (!part || part.fieldname !== 'file') throw missing();
    const bytes = await part.toBuffer();
    if (bytes.length === 0) throw missing();
    return { bytes, filename: part.filename, mimetype: part.mimetype };
  } catch (error) {
    if (isTooLarge(error)) throw new FileTooLargeError(maxBytes);
    throw error;
  }
}
