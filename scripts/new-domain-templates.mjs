// The files of a new domain (scripts/new-domain.mjs): a staff read of a participant's items, through
// every layer (route → service → policy → repository → presenter), its one table, its test data, its
// screen and messages. `n` holds the name's spellings: name (kebab), camel, pascal, constant, snake.

export const contracts = (n) => `import { z } from 'zod';
import { idParamsSchema, idSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// ${n.pascal}: say here what this domain is for (scaffolded by \`npm run new-domain -- ${n.name}\`).

/** The error codes this domain returns; each is an i18n key (errors.<code>) in its web messages. */
export const ${n.constant}_ERROR_CODES = ['${n.name}.not_found'] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const ${n.constant}_TIMELINE_KINDS = ['${n.snake}_recorded'] as const;

export const ${n.camel}ItemSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  at: timestampSchema,
  label: z.string(),
});

export const ${n.camel}Routes = {
  list${n.pascal}: {
    method: 'GET',
    path: '/api/participants/:id/${n.name}',
    summary: '${n.pascal} of a participant',
    tag: '${n.name}',
    params: idParamsSchema,
    response: z.array(${n.camel}ItemSchema),
  },
} as const satisfies Record<string, RouteContract>;

export type ${n.pascal}Item = z.infer<typeof ${n.camel}ItemSchema>;
`;

export const server = (n) => ({
  'index.ts': `// The public face of ${n.name} (docs/ARCHITECTURE.md): what other domains, the app and the tools may use.
export { ${n.camel}Routes } from './routes.js';
`,
  'routes.ts': `import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { list${n.pascal} } from './service.js';

export function ${n.camel}Routes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'list${n.pascal}', ({ services, actor, params }) =>
    list${n.pascal}(services, actor, params.id),
  );
}
`,
  'policy.ts': `import { ForbiddenError } from '../errors/index.js';
import { canSeeFile, type AccessLevel } from '../participants/policy.js';

/** Whoever sees the participant's file reads its ${n.name}. */
export function require${n.pascal}Reader(level: AccessLevel): void {
  if (!canSeeFile(level)) throw new ForbiddenError();
}
`,
  'service.ts': `import type { ${n.pascal}Item } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { participantFor } from '../participants/index.js';
import type { Services } from '../services.js';
import { require${n.pascal}Reader } from './policy.js';
import { present${n.pascal}Item } from './presenter.js';
import { ${n.camel}Of } from './repository.js';

// A write goes in one transaction: the change, then recordParticipantEvent(tx, …) from
// participants/index.js (sign of life, timeline kind '${n.snake}_recorded', audit), and its audit
// spec in test-support/audit-specs.ts.

export async function list${n.pascal}(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<${n.pascal}Item[]> {
  const { db } = services.database;
  const { level } = await participantFor(db, actor, participantId);
  require${n.pascal}Reader(level);
  return (await ${n.camel}Of(db, participantId)).map(present${n.pascal}Item);
}
`,
  'repository.ts': `import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { ${n.camel}Items } from './tables.js';

export const ${n.camel}Of = (db: Db | Tx, participantId: string) =>
  db
    .select()
    .from(${n.camel}Items)
    .where(eq(${n.camel}Items.participantId, participantId))
    .orderBy(desc(${n.camel}Items.createdAt));
`,
  'presenter.ts': `import type { ${n.pascal}Item } from '@territoires/contracts';
import { iso } from '../time/index.js';
import type { ${n.camel}Items } from './tables.js';

export const present${n.pascal}Item = (row: typeof ${n.camel}Items.$inferSelect): ${n.pascal}Item => ({
  id: row.id,
  participantId: row.participantId,
  at: iso(row.createdAt),
  label: row.label,
});
`,
  'tables.ts': `import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, participants } from '../db/tables/core.js';

// This domain's tables: only it reads and writes them (drizzle-kit reads every <domain>/tables.ts).

export const ${n.camel}Items = pgTable(
  '${n.snake}_items',
  {
    id: id(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    label: text('label').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('${n.snake}_items_participant_idx').on(t.participantId, t.createdAt)],
);
`,
  'test-support/index.ts': `import type { DomainTestSupport } from '../../test-support/domains.js';
import { ${n.camel}AuditSpecs } from './audit-specs.js';
import { ${n.camel}Cells, ${n.camel}Matrix } from './permission-cells.js';

/** ${n.name}: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: ${n.camel}Matrix,
  cells: ${n.camel}Cells,
  auditSpecs: ${n.camel}AuditSpecs,
};
`,
  'test-support/permission-cells.ts': `import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): ${n.name}. */
export function ${n.camel}Cells(f: () => CellFixture): Cells<'list${n.pascal}'> {
  return {
    list${n.pascal}: () => Promise.resolve({ params: { id: f().shared.id } }),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const ${n.camel}Matrix: Matrix<keyof ReturnType<typeof ${n.camel}Cells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator stranger
  list${n.pascal}:     row(401, 200,         200,        200,     404,    404,      404,      404),
};
`,
  'test-support/audit-specs.ts': `import type { AuditFixture, Spec } from '../../test-support/audit-specs.js';

/** The audit test's expectations (audit/audit.test.ts) for ${n.name}: one per write route. */
export function ${n.camel}AuditSpecs(_get: () => AuditFixture): Record<string, Spec> {
  return {};
}
`,
});

const messages = (n, lang) =>
  `${JSON.stringify(
    {
      errors: {
        [n.name]: {
          not_found: lang === 'fr' ? 'Introuvable.' : 'Not found.',
        },
      },
      timeline: {
        kind: {
          [`${n.snake}_recorded`]: lang === 'fr' ? `${n.pascal} : ajouté` : `${n.pascal}: added`,
        },
      },
      [n.camel]: {
        title: n.pascal,
        empty: lang === 'fr' ? 'Rien pour l’instant.' : 'Nothing yet.',
      },
    },
    null,
    2,
  )}\n`;

export const web = (n) => ({
  'domain.ts': `import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { ${n.camel}StaffRoutes } from './routes.js';

export const ${n.camel}Domain: WebDomain = {
  name: '${n.name}',
  messages: { fr, en },
  staffRoutes: ${n.camel}StaffRoutes,
};
`,
  'routes.tsx': `import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';

/** Staff screens of this domain, loaded on demand. */
export const ${n.camel}StaffRoutes: RouteObject[] = [
  {
    path: '/participants/:id/${n.name}',
    lazy: staffPage(async () => {
      const { ${n.pascal}Page } = await import('./${n.pascal}Page.js');
      return <${n.pascal}Page />;
    }),
  },
];
`,
  [`${n.pascal}Page.tsx`]: `import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { formatDate } from '../time/time.js';
import { FormError } from '../ui/FormError.js';

export function ${n.pascal}Page() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const items = useApiQuery('list${n.pascal}', ['participants', id, '${n.name}'], { params: { id } });
  return (
    <Page title={t('${n.camel}.title')}>
      {items.isPending && <Loading />}
      {items.isError && <FormError error={items.error} />}
      {items.data?.length === 0 && <p>{t('${n.camel}.empty')}</p>}
      {items.data !== undefined && items.data.length > 0 && (
        <ul className="cards">
          {items.data.map((item) => (
            <li key={item.id} className="card">
              <p className="card-title">{item.label}</p>
              <p>{formatDate(item.at, i18n.language)}</p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
`,
  'messages.fr.json': messages(n, 'fr'),
  'messages.en.json': messages(n, 'en'),
});
