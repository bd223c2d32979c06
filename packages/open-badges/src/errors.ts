/**
 * The closed set of errors the library throws on misuse or unusable input.
 * Verification never throws for a bad credential: it returns a result with failed checks.
 * Codes are stable and meant to be used as i18n keys by callers.
 */
export type OpenBadgesErrorCode =
  | 'ob.invalid_argument'
  | 'ob.schema_invalid'
  | 'ob.jsonld_invalid'
  | 'ob.document_too_large'
  | 'ob.malformed_json'
  | 'ob.json_duplicate_key'
  | 'ob.json_too_deep'
  | 'ob.unknown_context'
  | 'ob.key_invalid'
  | 'ob.key_unsupported'
  | 'ob.key_file_invalid'
  | 'ob.key_retired'
  | 'ob.key_revoked'
  | 'ob.fetch_failed'
  | 'ob.fetch_not_allowed'
  | 'ob.status_list_full'
  | 'ob.status_invalid'
  | 'ob.signing_failed'
  | 'ob.vc1_not_issued'
  | 'ob.bake.malformed_image'
  | 'ob.bake.no_credential'
  | 'ob.bake.multiple_credentials'
  | 'ob.bake.unsafe_svg'
  | 'ob.ob2.invalid_assertion'
  | 'ob.ob2.fetch_failed'
  | 'ob.ob2.network_disabled';

export class OpenBadgesError extends Error {
  readonly code: OpenBadgesErrorCode;
  readonly details: Record<string, unknown>;
  constructor(code: OpenBadgesErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'OpenBadgesError';
    this.code = code;
    this.details = details;
  }
}
