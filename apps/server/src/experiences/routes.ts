import type { FastifyInstance, FastifyReply } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { addEvidence, evidenceBytes, type FileBytes } from './evidence.js';
import { installMultipart, readUpload } from '../files/upload.js';
import { participantPrincipal, staffPrincipal } from '../auth/principal.js';
import {
  createExperience,
  experienceSources,
  listExperiences,
  updateExperience,
} from './service.js';

/** Images show in the page; PDFs download, so that no document is rendered in our origin. */
function sendFile(reply: FastifyReply, file: FileBytes): Buffer {
  const disposition = file.mimeType === 'application/pdf' ? 'attachment' : 'inline';
  reply
    .type(file.mimeType)
    .header(
      'content-disposition',
      `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=300');
  return file.data;
}

export async function experienceRoutes(app: FastifyInstance, options: RouteOptions): Promise<void> {
  route(app, options, 'listExperiences', ({ services, actor, params }) =>
    listExperiences(services, staffPrincipal(actor), params.id),
  );
  route(app, options, 'createExperience', ({ services, actor, params, body }) =>
    createExperience(services, staffPrincipal(actor), params.id, body),
  );
  route(app, options, 'experienceSources', ({ services, actor, params }) =>
    experienceSources(services, staffPrincipal(actor), params.id),
  );
  route(app, options, 'updateExperience', ({ services, actor, params, body }) =>
    updateExperience(services, staffPrincipal(actor), params.id, body),
  );
  route(app, options, 'downloadEvidence', async ({ services, actor, params, reply }) =>
    sendFile(reply, await evidenceBytes(services, staffPrincipal(actor), params.id)),
  );
  route(app, options, 'listMyExperiences', ({ services, participant }) =>
    listExperiences(services, participantPrincipal(participant), participant.participantId),
  );
  route(app, options, 'createMyExperience', ({ services, participant, body }) =>
    createExperience(services, participantPrincipal(participant), participant.participantId, body),
  );
  route(app, options, 'downloadMyEvidence', async ({ services, participant, params, reply }) =>
    sendFile(reply, await evidenceBytes(services, participantPrincipal(participant), params.id)),
  );
  // Multipart parsing exists only in this scope: every other route keeps taking JSON alone.
  await app.register(async (scope) => {
    await installMultipart(scope);
    route(scope, options, 'uploadEvidence', ({ services, actor, params, request }) =>
      addEvidence(services, staffPrincipal(actor), params.id, () => readUpload(request)),
    );
    route(scope, options, 'uploadMyEvidence', ({ services, participant, params, request }) =>
      addEvidence(services, participantPrincipal(participant), params.id, () =>
        readUpload(request),
      ),
    );
  });
}
