import { VC_V2_CONTEXT } from '../contexts/urls.js';
import { OpenBadgesError } from '../errors.js';
import { assertKeyMaySign, type IssuerKey } from '../keys/issuer-key.js';
import { assertJsonSchema, type SchemaKind } from '../schema/json-schema.js';

export interface SigningOptions {
  key: IssuerKey;
  clock?: () => Date;
}

export function checkSigningOptions(
  unsigned: unknown,
  options: unknown,
): asserts options is SigningOptions {
  if (typeof unsigned !== 'object' || unsigned === null || Array.isArray(unsigned)) {
    throw new TypeError('credential must be an object');
  }
  if (typeof options !== 'object' || options === null)
    throw new TypeError('options must be an object');
  const { key, clock } = options as Record<string, unknown>;
  if (typeof key !== 'object' || key === null || typeof (key as IssuerKey).id !== 'string') {
    throw new TypeError('options.key must be an IssuerKey');
  }
  if (clock !== undefined && typeof clock !== 'function')
    throw new TypeError('options.clock must be a function');
  assertKeyMaySign(key as IssuerKey);
}

/** Common pre-signing checks: VC 2.0 only, issuer bound to the key, official JSON Schema. */
export function prepareForSigning(
  unsigned: Record<string, unknown>,
  key: IssuerKey,
): Record<string, unknown> {
  const contexts = unsigned['@context'];
  if (!Array.isArray(contexts) || contexts[0] !== VC_V2_CONTEXT) {
    throw new OpenBadgesError(
      'ob.vc1_not_issued',
      'Only VC 2.0 credentials are issued (@context must start with the VC 2.0 context)',
      {
        field: '@context',
      },
    );
  }
  if ('proof' in unsigned) {
    throw new OpenBadgesError('ob.invalid_argument', 'The credential is already signed', {
      field: 'proof',
    });
  }
  const issuer = unsigned.issuer;
  const issuerId =
    typeof issuer === 'string'
      ? issuer
      : typeof issuer === 'object' && issuer !== null
        ? (issuer as { id?: unknown }).id
        : undefined;
  if (issuerId !== key.controller) {
    throw new OpenBadgesError(
      'ob.invalid_argument',
      `issuer.id must equal the key controller ${key.controller}`,
      { field: 'issuer.id' },
    );
  }
  assertJsonSchema(unsigned, schemaKind(unsigned));
  return unsigned;
}

export function schemaKind(document: Record<string, unknown>): SchemaKind {
  const types = [document.type].flat();
  return types.includes('EndorsementCredential')
    ? 'EndorsementCredential'
    : 'AchievementCredential';
}
