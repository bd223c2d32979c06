/**
 * @territoires/contracts resolves to its TypeScript source. A global `source` export condition
 * cannot be used here: react-aria-components declares one pointing at files it does not ship.
 */
export const contractsAlias = {
  find: /^@territoires\/contracts$/,
  replacement: decodeURIComponent(
    new URL('../../packages/contracts/src/index.ts', import.meta.url).pathname,
  ),
};
