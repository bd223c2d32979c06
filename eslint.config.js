// Lint is part of `npm test`: every rule here is an error, with no per-file exemptions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { serverBoundaries } from './eslint.server-boundaries.js';

const WEB_DECIDES_FROM_CAN =
  "Screens decide from the server's `can` flags (the session's, the presenter's), never from roles.";

const WEB_IMPORTS = [
  {
    group: ['@territoires/server', '**/server/**', 'node:*'],
    message: 'The web app never imports the server.',
  },
];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'error' } },
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      'e2e/screenshots/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Size promises (issue 8): source files under 300 lines, functions under 80 (blank lines and comments skipped).
  {
    files: ['apps/*/src/**/*.{ts,tsx}', 'packages/*/src/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/test-support/**',
      '**/test/**',
      '**/contexts/**',
      '**/*-data.ts',
    ],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  // Architecture boundaries (docs/ARCHITECTURE.md): who may import whom.
  {
    files: ['packages/open-badges/**/*.ts'],
    rules: restrict([
      {
        group: ['@territoires/*', '**/apps/**', '**/contracts/**'],
        message: 'open-badges is self-contained.',
      },
    ]),
  },
  {
    files: ['packages/contracts/**/*.ts'],
    rules: restrict([
      {
        group: ['@territoires/server', '@territoires/web', '**/apps/**'],
        message: 'contracts import no app.',
      },
    ]),
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(WEB_IMPORTS),
  },
  // Screens never copy the server's rules (docs/ARCHITECTURE.md, "Capabilities"): what a person may do
  // comes from the `can` flags the server computes, never from their roles. Test fixtures may hold roles.
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'apps/web/src/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: WEB_IMPORTS,
          paths: [
            {
              name: '@territoires/contracts',
              importNames: ['ROLES', 'Role'],
              message: WEB_DECIDES_FROM_CAN,
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='roles']", message: WEB_DECIDES_FROM_CAN },
        {
          selector: "BinaryExpression[operator=/^[=!]==?$/] MemberExpression[property.name='role']",
          message: WEB_DECIDES_FROM_CAN,
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(has|includes|indexOf)$/] MemberExpression[property.name='role']",
          message: WEB_DECIDES_FROM_CAN,
        },
        {
          selector:
            "SwitchStatement:matches([discriminant.property.name='role'], [discriminant.expression.property.name='role'])",
          message: WEB_DECIDES_FROM_CAN,
        },
      ],
    },
  },
  {
    // The build's own plugins (apps/web/vite/) run in Node, at build time: files and zlib, never the server.
    files: ['apps/web/vite/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([
      {
        group: ['@territoires/server', '**/server/**'],
        message: 'The web app never imports the server.',
      },
    ]),
  },
  {
    files: ['apps/server/**/*.ts'],
    rules: restrict([
      {
        group: ['@territoires/web', '**/web/**'],
        message: 'The server never imports the web app.',
      },
    ]),
  },
  {
    files: ['apps/server/src/**/policy.ts'],
    rules: restrict([
      {
        group: ['@territoires/web', '**/web/**'],
        message: 'The server never imports the web app.',
      },
      {
        group: ['**/db/**', 'drizzle-orm', 'drizzle-orm/**'],
        message:
          'A policy is pure: it decides from facts the service loaded and imports nothing from db/ (SQL translations of a rule go beside it, e.g. participants/visibility-sql.ts).',
      },
    ]),
  },
  // Inside the server: a domain imports another domain's public face only (index.ts, policy.ts),
  // infrastructure imports no domain, and a domain imports only the tables it owns or is known to read
  // (eslint.server-boundaries.js; docs/ARCHITECTURE.md, "Who may import whom inside the server").
  {
    files: ['apps/server/src/**/*.ts'],
    plugins: { territoires: { rules: { 'server-boundaries': serverBoundaries } } },
    rules: { 'territoires/server-boundaries': 'error' },
  },
  // Access decisions live in each domain's policy.ts (docs/ARCHITECTURE.md, "A request"): only a
  // policy decides that a request is forbidden.
  {
    files: ['apps/server/src/**/*.ts'],
    ignores: ['apps/server/src/**/policy.ts', 'apps/server/src/errors/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='ForbiddenError']",
          message: "Only a domain's policy.ts decides that a request is forbidden.",
        },
        {
          selector: ":matches(ClassDeclaration, ClassExpression)[superClass.name='ForbiddenError']",
          message: "Only a domain's policy.ts decides that a request is forbidden.",
        },
      ],
    },
  },
);
