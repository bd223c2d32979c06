import { z } from 'zod';

// The server's Content-Security-Policy allows no eval: zod must not even probe for it (a strict CSP
// reports the probe's `new Function` although zod catches it). Imported first by the entry.
z.config({ jitless: true });
