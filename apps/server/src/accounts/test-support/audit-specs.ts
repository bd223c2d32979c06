import type { AuditFixture, Spec } from '../../test-support/audit-specs.js';

/** The audit test's expectations (audit/audit.test.ts) for accounts: one per write route. */
export function accountsAuditSpecs(_get: () => AuditFixture): Record<string, Spec> {
  return {};
}
