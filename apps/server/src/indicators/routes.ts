import type { FastifyInstance, FastifyReply } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { exportIndicators, exportParticipants } from './exports.js';
import type { FileOut } from './files.js';
import type { Programme } from './programme.js';
import { getIndicators } from './service.js';

export interface IndicatorsOptions extends RouteOptions {
  programme: Programme;
  /** The key of the participant-level file's pseudonymous ids (indicators/pseudonyms.ts). */
  pseudonymKey: Buffer;
}

/** A download: never cached by anyone between us and the viewer. */
function sendFile(reply: FastifyReply, file: FileOut): Buffer {
  reply
    .type(file.mimeType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store');
  return file.data;
}

export function indicatorsRoutes(app: FastifyInstance, options: IndicatorsOptions): void {
  route(app, options, 'getIndicators', ({ services, actor, query }) =>
    getIndicators(services, actor, query, options.programme),
  );
  route(app, options, 'exportIndicators', async ({ services, actor, query, reply }) =>
    sendFile(reply, await exportIndicators(services, actor, query, options.programme)),
  );
  route(app, options, 'exportIndicatorParticipants', async ({ services, actor, query, reply }) =>
    sendFile(reply, await exportParticipants(services, actor, query, options.pseudonymKey)),
  );
}
