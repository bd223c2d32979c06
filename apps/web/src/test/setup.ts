import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

// findBy…/waitFor give up after 1 s by default: on a loaded 2-core machine a lazy screen can take
// longer to appear. A longer wait changes no assertion: a screen that never appears still fails.
configure({ asyncUtilTimeout: 5000 });
