import type { OpenBadgesErrorCode } from '../errors.js';

/**
 * Every reason code a check can carry (stable, i18n keys). The `format` check carries the OpenBadgesError code of
 * the input that could not be read.
 */
export type CheckCode =
  | OpenBadgesErrorCode
  | 'ob.ob2_input'
  | 'ob.internal_error'
  | 'ob.context.invalid'
  | 'ob.context.unknown'
  | 'ob.type.invalid'
  | 'ob.schema.invalid'
  | 'ob.schema.unreachable'
  | 'ob.subject.missing_identifier'
  | 'ob.subject.recipient_mismatch'
  | 'ob.proof.missing'
  | 'ob.proof.unsupported'
  | 'ob.proof.signature_invalid'
  | 'ob.proof.key_unreachable'
  | 'ob.proof.key_not_found'
  | 'ob.proof.key_not_authorized'
  | 'ob.proof.key_revoked'
  | 'ob.proof.key_expired'
  | 'ob.proof.not_by_issuer'
  | 'ob.proof.created_in_future'
  | 'ob.proof.expired'
  | 'ob.proof.invalid_date'
  | 'ob.proof.jsonld_unsafe'
  | 'ob.proof.jwt_algorithm'
  | 'ob.proof.jwt_header'
  | 'ob.proof.jwt_claims'
  | 'ob.proof.jwt_no_key'
  | 'ob.refresh.unreachable'
  | 'ob.refresh.invalid'
  | 'ob.status.unreachable'
  | 'ob.status.unsupported'
  | 'ob.status.invalid'
  | 'ob.status.list_invalid'
  | 'ob.status.revoked'
  | 'ob.status.suspended'
  | 'ob.dates.missing'
  | 'ob.dates.invalid'
  | 'ob.dates.not_yet_valid'
  | 'ob.dates.expired'
  | 'ob.terms.invalid'
  | 'ob.endorsement.invalid'
  | 'ob.endorsement.unverified'
  | 'ob.endorsement.subject_mismatch';

/** Codes of warnings only (a warning may also carry a CheckCode, e.g. a second proof that fails). */
export type WarningCode =
  | 'ob.proof.other_proof_failed'
  | 'ob.status.message'
  | 'ob.status.refresh_requested'
  | 'ob.refresh.unsupported_type'
  | 'ob.schema.unsupported_type'
  | 'ob.terms.present';
