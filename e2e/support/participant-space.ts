import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newPhoneContext } from './browser.js';

/** What the staff screen handed out: the grouped code ("K7Q-M4T-2PX") and the QR code's URL. */
export interface IssuedSignInCode {
  code: string;
  /** The sign-in page with the code, relative to the app (`/moi/connexion?code=…`): what the QR opens. */
  url: string;
}

/**
 * On a page signed in as staff who see the whole file (the follow-up team or coordination): opens
 * the participant's "Espace participant" section, creates a code and reads it from the screen; the
 * QR code's URL is read from the server's answer (the QR image itself is not decoded).
 */
export async function issueSignInCode(
  staffPage: Page,
  participantId: string,
): Promise<IssuedSignInCode> {
  await staffPage.goto(`/participants/${participantId}?section=espace`);
  const panel = staffPage.getByRole('tabpanel', { name: 'Espace participant', exact: true });
  await panel.waitFor();
  const answer = staffPage.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      response.url().endsWith(`/api/participants/${participantId}/sign-in-code`),
  );
  await panel.getByRole('button', { name: /créer un (nouveau )?code/i }).click();
  const { url } = (await (await answer).json()) as IssuedSignInCode;
  const code = (await panel.getByTestId('sign-in-code').textContent())?.trim() ?? '';
  if (!/^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$/.test(code))
    throw new Error(`no code on screen: "${code}"`);
  return { code, url };
}

export interface ParticipantPhone {
  context: BrowserContext;
  page: Page;
}

/**
 * The participant's own phone: a NEW browser context (360×740, touch, French), so no staff cookie
 * is shared. With `via: 'qr'` it opens the QR code's URL (sign-in starts at once); with `via:
 * 'typed'` it types the code on /moi/connexion and presses "Entrer". Resolves on the space's home.
 */
export async function participantSignIn(
  browser: Browser,
  baseURL: string,
  issued: IssuedSignInCode,
  via: 'qr' | 'typed' = 'qr',
): Promise<ParticipantPhone> {
  const context = await newPhoneContext(browser, baseURL);
  const page = await context.newPage();
  if (via === 'qr') {
    await page.goto(issued.url);
  } else {
    await page.goto('/moi/connexion');
    await page.getByLabel('Mon code pour entrer').fill(issued.code);
    await page.getByRole('button', { name: 'Entrer', exact: true }).click();
  }
  await page.getByRole('heading', { name: 'Mon espace', level: 1, exact: true }).waitFor();
  return { context, page };
}
