/**
 * The Open Badges library (JSON-LD, schemas, proof suites) is loaded on first use, not with every
 * process: CLI commands and the server's start do not pay for it (the types are imported as usual).
 */
export const openBadges = () => import('@territoires/open-badges');
