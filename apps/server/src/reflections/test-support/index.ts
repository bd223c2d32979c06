import type { DomainTestSupport } from '../../test-support/domains.js';

// Reflexivity times are described with experiences (experiences/test-support): they share its fixture.
/** reflections: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {};
