import type { Verification } from '@territoires/contracts';
import { parisDay } from '../../time/index.js';
import { imagePath } from '../credentials.js';
import { escapeHtml, htmlPage, verificationHtml } from '../verifier/html.js';
import type { SharedBadge } from './shared.js';

// The page an employer reads on a phone (GET /partage/<token>): the badge, its criteria, the
// evidence its earner chose to show, the issuer, endorsements, the live verification, a QR code.

const frenchDate = (instant: string): string =>
  parisDay(new Date(instant)).split('-').reverse().join('/');

const ALIGNMENT_LABELS: Record<string, string> = {
  rome: 'Métier (ROME)',
  thematique: 'Thème',
  esco: 'Compétence (ESCO)',
};

function evidenceHtml(shared: SharedBadge): string {
  const evidence = shared.view.award.evidence ?? [];
  if (!shared.showEvidence || evidence.length === 0) return '';
  const items = evidence
    .map((e) =>
      [e.name, e.description, e.narrative]
        .filter((text): text is string => typeof text === 'string' && text !== '')
        .map(escapeHtml)
        .join(' : '),
    )
    .filter((text) => text !== '')
    .map((text) => `<li>${text}</li>`)
    .join('');
  return items === '' ? '' : `<h2>Preuves</h2><ul>${items}</ul>`;
}

interface EndorsementSeen {
  issuer?: { name?: unknown; description?: unknown };
  credentialSubject?: { endorsementComment?: unknown };
}

/** The endorsements the credential carries (of the award, its badge, its issuer): who, and their words. */
function endorsementsHtml(credential: Record<string, unknown>): string {
  const subject = credential.credentialSubject as { achievement?: { endorsement?: unknown } };
  const list = [
    credential.endorsement,
    subject.achievement?.endorsement,
    (credential.issuer as { endorsement?: unknown } | undefined)?.endorsement,
  ].flatMap((e) => (Array.isArray(e) ? (e as EndorsementSeen[]) : []));
  const items = list.flatMap((e) => {
    const name = e.issuer?.name;
    if (typeof name !== 'string') return [];
    const about = typeof e.issuer?.description === 'string' ? `, ${e.issuer.description}` : '';
    const words = e.credentialSubject?.endorsementComment;
    const quote = typeof words === 'string' ? `<blockquote>${escapeHtml(words)}</blockquote>` : '';
    return [`<li><strong>${escapeHtml(name)}</strong>${escapeHtml(about)}${quote}</li>`];
  });
  return items.length === 0
    ? '<p>Pas de recommandation jointe à ce badge.</p>'
    : `<ul>${items.join('')}</ul>`;
}

function issuerHtml(shared: SharedBadge): string {
  const { issuer } = shared.view;
  return [
    '<h2>Émetteur</h2>',
    `<p><strong>${escapeHtml(issuer.name)}</strong></p>`,
    issuer.siret ? `<p>SIRET : ${escapeHtml(issuer.siret)}</p>` : '',
    issuer.kind === 'consortium_member' ? '<p>Membre du consortium Territoires Partagés.</p>' : '',
    `<p><a href="${escapeHtml(issuer.url)}">Page de l’émetteur et ses clés publiques</a></p>`,
  ].join('');
}

function badgeHtml(shared: SharedBadge): string {
  const { award, achievement, issuer } = shared.view;
  const image = imagePath(issuer, achievement.imageKey);
  const alignments = achievement.alignments
    .map(
      (a) => `<li>${escapeHtml(ALIGNMENT_LABELS[a.kind] ?? a.kind)} : ${escapeHtml(a.name)}</li>`,
    )
    .join('');
  return [
    image ? `<img class="badge" src="${image}" alt="${escapeHtml(achievement.imageAlt)}">` : '',
    `<h1>${escapeHtml(achievement.name)}</h1>`,
    award.recipientName
      ? `<p>Titulaire : <strong>${escapeHtml(award.recipientName)}</strong></p>`
      : '',
    award.acceptedAt ? `<p>Délivré le ${frenchDate(award.acceptedAt)}</p>` : '',
    award.validUntil ? `<p>Valable jusqu’au ${frenchDate(award.validUntil)}</p>` : '',
    `<p>${escapeHtml(achievement.description)}</p>`,
    `<h2>Critères</h2><p>${escapeHtml(achievement.criteria)}</p>`,
    alignments === '' ? '' : `<h2>Métiers et compétences</h2><ul>${alignments}</ul>`,
  ].join('');
}

export function sharePage(
  shared: SharedBadge,
  verification: Verification,
  links: { self: string; qrSvg: string },
): string {
  const credential = shared.view.award.credential ?? {};
  const qr = `data:image/svg+xml;base64,${Buffer.from(links.qrSvg).toString('base64')}`;
  return htmlPage(
    `${shared.view.achievement.name} : badge vérifiable`,
    [
      badgeHtml(shared),
      `<h2>Vérification en direct</h2>${verificationHtml(verification)}`,
      evidenceHtml(shared),
      issuerHtml(shared),
      `<h2>Recommandations</h2>${endorsementsHtml(credential)}`,
      '<h2>Vérifier ailleurs</h2>',
      `<p><a href="${escapeHtml(links.self)}/badge.json" download>Télécharger le badge (JSON)</a>, `,
      'puis le vérifier sur <a href="/verifier">le vérificateur</a> ou tout autre vérificateur Open Badges 3.0.</p>',
      `<p><img class="qr" src="${qr}" alt="QR code de cette page"></p>`,
    ].join(''),
  );
}

/** A link never made, stopped, or of a hidden badge: one page, byte for byte. */
export const UNKNOWN_SHARE_PAGE = htmlPage(
  'Lien inconnu',
  '<h1>Lien inconnu</h1><p>Ce lien ne mène à aucun badge.</p>',
);
