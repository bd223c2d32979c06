import type { CellFixture, Cells } from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): notes. */
export function noteCells(f: () => CellFixture): Cells<'listNotes' | 'createNote'> {
  return {
    listNotes: () => Promise.resolve({ params: { id: f().shared.id } }),
    createNote: () =>
      Promise.resolve({ params: { id: f().shared.id }, body: { body: 'A appelé ce matin.' } }),
  };
}
