import type { AuditFixture, Spec } from '../../test-support/audit-specs.js';

/** The audit test's expectations (audit/audit.test.ts) for indicators: one per write route. */
export function indicatorsAuditSpecs(_get: () => AuditFixture): Record<string, Spec> {
  return {};
}
