import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { openBadges } from '../open-badges.js';
import { notFoundBody } from '../../http/error-handler.js';
import type { Services } from '../../services.js';
import { endorserDid, endorserProfile } from './sign.js';
import { endorsers } from './tables.js';

// An endorser's hosted identity, read by any verifier without an account: the DID document that
// did:web:<host>:endorsers:<id> resolves to, and the profile (OB 3.0 Profile). Like the issuers'
// documents, W3C documents outside /api.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function endorserPages(app: FastifyInstance, services: Services, publicUrl: string): void {
  const { db } = services.database;
  const find = async (id: string) =>
    UUID.test(id) ? (await db.select().from(endorsers).where(eq(endorsers.id, id)))[0] : undefined;

  app.get<{ Params: { id: string } }>('/endorsers/:id/did.json', async (request, reply) => {
    const endorser = await find(request.params.id);
    const did = endorser && endorserDid(publicUrl, endorser.id);
    const keys = did ? services.issuerKeys.publicKeysOf(did) : [];
    if (!did || keys.length === 0) return reply.status(404).send(notFoundBody('GET', request.url));
    const { buildDidWebDocument } = await openBadges();
    return reply
      .type('application/did+json')
      .header('cache-control', 'public, max-age=300')
      .send(buildDidWebDocument(did, keys));
  });

  app.get<{ Params: { id: string } }>('/endorsers/:id', async (request, reply) => {
    const endorser = await find(request.params.id);
    if (!endorser) return reply.status(404).send(notFoundBody('GET', request.url));
    const { buildIssuerProfile } = await openBadges();
    const did = endorserDid(publicUrl, endorser.id);
    const profile = buildIssuerProfile(
      endorserProfile(publicUrl, endorser),
      services.issuerKeys.publicKeysOf(did),
    );
    return reply
      .type('application/ld+json')
      .header('cache-control', 'public, max-age=300')
      .send(profile);
  });
}
