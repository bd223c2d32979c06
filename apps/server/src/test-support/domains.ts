import type { RouteName } from '@territoires/contracts';
import { DOMAINS } from '../app.js';
import type { AuditFixture, Spec } from './audit-specs.js';
import type { Cell, CellFixture, Row } from './permission-cells.js';

// The global completeness tests (participants/permissions.test.ts, audit/audit.test.ts) take each
// domain's test data from `<domain>/test-support/index.ts`, for every domain of the server's list
// (app.ts DOMAINS): a new domain adds no line to them, and a route nobody described still fails them,
// since they compare what the domains describe with the whole manifest.

/** What a domain's `test-support/index.ts` exports as `testSupport`. */
export interface DomainTestSupport {
  /** Its rows of the permission matrix. */
  matrix?: Partial<Record<RouteName, Row>>;
  /** Routes whose 404 (not found = not allowed) carries the domain's own code, not resource.not_found. */
  notFoundCodes?: Partial<Record<RouteName, string>>;
  /** A request per route, one that would succeed for someone allowed. */
  cells?: (fixture: () => CellFixture) => Partial<Record<RouteName, () => Promise<Cell>>>;
  /** What each of its writes leaves in the audit log. */
  auditSpecs?: (fixture: () => AuditFixture) => Record<string, Spec>;
}

/** Every domain's test data, in the order of the domain list. */
export async function domainTestSupport(): Promise<DomainTestSupport[]> {
  return Promise.all(
    Object.keys(DOMAINS).map(async (name) => {
      const path = `../${name}/test-support/index.js`;
      const module = (await import(path)) as { testSupport?: DomainTestSupport };
      if (!module.testSupport)
        throw new Error(`${name}/test-support/index.ts exports no testSupport`);
      return module.testSupport;
    }),
  );
}

/** The union of the domains' parts; a route described twice is a mistake, not an override. */
export function merged<T>(
  parts: readonly (Partial<Record<string, T>> | undefined)[],
): Record<string, T> {
  const all: Record<string, T> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part ?? {})) {
      if (name in all) throw new Error(`${name} is described by two domains`);
      if (value !== undefined) all[name] = value;
    }
  }
  return all;
}
