import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { linkIn, startTestInbox, type TestInbox } from '../../apps/server/src/test-support/smtp.js';
import {
  checkA11y,
  logIn,
  newPhoneContext,
  screenshot,
  watchPageErrors,
  type Credentials,
  journey,
} from '../support/index.js';

// Demo persona seeded by `serve --demo` (apps/server/src/seed/personas.ts).
const COORDINATION: Credentials = {
  email: 'claire.martin@aajb.demo',
  password: 'Territoires2026!',
};
const RUN = String(Date.now()).slice(-5);
const ORGANISATION = `Recyclerie du Port ${RUN}`;
const ADMIN: Credentials = {
  email: `admin.${RUN}@recyclerie.example`,
  password: 'Ardoise-Cerise-Tramway-31',
};
const ANIMATEUR: Credentials = {
  email: `anim.${RUN}@recyclerie.example`,
  password: 'Girafe-Moulin-Bleu-2031',
};
const NEW_PASSWORD = 'Phare-Galet-Mouette-58';

/** The path and token of an e-mailed link, opened on this server whatever PUBLIC_URL says. */
const localPath = (link: string): string => {
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
};

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/connexion'));
}

/** Invites someone from the accounts screen, as the signed-in administrator. */
async function invite(
  page: Page,
  email: string,
  organisation: string,
  role: string,
): Promise<void> {
  await page.goto('/comptes');
  await page.getByRole('heading', { name: 'Inviter une personne' }).waitFor();
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
  await page.getByLabel('Structure', { exact: true }).selectOption({ label: organisation });
  await page.getByRole('checkbox', { name: role, exact: true }).check();
  await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await page.getByText(`Invitation envoyée à ${email}.`).waitFor();
}

/** Opens an invitation's link and creates the account, a weak password refused first with advice. */
async function accept(page: Page, mail: string, who: Credentials, name: string, label: string) {
  await page.goto(localPath(mail));
  await page.getByRole('heading', { name: 'Rejoindre Territoires Partagés' }).waitFor();
  await page.getByLabel('Votre nom et prénom').fill(name);
  await page.getByLabel('Choisissez un mot de passe').fill('azerty123');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.getByText('Ce mot de passe est trop facile à deviner.').waitFor();
  await page.getByText('Conseils pour un meilleur mot de passe :').waitFor();
  await checkA11y(page, `${label} invitation, weak password refused`);
  await page.getByLabel('Choisissez un mot de passe').fill(who.password);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page
    .getByText(`C’est fait. Vous pouvez vous connecter avec l’adresse ${who.email}.`)
    .waitFor();
  await checkA11y(page, `${label} invitation accepted`);
}

let inbox: TestInbox;

journey(
  'accounts: organisations, invitations by e-mail, forgotten password, a leaver',
  'coordination creates a partner, its admin and an animateur join by e-mail, the animateur resets a forgotten password, then leaves',
  async ({ server, browser }) => {
    const newPage = async (): Promise<{ page: Page; errors: () => string[] }> => {
      const page = await (await newPhoneContext(browser, server.url)).newPage();
      return { page, errors: watchPageErrors(page) };
    };

    // Coordination adds the partner organisation and invites its admin.
    const coordination = await newPage();
    const c = coordination.page;
    await logIn(c, COORDINATION);
    await c.goto('/organisations');
    await c.getByRole('heading', { name: 'Ajouter une organisation' }).waitFor();
    await checkA11y(c, 'organisations');
    await c.getByLabel('Nom', { exact: true }).fill(ORGANISATION);
    await c.getByLabel('Type').selectOption('partner_association');
    await c.getByLabel(/^SIRET/).fill('732 829 320 00074');
    await c.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await c.getByText('Organisation enregistrée.').waitFor();
    await c.getByText(ORGANISATION, { exact: true }).waitFor();
    let since = inbox.messages.length;
    await invite(c, ADMIN.email, ORGANISATION, 'Administrateur de structure');
    await checkA11y(c, 'accounts and invitations');
    await screenshot(c, 'accounts-coordination-phone');

    // The admin receives the invitation in the test's SMTP server and sets a password.
    const adminMail = await inbox.next(ADMIN.email, since, 15_000);
    assert.match(adminMail.subject, /Invitation à rejoindre Recyclerie du Port/);
    assert.match(adminMail.html, /Accepter l’invitation/);
    const admin = await newPage();
    const a = admin.page;
    await accept(a, linkIn(adminMail), ADMIN, 'Malik Admin', 'admin');
    await logIn(a, ADMIN);

    // The admin invites an animateur, who joins and signs in.
    since = inbox.messages.length;
    await invite(a, ANIMATEUR.email, ORGANISATION, 'Animateur partenaire');
    const animateurMail = await inbox.next(ANIMATEUR.email, since, 15_000);
    const animateur = await newPage();
    const n = animateur.page;
    await accept(n, linkIn(animateurMail), ANIMATEUR, 'Zoé Animatrice', 'animateur');
    await logIn(n, ANIMATEUR);
    await signOut(n);

    // The animateur forgets their password and resets it by e-mail.
    await n.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await n.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor();
    since = inbox.messages.length;
    await n.getByLabel('Adresse e-mail').fill(ANIMATEUR.email);
    await n.getByRole('button', { name: 'Recevoir le lien' }).click();
    await n.getByText(/Si un compte existe pour cette adresse/).waitFor();
    await checkA11y(n, 'forgotten password');
    const resetMail = await inbox.next(ANIMATEUR.email, since, 15_000);
    assert.equal(resetMail.subject, 'Nouveau mot de passe Territoires Partagés');
    await n.goto(localPath(linkIn(resetMail)));
    await n.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD);
    await n.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await n.getByText('Mot de passe enregistré. Vous pouvez vous connecter.').waitFor();
    await checkA11y(n, 'new password');
    await logIn(n, { email: ANIMATEUR.email, password: NEW_PASSWORD });
    await n.goto('/mon-compte');
    await n.getByRole('heading', { name: 'Mes sessions ouvertes' }).waitFor();
    await checkA11y(n, 'my account');
    const before = await n.evaluate(async () => (await fetch('/api/auth/me')).status);
    assert.equal(before, 200);

    // The admin deactivates the animateur: the animateur's open session stops working at once.
    await a.goto('/comptes');
    await a.getByRole('button', { name: 'Désactiver le compte de Zoé Animatrice' }).click();
    await a.getByRole('button', { name: /Désactiver le compte de Zoé Animatrice \?/ }).click();
    await a.getByText('Compte de Zoé Animatrice désactivé.').waitFor();
    await checkA11y(a, 'accounts after deactivation');
    await a
      .getByRole('link', { name: 'Réattribuer les dossiers et séances de Zoé Animatrice' })
      .click();
    await a.getByRole('heading', { name: 'Confier le travail de Zoé Animatrice' }).waitFor();
    await a.getByText('0 séance à venir').waitFor();
    await checkA11y(a, 'reassignment');
    const afterDeactivation = await n.evaluate(async () => (await fetch('/api/auth/me')).status);
    assert.equal(afterDeactivation, 401);
    await n.reload();
    await n.waitForURL((url) => url.pathname.startsWith('/connexion'));

    for (const { errors } of [coordination, admin, animateur]) assert.deepEqual(errors(), []);
  },
  {
    // The platform sends its e-mail to a real SMTP server of the test's own.
    prepare: async ({ onClose }) => {
      inbox = await startTestInbox();
      onClose(() => inbox.close());
      return {
        env: {
          SMTP_URL: inbox.url,
          SMTP_FROM: 'Territoires Partagés <noreply@territoires.example>',
        },
      };
    },
  },
);
