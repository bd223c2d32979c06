import type * as OpenBadges from '@territoires/open-badges';

/**
 * The Open Badges library (JSON-LD, schemas, proof suites) is loaded on first use, not with every
 * process: CLI commands and the server's start do not pay for it (the types are imported as usual).
 */
let library: Promise<typeof OpenBadges> | undefined;

/**
 * The library, imported once: an `import()` per call would resolve the module again each time
 * (through the loader's hooks under tsx: a round trip to its thread per verification).
 */
export const openBadges = () => (library ??= import('@territoires/open-badges'));
