export { readOb2 } from './parse.js';
export { verifyOb2 } from './verify.js';
export { decodeJws, verifyJwsWithPem } from './jws.js';
export type {
  FetchLike,
  Ob2Assertion,
  Ob2BadgeClass,
  Ob2Check,
  Ob2Warning,
  Ob2CheckName,
  Ob2Issuer,
  Ob2Options,
  Ob2Recipient,
  Ob2VerificationResult,
  Ob2VerifyOptions,
} from './types.js';
export { ob2ToOb3 } from './to-ob3.js';
export type { Ob2Import } from './to-ob3.js';
