// Who may import whom inside apps/server/src (docs/ARCHITECTURE.md, "Who may import whom inside the
// server"), as one ESLint rule used by eslint.config.js. Plain JavaScript, read by ESLint only.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_SRC = join(dirname(fileURLToPath(import.meta.url)), 'apps', 'server', 'src');

/** Infrastructure: everyone may import any of its files; it imports no domain. */
export const INFRASTRUCTURE = [
  'http',
  'errors',
  'time',
  'db',
  'files',
  'auth',
  'audit',
  'keys',
  'mail',
  'services.ts',
  'config.ts',
];
/** Where the server is put together: they may import every domain's public face; no domain imports them. */
export const COMPOSITION = ['app.ts', 'capabilities.ts', 'cli', 'seed', 'test-support'];
/** May import every table: the schema itself, the demo seed, test support, and indicators (reads any table, writes none). */
const READS_EVERY_TABLE = new Set(['db', 'seed', 'test-support', 'indicators']);

/**
 * Who owns each table. A table declared in `db/tables/<domain>.ts` belongs to <domain>; the tables
 * of the first, shared files are listed here (a domain added since keeps its own in <domain>/tables.ts).
 */
const TABLE_OWNERS = {
  // core.ts
  organisations: 'organisations',
  // Staff accounts and their memberships belong to accounts (ADR 14).
  staff: 'accounts',
  memberships: 'accounts',
  authSessions: 'auth',
  participants: 'participants',
  participantProfiles: 'participants',
  followUpAssignments: 'participants',
  timelineEvents: 'participants',
  contracts: 'pathway',
  contractObjectives: 'pathway',
  contractAmendments: 'pathway',
  exits: 'pathway',
  notes: 'notes',
  auditEvents: 'audit',
  // activities.ts
  sessionRegistrations: 'registrations',
  activityRegistrations: 'registrations',
  attendances: 'attendance',
  // attendance.ts
  participantCards: 'cards',
  calendarFeeds: 'calendar',
  // catalogue.ts (data·inclusion sources of the catalogue)
  organisationSources: 'activities',
  // experiences.ts
  reflections: 'reflections',
  reflectionExperiences: 'reflections',
  reflectionObjectives: 'reflections',
  // participant-space.ts: participant sessions are auth's (ADR 7)
  participantSessions: 'auth',
};

/**
 * Known exceptions (docs/ARCHITECTURE.md lists them, with the four that also write): tables another
 * domain uses in its own SQL, mostly joins for a name or a date. A new entry is a design decision.
 */
const KNOWN_READS = {
  accounts: ['organisations'],
  activities: ['organisations', 'staff', 'memberships'],
  attendance: [
    'activities',
    'activitySessions',
    'sessionRegistrations',
    'activityRegistrations',
    'participantCards',
    'participants',
  ],
  auth: ['staff', 'memberships', 'organisations', 'participants'],
  calendar: [
    'activities',
    'activitySessions',
    'sessionRegistrations',
    'organisations',
    'participants',
  ],
  cli: [
    'staff',
    'memberships',
    'organisations',
    'auditEvents',
    'followUpAssignments',
    'participants',
  ],
  experiences: ['activities', 'activitySessions', 'attendances', 'organisations', 'staff'],
  notes: ['staff'],
  organisations: ['activities', 'activitySessions', 'staff', 'memberships'],
  participants: [
    'contracts',
    'contractObjectives',
    'contractAmendments',
    'exits',
    'memberships',
    'staff',
  ],
  pathway: ['memberships'],
  reflections: ['staff'],
  registrations: ['activities', 'activitySessions'],
  // Due surveys from the pathway and attendance; results per activity kind and partner (issue 20).
  surveys: ['contracts', 'exits', 'attendances', 'activities', 'activitySessions', 'organisations'],
  transfers: ['followUpAssignments', 'participants', 'memberships', 'organisations', 'staff'],
};

let owners;
/** Every table of db/tables/, by its exported name, with its owner (read once per lint run). */
function tableOwners() {
  if (owners) return owners;
  const dir = join(SERVER_SRC, 'db', 'tables');
  owners = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, name] of text.matchAll(/export const (\w+) = pgTable\(/g)) {
      const owner = TABLE_OWNERS[name] ?? basename(file, '.ts');
      owners.set(name, owner);
    }
  }
  return owners;
}

const isInfrastructure = (part) => INFRASTRUCTURE.includes(part);
const isComposition = (part) => COMPOSITION.includes(part);
const isDomain = (part) => !isInfrastructure(part) && !isComposition(part);
const isTestFile = (path) => /\.test\.tsx?$/.test(path) || path.split('/').includes('test-support');

/** The path inside apps/server/src, with forward slashes, or null outside it. */
function inServer(absolute) {
  const path = relative(SERVER_SRC, absolute);
  if (path.startsWith('..') || path === '') return null;
  return path.split(sep).join('/');
}

export const serverBoundaries = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Server imports follow docs/ARCHITECTURE.md (public faces, infrastructure, tables).',
    },
    schema: [],
  },
  create(context) {
    const from = inServer(context.filename);
    if (from === null) return {};
    const [fromPart] = from.split('/');
    const test = isTestFile(from);
    const tables = tableOwners();

    function checkTables(node, to) {
      // A table file may name any table: a foreign key is part of the schema, not a read.
      if (test || READS_EVERY_TABLE.has(fromPart) || from.endsWith('/tables.ts')) return;
      if (to !== 'db/schema.js' && !to.startsWith('db/tables/')) return;
      if (node.type === 'ExportAllDeclaration') {
        context.report({
          node,
          message: 'Name the tables you import, so that their owners are checked.',
        });
        return;
      }
      const allowed = new Set(KNOWN_READS[fromPart] ?? []);
      for (const specifier of node.specifiers ?? []) {
        if (specifier.type === 'ImportNamespaceSpecifier') {
          context.report({
            node: specifier,
            message: 'Import the tables by name, so that their owners are checked.',
          });
          continue;
        }
        const name = specifier.imported?.name ?? specifier.local?.name;
        const owner = tables.get(name);
        if (owner === undefined || owner === fromPart || allowed.has(name)) continue;
        context.report({
          node: specifier,
          message: `${name} belongs to ${owner}/: ask the public face of ${owner}/ (index.ts) instead of reading its table (docs/ARCHITECTURE.md, tables).`,
        });
      }
    }

    function check(node) {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const to = inServer(resolve(dirname(context.filename), source.value));
      if (to === null) return;
      const [first = '', ...rest] = to.split('/');
      // A file at the top (app.ts, services.ts, config.ts) is imported as .js.
      const toPart = rest.length === 0 ? first.replace(/\.js$/, '.ts') : first;
      const inside = rest.join('/');
      if (toPart !== fromPart) {
        if (isDomain(toPart)) {
          const publicFace = inside === 'index.js' || inside === 'policy.js';
          // A domain's own tables (<domain>/tables.ts) are read by whoever reads every table.
          const everyTable = (test || READS_EVERY_TABLE.has(fromPart)) && inside === 'tables.js';
          const testData = everyTable || (test && inside.startsWith('test-support/'));
          if (isInfrastructure(fromPart) && !test) {
            context.report({
              node: source,
              message: `Infrastructure (${fromPart}) imports no domain.`,
            });
          } else if (!publicFace && !testData) {
            context.report({
              node: source,
              message: `Import ${toPart}/index.ts (its public face) or ${toPart}/policy.ts, not ${to}${test ? ' (tests may also use its test-support/)' : ''}.`,
            });
          }
        } else if (isComposition(toPart) && !isComposition(fromPart) && !test) {
          context.report({
            node: source,
            message: `${toPart} puts the server together: only tests and tools import it.`,
          });
        }
      }
      checkTables(node, to);
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
