// Status (W3C Bitstring Status List, written from the spec: GZIP + multibase base64url, bit 0 = leftmost), refresh
// and fetched credentialSchema cases. Offline they are indeterminate; online the verdict depends on the documents.
import { gzipSync } from 'node:zlib';
import { badge, bad, because, EXTENSIONS, ok, OB3, unknown, VC2 } from './cases-ob3.mjs';
import { signEmbedded } from './sign.mjs';

const LISTS = 'https://status.example/lists';

function encodedList(bits, setIndexes) {
  const bytes = new Uint8Array(bits / 8);
  for (const i of setIndexes) bytes[i >> 3] |= 0x80 >> (i & 7);
  return `u${gzipSync(bytes).toString('base64url')}`;
}

function listCredential(
  issuer,
  name,
  { purpose = 'revocation', bits = 131072, set = [], patch = {} } = {},
) {
  return {
    '@context': [VC2],
    id: `${LISTS}/${name}`,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {
      id: `${LISTS}/${name}#list`,
      type: 'BitstringStatusList',
      statusPurpose: purpose,
      encodedList: encodedList(bits, set),
    },
    ...patch,
  };
}

const entry = (list, index, purpose = 'revocation', extra = {}) => ({
  id: `${LISTS}/${list}#${index}`,
  type: 'BitstringStatusListEntry',
  statusPurpose: purpose,
  statusListIndex: String(index),
  statusListCredential: `${LISTS}/${list}`,
  ...extra,
});

/** The lists, served online: `web` gets URL -> document. */
async function publishLists(keys, web) {
  const { a, b } = keys;
  const sign = async (issuerPair, name, options) =>
    (web[`${LISTS}/${name}`] = {
      json: await signEmbedded(listCredential(issuerPair.controller, name, options), issuerPair),
    });
  await sign(a, 'main', { set: [7] });
  await sign(a, 'short', { bits: 8, set: [] });
  await sign(a, 'expired', { patch: { validUntil: '2020-01-01T00:00:00Z' } });
  await sign(a, 'suspension', { purpose: 'suspension', set: [5] });
  await sign(a, 'messages', { purpose: 'message', bits: 262144, set: [9] });
  await sign(b, 'by-other-issuer', { set: [] });
  const tampered = await signEmbedded(listCredential(a.controller, 'tampered', { set: [7] }), a);
  tampered.credentialSubject.encodedList = encodedList(131072, []);
  web[`${LISTS}/tampered`] = { json: tampered };
}

export async function statusCases(keys, add, web) {
  await publishLists(keys, web);
  const { a } = keys;
  const withStatus = async (status) =>
    signEmbedded(badge(keys.a.controller, { credentialStatus: status }), a);
  const pending = because(unknown('status'), 'ob.status.unreachable');
  const online = (result, ...failed) => ({ result, failed });
  const listInvalid = because(online('not_verified', 'status'), 'ob.status.list_invalid');
  add(
    'status-revoked',
    await withStatus(entry('main', 7)),
    'bit 7 set in the revocation list',
    pending,
    because(online('not_verified', 'status'), 'ob.status.revoked'),
  );
  add(
    'status-not-revoked',
    await withStatus(entry('main', 3)),
    'bit 3 clear',
    pending,
    online('verified'),
  );
  add(
    'status-unsupported-then-revoked',
    await withStatus([
      { id: 'https://status.example/x', type: 'https://status.example/vocab#ExampleStatus2099' },
      entry('main', 7),
    ]),
    'an unsupported first entry must not hide a revoked second one (two entries: the OB 3.0 schema wants one)',
    { result: 'not_verified', failed: ['schema'], indeterminate: ['status'] },
    because(online('not_verified', 'schema', 'status'), 'ob.status.revoked'),
  );
  add(
    'status-list-too-short',
    await withStatus(entry('short', 1)),
    'a list of 8 entries',
    pending,
    listInvalid,
  );
  add(
    'status-list-expired',
    await withStatus(entry('expired', 1)),
    'the list credential expired',
    pending,
    listInvalid,
  );
  add(
    'status-list-tampered',
    await withStatus(entry('tampered', 7)),
    'the list was changed after signing',
    pending,
    listInvalid,
  );
  add(
    'status-list-other-issuer',
    await withStatus(entry('by-other-issuer', 1)),
    "a list signed by someone else than the credential's issuer",
    pending,
    listInvalid,
  );
  add(
    'status-suspended',
    await withStatus(entry('suspension', 5, 'suspension')),
    'bit 5 set in a suspension list',
    pending,
    because(online('not_verified', 'status'), 'ob.status.suspended'),
  );
  add(
    'status-purpose-mismatch',
    await withStatus(entry('main', 3, 'suspension')),
    'entry purpose suspension, list purpose revocation',
    pending,
    listInvalid,
  );
  const messages = [0, 1, 2, 3].map((n) => ({
    status: `0x${n}`,
    message: ['ok', 'late', 'paused', 'ended'][n],
  }));
  add(
    'status-message',
    await withStatus(entry('messages', 4, 'message', { statusSize: 2, statusMessage: messages })),
    'statusSize 2 with its four messages (bits 8-9: 0b01, "late")',
    pending,
    online('verified'),
  );
  add(
    'status-size-without-messages',
    await withStatus(entry('main', 3, 'revocation', { statusSize: 2 })),
    'statusSize 2 without statusMessage: a malformed entry, refused before any fetch',
    bad('status'),
  );
  await refreshAndSchemaCases(keys, add, web, online);
}

async function refreshAndSchemaCases(keys, add, web, online) {
  const { a } = keys;
  const refreshed = await signEmbedded(
    badge(a.controller, { name: 'Cuisine partagée (renouvelé)' }),
    a,
  );
  web['https://issuer.example/refresh/1'] = { json: refreshed };
  add(
    'refresh-service',
    await signEmbedded(
      badge(a.controller, {
        '@context': [VC2, OB3, EXTENSIONS],
        refreshService: {
          id: 'https://issuer.example/refresh/1',
          type: '1EdTechCredentialRefresh',
        },
      }),
      a,
    ),
    'a 1EdTechCredentialRefresh service: followed when fetching is allowed',
    unknown('refresh'),
    online('verified'),
  );
  web['https://schemas.example/cooking.json'] = {
    json: {
      $schema: 'https://json-schema.org/draft/2019-09/schema#',
      $id: 'https://schemas.example/cooking.json',
      type: 'object',
      required: ['name'],
      properties: { name: { const: 'Cuisine partagée, niveau 2' } },
    },
  };
  add(
    'credential-schema-fetched',
    await signEmbedded(
      badge(a.controller, {
        '@context': [VC2, OB3, EXTENSIONS],
        credentialSchema: [
          { id: 'https://schemas.example/cooking.json', type: '1EdTechJsonSchemaValidator2019' },
        ],
      }),
      a,
    ),
    "a credentialSchema the verifier does not hold: fetched, and the credential's name does not match it",
    unknown('schema'),
    online('not_verified', 'schema'),
  );
  return ok;
}
