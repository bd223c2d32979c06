import { fileURLToPath } from 'node:url';
import path from 'node:path';

// Everything is located from this file so journeys work whatever the current directory is.
export const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(e2eDir, '..');
export const screenshotDir = path.join(e2eDir, 'screenshots');
export const serverBin = path.join(repoRoot, 'apps', 'server', 'bin', 'territoires.js');
export const chromiumPath = '/usr/bin/chromium';
