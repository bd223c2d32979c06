import type { MailMessage } from '../mail/mailer.js';

// The e-mails of accounts, in French, plain text and HTML with the same words. Links carry their
// token after '#': the browser never sends it to the server with the page request, so it stays out
// of any access log.

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function html(paragraphs: string[], link: { href: string; label: string }): string {
  const body = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Territoires Partagés</title></head>
<body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a">
${body}
<p><a href="${escape(link.href)}" style="display: inline-block; padding: 0.6em 1em; background: #1d4ed8; color: #ffffff; text-decoration: none; border-radius: 4px">${escape(link.label)}</a></p>
<p style="font-size: 0.9em; color: #444">Si le bouton ne marche pas, copiez cette adresse dans votre navigateur :<br>${escape(link.href)}</p>
</body></html>`;
}

export const invitationLink = (publicUrl: string, token: string) =>
  `${publicUrl}/invitation#${token}`;
export const resetLink = (publicUrl: string, token: string) =>
  `${publicUrl}/mot-de-passe/nouveau#${token}`;

export function invitationMail(input: {
  to: string;
  organisationName: string;
  invitedBy: string;
  link: string;
}): MailMessage {
  const paragraphs = [
    'Bonjour,',
    `${input.invitedBy} vous invite à rejoindre ${input.organisationName} sur Territoires Partagés.`,
    'Ouvrez le lien ci-dessous pour choisir votre mot de passe. Le lien marche une seule fois, pendant 7 jours.',
    'Vous n’attendiez pas cette invitation ? Ne faites rien : aucun compte ne sera créé.',
  ];
  return {
    to: input.to,
    subject: `Invitation à rejoindre ${input.organisationName} sur Territoires Partagés`,
    text: `${paragraphs.join('\n\n')}\n\nAccepter l’invitation : ${input.link}\n`,
    html: html(paragraphs, { href: input.link, label: 'Accepter l’invitation' }),
  };
}

export function resetMail(input: { to: string; link: string }): MailMessage {
  const paragraphs = [
    'Bonjour,',
    'Quelqu’un a demandé un nouveau mot de passe pour votre compte Territoires Partagés.',
    'Ouvrez le lien ci-dessous pour le choisir. Le lien marche une seule fois, pendant une heure.',
    'Vous n’avez rien demandé ? Ne faites rien : votre mot de passe reste le même.',
  ];
  return {
    to: input.to,
    subject: 'Nouveau mot de passe Territoires Partagés',
    text: `${paragraphs.join('\n\n')}\n\nChoisir un nouveau mot de passe : ${input.link}\n`,
    html: html(paragraphs, { href: input.link, label: 'Choisir un nouveau mot de passe' }),
  };
}
