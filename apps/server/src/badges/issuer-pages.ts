import type { IssuerKey } from '@territoires/open-badges';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { FileNotStoredError } from '../files/storage.js';
import { notFoundBody } from '../http/error-handler.js';
import type { Services } from '../services.js';
import { achievementOf } from './credentials.js';
import { issuerBySlug, issuerProfile, type Issuer } from './issuers.js';
import { openBadges } from './open-badges.js';
import { statusListCredential } from './status.js';
import { achievements } from './tables.js';

/*
 * What verifiers and people read about an issuer, without an account (ADR 0019): its DID document,
 * its page (HTML, or its Profile as JSON-LD), its revocation lists, its badges and their images.
 * These are W3C documents, not API resources: they live outside /api and the contract manifest.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const wantsJson = (accept: string | undefined): boolean =>
  accept !== undefined &&
  (accept.includes('application/ld+json') ||
    (accept.includes('application/json') && !accept.includes('text/html')));

function issuerHtml(issuer: Issuer, badges: { name: string; description: string }[]): string {
  const items = badges
    .map((b) => `<li><strong>${escapeHtml(b.name)}</strong> : ${escapeHtml(b.description)}</li>`)
    .join('');
  return [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(issuer.name)} : badges ouverts</title></head><body><main>`,
    `<h1>${escapeHtml(issuer.name)}</h1>`,
    '<p>Cette structure délivre des badges ouverts (Open Badges 3.0), vérifiables partout.</p>',
    `<p>Identifiant : <code>${escapeHtml(issuer.did)}</code></p>`,
    `<p><a href="${escapeHtml(issuer.url)}/did.json">Clés publiques (document DID)</a></p>`,
    badges.length > 0 ? `<h2>Ses badges</h2><ul>${items}</ul>` : '',
    '</main></body></html>',
  ].join('');
}

interface Deps {
  services: Services;
  publicUrl: string;
  notFound: (reply: FastifyReply, url: string) => FastifyReply;
  issuerOr404: (slug: string) => Promise<Issuer | undefined>;
}

export function issuerPages(app: FastifyInstance, services: Services, publicUrl: string): void {
  const deps: Deps = {
    services,
    publicUrl,
    notFound: (reply, url) => reply.status(404).send(notFoundBody('GET', url)),
    issuerOr404: async (slug) =>
      SLUG.test(slug) ? issuerBySlug(services.database.db, publicUrl, slug) : undefined,
  };
  identityDocuments(app, deps);
  statusLists(app, deps);
  badgeDocuments(app, deps);
}

/** The DID document, and the issuer's page (its Profile as JSON-LD for machines). */
function identityDocuments(app: FastifyInstance, deps: Deps): void {
  const { services, notFound, issuerOr404 } = deps;
  const { db } = services.database;
  const publicKeys = async (issuer: Issuer): Promise<IssuerKey[]> =>
    (await services.issuerKeys.keysOf(issuer.did)).map(
      ({ privateKeyJwk: _secret, ...rest }) => rest,
    );

  app.get<{ Params: { slug: string } }>('/issuers/:slug/did.json', async (request, reply) => {
    const issuer = await issuerOr404(request.params.slug);
    if (!issuer) return notFound(reply, request.url);
    const { buildDidWebDocument } = await openBadges();
    const document = buildDidWebDocument(issuer.did, await publicKeys(issuer));
    return reply
      .type('application/did+json')
      .header('cache-control', 'public, max-age=300')
      .send(document);
  });

  app.get<{ Params: { slug: string } }>('/issuers/:slug', async (request, reply) => {
    const issuer = await issuerOr404(request.params.slug);
    if (!issuer) return notFound(reply, request.url);
    void reply.header('vary', 'accept').header('cache-control', 'public, max-age=300');
    if (wantsJson(request.headers.accept)) {
      const { buildIssuerProfile } = await openBadges();
      const profile = buildIssuerProfile(issuerProfile(issuer), await publicKeys(issuer));
      return reply.type('application/ld+json').send(profile);
    }
    const badges = await db
      .select({ name: achievements.name, description: achievements.description })
      .from(achievements)
      .where(eq(achievements.organisationId, issuer.organisationId))
      .orderBy(achievements.name);
    return reply.type('text/html; charset=utf-8').send(issuerHtml(issuer, badges));
  });
}

function statusLists(app: FastifyInstance, deps: Deps): void {
  const { services, notFound, issuerOr404 } = deps;
  app.get<{ Params: { slug: string; number: string } }>(
    '/issuers/:slug/status/:number',
    async (request, reply) => {
      const issuer = await issuerOr404(request.params.slug);
      const { number: raw } = request.params;
      const number = /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 0;
      const list =
        issuer && number > 0
          ? await statusListCredential(
              services.database.db,
              services.issuerKeys,
              issuer,
              number,
              services.clock,
            )
          : undefined;
      if (!list) return notFound(reply, request.url);
      // Short: a revocation reaches other verifiers within a minute (our own pages read the database).
      return reply
        .type('application/vc+ld+json')
        .header('cache-control', 'public, max-age=60')
        .send(list);
    },
  );
}

/** A badge as an OB 3.0 Achievement, and its image. */
function badgeDocuments(app: FastifyInstance, deps: Deps): void {
  const { services, notFound, issuerOr404 } = deps;
  const { db } = services.database;
  // The French badge, and its English version when the designer wrote one (`related` links them).
  app.get<{ Params: { slug: string; id: string; lang?: string } }>(
    '/issuers/:slug/achievements/:id/:lang?',
    async (request, reply) => {
      const issuer = await issuerOr404(request.params.slug);
      const { id, lang } = request.params;
      const [row] =
        issuer && UUID.test(id) && (lang === undefined || lang === 'en')
          ? await db.select().from(achievements).where(eq(achievements.id, id))
          : [];
      if (!issuer || row?.organisationId !== issuer.organisationId)
        return notFound(reply, request.url);
      if (lang === 'en' && row.nameEn === null) return notFound(reply, request.url);
      return reply
        .type('application/json')
        .header('cache-control', 'public, max-age=300')
        .send(achievementOf(issuer, row, lang === 'en' ? 'en' : 'fr'));
    },
  );

  app.get<{ Params: { slug: string; file: string } }>(
    '/issuers/:slug/images/:file',
    async (request, reply) => {
      const key = /^(.+)\.png$/.exec(request.params.file)?.[1] ?? '';
      const issuer = await issuerOr404(request.params.slug);
      const [row] =
        issuer && UUID.test(key)
          ? await db
              .select({ organisationId: achievements.organisationId })
              .from(achievements)
              .where(eq(achievements.imageKey, key))
          : [];
      if (!issuer || row?.organisationId !== issuer.organisationId)
        return notFound(reply, request.url);
      try {
        const bytes = await services.files.get(key);
        // A new image gets a new key: these bytes never change.
        return await reply
          .type('image/png')
          .header('cache-control', 'public, max-age=31536000, immutable')
          .send(bytes);
      } catch (error) {
        if (error instanceof FileNotStoredError) return notFound(reply, request.url);
        throw error;
      }
    },
  );
}
