import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchBrowser } from './browser.js';
import { startServer, type RunningServer, type StartServerOptions } from './server.js';

/** What a journey's step is handed: the built server, a browser, and a place to register clean-ups. */
export interface JourneyWorld {
  server: RunningServer;
  browser: Browser;
  /** Runs after the step, before the browser and server stop (newest first). */
  onClose: (cleanup: () => Promise<void>) => void;
}

export interface JourneyOptions {
  /** Runs before the server starts (e.g. a test SMTP server) and says how to start it. */
  prepare?: (world: Pick<JourneyWorld, 'onClose'>) => Promise<StartServerOptions>;
}

/**
 * One browser journey: the built server on an embedded database with the demo, one Chromium, one step
 * skipped only where no browser exists (never under CI: see browserSkipReason), everything closed after.
 */
export function journey(
  title: string,
  step: string,
  run: (world: JourneyWorld) => Promise<void>,
  options: JourneyOptions = {},
): void {
  const skip = browserSkipReason();
  void describe(title, () => {
    let server: RunningServer | undefined;
    let browser: Browser | undefined;
    const cleanups: (() => Promise<void>)[] = [];
    const onClose = (cleanup: () => Promise<void>) => {
      cleanups.unshift(cleanup);
    };

    before(async () => {
      server = await startServer(options.prepare ? await options.prepare({ onClose }) : undefined);
    });

    after(async () => {
      for (const cleanup of cleanups.splice(0)) await cleanup();
      await browser?.close();
      await server?.stop();
    });

    void test(step, { skip }, async () => {
      if (!server) throw new Error('the server did not start');
      browser = await launchBrowser();
      await run({ server, browser, onClose });
    });
  });
}
