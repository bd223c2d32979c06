import type { AccessLevel } from '../participants/policy.js';

/*
 * Pathway changes (phase, contracts, amendments, exits) are writes to the participant's file: they
 * go through participants/write.ts, which applies the participants policy (requireEdit).
 */

/** Partners see when something happened, not what was written about the person. */
export const seesTimelineDetail = (level: AccessLevel): boolean => level !== 'partner';
