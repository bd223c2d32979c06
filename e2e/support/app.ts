import type { Page } from 'playwright-core';

export interface Credentials {
  email: string;
  password: string;
}

/** Logs in through the real login page (/connexion), as a user would. */
export async function logIn(page: Page, credentials: Credentials): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel(/e-mail|courriel/i).fill(credentials.email);
  await page.getByLabel(/mot de passe/i).fill(credentials.password);
  await page.getByRole('button', { name: /se connecter/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

/** Today's date (YYYY-MM-DD) in the programme's time zone, from the given clock. */
export function isoDateInParis(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/** "HH:MM" in Paris, `minutes` from now, or null when that falls on another day. */
export function parisTimeIn(minutes: number): string | null {
  const later = new Date(Date.now() + minutes * 60_000);
  if (isoDateInParis(later) !== isoDateInParis(new Date())) return null;
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(later);
}

/** Adds calendar months to an ISO date, clamped to the month's last day. */
export function plusMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = m - 1 + months;
  const year = y + Math.floor(index / 12);
  const month = ((index % 12) + 12) % 12;
  const day = Math.min(d, new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  return `${String(year)}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
