import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotDir } from './paths.js';

/** Saves a full-page PNG under e2e/screenshots/ (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const safe = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (safe === '') throw new Error(`Screenshot name "${name}" has no usable characters`);
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${safe}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
