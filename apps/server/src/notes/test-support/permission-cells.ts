import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): notes. */
export function noteCells(f: () => CellFixture): Cells<'listNotes' | 'createNote'> {
  return {
    listNotes: () => Promise.resolve({ params: { id: f().shared.id } }),
    createNote: () =>
      Promise.resolve({ params: { id: f().shared.id }, body: { body: 'A appelé ce matin.' } }),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const noteMatrix: Matrix<keyof ReturnType<typeof noteCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  listNotes:          row(401, 200,         200,        200,     404,    404,      404,      404,      404),
  createNote:         row(401, 201,         201,        201,     404,    404,      404,      404,      404),
};
