export * from './errors.js';
export * from './bake/index.js';
export * from './ob2/index.js';
export * from './contexts/urls.js';
export { createDocumentLoader } from './contexts/document-loader.js';
export type {
  DocumentLoader,
  DocumentLoaderOptions,
  RemoteDocument,
} from './contexts/document-loader.js';
export * from './model/types.js';
export * from './model/builders.js';
export {
  checkJsonSchema,
  checkJsonSchemaById,
  assertJsonSchema,
  OFFICIAL_SCHEMA,
} from './schema/json-schema.js';
export type { SchemaIssue, SchemaKind } from './schema/json-schema.js';
export { checkJsonLdSafeMode, assertJsonLdSafeMode } from './schema/safe-mode.js';
export * from './keys/issuer-key.js';
export * from './keys/key-file.js';
export * from './keys/documents.js';
export * from './keys/dids.js';
export { multibaseToJwk, jwkToMultibase } from './keys/multibase.js';
export { issueCredential } from './sign/issue.js';
export type { IssueOptions } from './sign/issue.js';
export { signJwt } from './sign/jwt.js';
export type { JwtOptions } from './sign/jwt.js';
export * from './status/status-list.js';
export { encodeBitstring, decodeBitstring, MIN_STATUS_LIST_LENGTH } from './status/bitstring.js';
export { verify } from './verify/verify.js';
export type { AnyVerifyResult } from './verify/verify.js';
export { CHECK_IDS } from './verify/types.js';
export { createProofMemo, PROOF_MEMO_SIZE } from './verify/proof-memo.js';
export type { ProofMemo } from './verify/proof-memo.js';
export type {
  Check,
  CheckId,
  CheckStatus,
  RecipientIdentity,
  VerificationOutcome,
  VerifyOptions,
  VerifyResult,
  VerifyWarning,
} from './verify/types.js';
export type { CheckCode, WarningCode } from './verify/codes.js';
export { createFetchJson } from './net/fetch-json.js';
export type { FetchPolicy, PolicyFetch } from './net/fetch-json.js';
export type { Transport } from './net/node-transport.js';
export { verifyClr, CLR_SCHEMA_URL } from './clr/verify-clr.js';
export { CLR_CHECK_IDS } from './clr/types.js';
export type { ClrCheck, ClrCheckId, ClrVerifyResult } from './clr/types.js';
export { verifyPresentation } from './presentation/verify-presentation.js';
export { PRESENTATION_CHECK_IDS } from './presentation/types.js';
export type {
  PresentationCheck,
  PresentationCheckId,
  PresentationOptions,
  PresentationVerifyResult,
} from './presentation/types.js';
export type { ContainerCheck, ContainerWarning } from './verify/container.js';
