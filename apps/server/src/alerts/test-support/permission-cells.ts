import type { Cells } from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): alerts. */
export function alertCells(): Cells<'listAlerts'> {
  return {
    listAlerts: () => Promise.resolve({}),
  };
}
