import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { correctAttendance, participantAttendance } from './marks.js';
import { sessionRoster } from './roster.js';
import { syncAttendance } from './sync.js';

export function attendanceRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'sessionRoster', ({ services, actor, params }) =>
    sessionRoster(services, actor, params.id),
  );
  route(app, options, 'syncAttendance', ({ services, actor, body }) =>
    syncAttendance(services, actor, body),
  );
  route(app, options, 'correctAttendance', ({ services, actor, params, body }) =>
    correctAttendance(services, actor, params.id, body.status),
  );
  route(app, options, 'participantAttendance', ({ services, actor, params }) =>
    participantAttendance(services, actor, params.id),
  );
}
