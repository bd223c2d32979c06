import type { Page } from 'playwright-core';
import { checkA11y } from './a11y.js';
import { screenshot } from './screenshot.js';

/** A journey's numbered checkpoints: axe-core on the page, then a screenshot named `<journey>-NN-<name>`. */
export const checkpoints =
  (journeyName: string) =>
  async (page: Page, step: number, name: string): Promise<void> => {
    await checkA11y(page, name);
    await screenshot(page, `${journeyName}-${String(step).padStart(2, '0')}-${name}`);
  };
