import type { CellFixture, Cells, Matrix } from '../../test-support/permission-cells.js';
import { row } from '../../test-support/permission-cells.js';

type VerifierRoute = 'verifyCredential';

export function verifierCells(_f: () => CellFixture): Cells<VerifierRoute> {
  // Not a credential at all: still an answer (not verified), never an error.
  return { verifyCredential: () => Promise.resolve({ body: { type: ['Nothing'] } }) };
}

// The verifier is for everyone, with an account or not.
// prettier-ignore
export const verifierMatrix: Matrix<VerifierRoute> = {
  //                  anon coordination coordinator referent partner org_admin evaluator funder stranger
  verifyCredential: row(200, 200, 200, 200, 200, 200, 200, 200, 200),
};
