import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './paths.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  // The context locale sets navigator.language; date inputs follow the browser's own UI language.
  '--lang=fr-FR',
];

const isCi = (): boolean => process.env.CI === 'true' || process.env.CI === '1';

/**
 * Value for node:test's `skip` option. Outside CI a missing browser skips the journey with a clear message;
 * under CI it throws, because a CI run that silently skipped its browser journeys would be a lie.
 */
export function browserSkipReason(): string | false {
  if (existsSync(chromiumPath)) return false;
  const message = `Chromium not found at ${chromiumPath} (install it with: apt-get install -y chromium)`;
  if (isCi()) throw new Error(`${message}; CI=true, so browser journeys may not be skipped.`);
  return `${message}; journey skipped.`;
}

export async function launchBrowser(): Promise<Browser> {
  const skip = browserSkipReason();
  if (skip !== false) throw new Error(skip);
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

/** A mid-range Android phone in French: the participants' usual device. */
export async function newPhoneContext(browser: Browser, baseURL?: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // axe is injected as an inline script; a strict Content-Security-Policy would otherwise refuse it.
    bypassCSP: true,
    ...(baseURL === undefined ? {} : { baseURL }),
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Records uncaught exceptions in the page so a journey can assert the app never crashed. */
export function watchPageErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    errors.push(error.stack ?? error.message);
  });
  // Whatever the Content-Security-Policy refuses is a defect of ours: the journey fails on it.
  page.on('console', (message) => {
    if (message.text().includes('Refused to')) errors.push(`CSP: ${message.text()}`);
  });
  return () => [...errors];
}
