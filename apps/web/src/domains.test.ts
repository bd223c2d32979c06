import { describe, expect, it } from 'vitest';
import { DOMAINS } from './domains.js';

// Only the file names: nothing is imported.
const folders = (files: Record<string, unknown>) =>
  Object.keys(files)
    .map((file) => file.split('/')[1])
    .sort();

describe('the domain list', () => {
  const listed = DOMAINS.map((domain) => domain.name).sort();

  it('names each domain once, after its folder', () => {
    expect(new Set(listed).size).toBe(listed.length);
    expect(folders(import.meta.glob('./*/domain.ts'))).toEqual(listed);
  });

  it('holds every folder that brings messages or routes, so none is left out of the app', () => {
    for (const files of [
      import.meta.glob('./*/messages.fr.json'),
      import.meta.glob('./*/messages.en.json'),
    ])
      expect(folders(files)).toEqual(listed);
    // layout/routes.tsx is the router that gathers the domains' routes.
    for (const folder of folders(import.meta.glob(['./*/routes.tsx', '!./layout/routes.tsx'])))
      expect(listed).toContain(folder);
  });
});
