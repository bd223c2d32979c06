/**
 * @territoires/contracts resolves to its TypeScript source. A global `source` export condition
 * cannot be used here: react-aria-components declares one pointing at files it does not ship.
 */
const source = (file: string) =>
  decodeURIComponent(new URL(`../../packages/contracts/src/${file}`, import.meta.url).pathname);

export const contractsAliases = [
  { find: /^@territoires\/contracts$/, replacement: source('index.ts') },
  // The zod-free part the participant sign-in page reads on a weak mobile connection.
  { find: /^@territoires\/contracts\/sign-in-code$/, replacement: source('sign-in-code.ts') },
];
