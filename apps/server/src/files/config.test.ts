import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';

describe('FILES_DIR', () => {
  it('defaults to a files directory beside the database', () => {
    expect(loadConfig({}, '/srv/tp').filesDir).toBe('/srv/tp/data/files');
    expect(loadConfig({ DATA_DIR: '/var/lib/tp' }, '/srv/tp').filesDir).toBe('/var/lib/tp/files');
  });

  it('stays ./data/files in PostgreSQL mode, and can be set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/tp' }, '/srv/tp').filesDir).toBe(
      '/srv/tp/data/files',
    );
    expect(loadConfig({ FILES_DIR: 'evidence' }, '/srv/tp').filesDir).toBe('/srv/tp/evidence');
  });
});
