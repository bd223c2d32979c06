import { bundledContextUrls } from '../contexts/bundled.js';
import { OB_CONTEXT_URLS, VC_V1_CONTEXT, VC_V2_CONTEXT } from '../contexts/urls.js';
import { checkJsonSchemaLenient } from '../schema/json-schema.js';
import { schemaKind } from '../sign/prepare.js';
import { failed, passed, skipped, type Check } from './types.js';

const KNOWN = new Set(bundledContextUrls());
const CREDENTIAL_TYPES = ['OpenBadgeCredential', 'AchievementCredential', 'EndorsementCredential'];

export function vcVersion(credential: Record<string, unknown>): '1.1' | '2.0' | undefined {
  const first = [credential['@context']].flat()[0];
  return first === VC_V2_CONTEXT ? '2.0' : first === VC_V1_CONTEXT ? '1.1' : undefined;
}

export function checkContext(credential: Record<string, unknown>): Check {
  const contexts = [credential['@context']].flat();
  const version = vcVersion(credential);
  if (version === undefined)
    return failed('context', 'The first @context must be the VC 2.0 (or VC 1.1) context');
  if (!contexts.some((c) => typeof c === 'string' && OB_CONTEXT_URLS.includes(c))) {
    return failed('context', 'The Open Badges 3.0 context is missing from @context');
  }
  const unknown = contexts.find((c) => typeof c !== 'string' || !KNOWN.has(c));
  if (unknown !== undefined) {
    return failed(
      'context',
      `ob.unknown_context: ${typeof unknown === 'string' ? unknown : 'inline context'} is not a bundled context`,
    );
  }
  return passed(
    'context',
    version === '1.1'
      ? 'VC 1.1 contexts (accepted for verification, never issued)'
      : 'VC 2.0 and OB 3.0 contexts',
  );
}

export function checkType(credential: Record<string, unknown>): Check {
  const types = [credential.type].flat();
  if (!types.includes('VerifiableCredential'))
    return failed('type', 'type must include VerifiableCredential');
  const own = types.find((t) => typeof t === 'string' && CREDENTIAL_TYPES.includes(t));
  if (own === undefined)
    return failed(
      'type',
      'type must include OpenBadgeCredential, AchievementCredential or EndorsementCredential',
    );
  return passed('type', own as string);
}

export function checkSchema(credential: Record<string, unknown>): Check {
  if (vcVersion(credential) === '1.1') {
    return skipped(
      'schema',
      'The official OB 3.0 JSON Schema describes VC 2.0 credentials; VC 1.1 credential not schema-checked',
    );
  }
  const kind = schemaKind(credential);
  const issues = checkJsonSchemaLenient(credential, kind);
  if (issues.length > 0) {
    return failed(
      'schema',
      `Does not match the ${kind} JSON Schema: ${issues
        .slice(0, 5)
        .map((i) => i.message)
        .join('; ')}`,
    );
  }
  return passed('schema', `Matches the official ${kind} JSON Schema`);
}
