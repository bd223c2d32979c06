import { VERIFY_MAX_UPLOAD_BYTES } from '@territoires/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationError } from '../../errors/index.js';
import { FileTooLargeError } from '../../files/errors.js';
import { installMultipart, isTooLarge, readUpload } from '../../files/upload.js';
import { route, type RouteOptions } from '../../http/route.js';
import { STYLESHEET, STYLESHEET_PATH } from './html.js';
import { verifierFormPage, verifierResultPage } from './page.js';
import { createVerifier, type Verifier, type VerifierSetting } from './verify.js';

/** A verification fetches up to a few documents: 30 a minute per address is plenty for a person. */
const PER_MINUTE = 30;

/** Credentials as JSON (or JSON-LD) and VC-JWTs are read as text: the library parses them strictly. */
const TEXT_TYPES = [
  'application/json',
  'application/ld+json',
  'application/vc+ld+json',
  'application/vc',
  'application/vc+jwt',
  'application/jwt',
];

/** Our own public documents, as an outside verifier would GET them. */
const ownDocuments =
  (app: FastifyInstance) =>
  async (path: string): Promise<unknown> => {
    const res = await app.inject({
      method: 'GET',
      url: path,
      headers: { accept: 'application/ld+json, application/json' },
    });
    if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode} for ${path}`);
    return JSON.parse(res.body) as unknown;
  };

const noInput = () =>
  new ValidationError(
    'verifier.no_input',
    'Send a credential: JSON, a compact VC-JWT as text/plain, or a PNG/SVG in the multipart field "file".',
  );

/** What POST /api/verify was given: image bytes, or text (JSON or JWT). */
async function apiInput(request: FastifyRequest): Promise<Uint8Array | string> {
  if (request.isMultipart()) return (await readUpload(request, VERIFY_MAX_UPLOAD_BYTES)).bytes;
  const text = typeof request.body === 'string' ? request.body.trim() : '';
  if (text === '') throw noInput();
  return text;
}

/** What the page's form sent: the image chosen, else the text pasted. */
async function formInput(request: FastifyRequest): Promise<Uint8Array | string | undefined> {
  if (!request.isMultipart()) return undefined;
  let text = '';
  let bytes: Buffer | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const read = await part.toBuffer();
        if (part.fieldname === 'file' && read.length > 0) bytes = read;
      } else if (part.fieldname === 'credential' && typeof part.value === 'string') {
        text = part.value.trim();
      }
    }
  } catch (error) {
    if (isTooLarge(error)) throw new FileTooLargeError(VERIFY_MAX_UPLOAD_BYTES);
    throw error;
  }
  return bytes ?? (text === '' ? undefined : text);
}

export async function verifierRoutes(
  app: FastifyInstance,
  options: RouteOptions & { publicUrl: string; verifier?: VerifierSetting | undefined },
): Promise<Verifier> {
  const { services, publicUrl } = options;
  const verifier = createVerifier(
    publicUrl,
    ownDocuments(app),
    services.database,
    services.clock,
    options.verifier,
  );
  const limit = {
    rateLimit: { max: options.verifier?.perMinute ?? PER_MINUTE, timeWindow: '1 minute' },
  };
  app.get(STYLESHEET_PATH, (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(STYLESHEET),
  );
  app.get('/verifier', (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(verifierFormPage()),
  );
  await app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(TEXT_TYPES, { parseAs: 'string' }, (_request, body, done) => {
      done(null, body);
    });
    await installMultipart(scope, { fileBytes: VERIFY_MAX_UPLOAD_BYTES, fieldBytes: 1024 * 1024 });
    route(
      scope,
      options,
      'verifyCredential',
      async ({ request }) => (await verifier.verify(await apiInput(request))).verification,
      limit,
    );
  });
  await app.register(async (scope) => {
    await installMultipart(scope, { fileBytes: VERIFY_MAX_UPLOAD_BYTES, fieldBytes: 1024 * 1024 });
    // A person reads the page: too large or too often is said on the form, in French.
    scope.setErrorHandler(
      (error: Error & { statusCode?: number; status?: number }, _request, reply) => {
        const status = error.status ?? error.statusCode;
        const problem = status === undefined ? undefined : PAGE_PROBLEMS[status];
        if (problem === undefined) throw error;
        return reply
          .status(status ?? 400)
          .type('text/html; charset=utf-8')
          .send(verifierFormPage(problem));
      },
    );
    scope.post('/verifier', { config: limit }, async (request, reply) => {
      const input = await formInput(request);
      const page =
        input === undefined
          ? verifierFormPage('Choisissez une image de badge, ou collez le badge.')
          : verifierResultPage((await verifier.verify(input)).verification);
      return reply.type('text/html; charset=utf-8').send(page);
    });
  });
  return verifier;
}

const PAGE_PROBLEMS: Record<number, string> = {
  413: 'Ce fichier dépasse 2 Mo : envoyez l’image du badge seule.',
  429: 'Trop de vérifications depuis votre adresse : réessayez dans une minute.',
};
