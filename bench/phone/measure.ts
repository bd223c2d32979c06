import type { BrowserContext } from 'playwright-core';

export interface Measure {
  /** From navigation start to the first frame painted with the element visible. */
  ms: number;
  /** Encoded (compressed) bytes of the scripts received until then. */
  jsBytes: number;
}

/** A weak mobile connection: the profile. */
const SLOW = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };

/**
 * Records, inside the page from its first byte, the moment the first element matching the
 * selector has a size, one animation frame later (it has been painted). A string, not a function:
 * the bench runs through tsx, whose helpers would not exist in the page.
 */
const markFirstVisible = (selector: string) => `(() => {
  const check = () => {
    const element = document.querySelector(${JSON.stringify(selector)});
    if (window.__firstVisible !== undefined || element === null) return false;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    requestAnimationFrame(() => { window.__firstVisible ??= performance.now(); });
    return true;
  };
  new MutationObserver((_, observer) => { if (check()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** One cold load of `path` in a new tab of `context` (its cookies), cache disabled, throttled. */
export async function measure(
  context: BrowserContext,
  path: string,
  selector: string,
): Promise<Measure> {
  const page = await context.newPage();
  await page.addInitScript(markFirstVisible(selector));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  const scripts = new Set<string>();
  const sizes = new Map<string, number>();
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (scripts.has(event.requestId)) sizes.set(event.requestId, event.encodedDataLength);
  });
  await page.goto(path, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => (window as { __firstVisible?: number }).__firstVisible, null, {
      timeout: 60_000,
      polling: 50,
    });
  } catch (error) {
    console.error(page.url(), (await page.content()).slice(0, 3000));
    throw error;
  }
  const ms = await page.evaluate(
    () => (window as { __firstVisible?: number }).__firstVisible ?? NaN,
  );
  const jsBytes = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  await cdp.detach();
  await page.close();
  return { ms, jsBytes };
}
