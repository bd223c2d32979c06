import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type * as Axe from 'axe-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: string | undefined;

async function loadAxeSource(): Promise<string> {
  if (axeSource === undefined) {
    const main = createRequire(import.meta.url).resolve('axe-core');
    axeSource = await readFile(path.join(path.dirname(main), 'axe.min.js'), 'utf8');
  }
  return axeSource;
}

interface Violation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.1 A and AA) on the current page; throws listing every violation. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, not as an inline <script>, which the CSP refuses.
  if (!hasAxe) await page.evaluate(await loadAxeSource());
  const violations = await page.evaluate(async (tags: string[]): Promise<Violation[]> => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map(
        (n) =>
          `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      ),
    }));
  }, WCAG_TAGS);
  if (violations.length === 0) return;
  const lines = violations.map(
    (v) =>
      `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.targets.map((t) => `    ${t}`).join('\n')}`,
  );
  throw new Error(`Accessibility violations on "${label}" (${page.url()}):\n${lines.join('\n')}`);
}
