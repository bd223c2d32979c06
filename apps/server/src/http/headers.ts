import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The browser's own defences, on every response: scripts, styles, images and requests from our
 * origin only (no inline script, no style attribute from markup: React sets styles through the
 * DOM, which CSP allows), no framing, no MIME sniffing, no referrer beyond our origin; HSTS only
 * when the cookies are secure, i.e. when the app is served over HTTPS (ADR 11-edges in ADR 5).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // QR codes are shown as data: images, photo previews as blob: ones.
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function installHeaders(app: FastifyInstance, secure: boolean): Promise<void> {
  const directives = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values];
    }),
  );
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
}
