#!/usr/bin/env node
// Writes the independent fixtures of packages/open-badges: `node packages/open-badges/test-fixtures/generate.mjs`.
// Only the digitalbazaar libraries, jose and node:crypto (plus node:zlib and node:fs) make them — never the library
// under test — so a mistake in the library cannot hide in its own fixtures. Outputs (committed) go to test/fixtures/independent/:
// one file per case, manifest.json (what each case is and the verdict expected offline and online) and web.json
// (the documents an online verification may fetch, by URL). Ed25519 and P-256 keys are seeded; RSA keys and ECDSA
// signatures are random, so a new run changes those bytes but no verdict.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { bakedPng, bakedSvg, OB2_NS } from './lib/bake.mjs';
import {
  badge,
  bad,
  because,
  embeddedCases,
  httpsCases,
  httpsProfile,
  HTTPS_ISSUER,
  keysOb3,
  ok,
} from './lib/cases-ob3.mjs';
import { clrCases } from './lib/cases-clr.mjs';
import { ecdsaCases } from './lib/cases-ecdsa.mjs';
import { jwtCases } from './lib/cases-jwt.mjs';
import { ob2Cases } from './lib/cases-ob2.mjs';
import { statusCases } from './lib/cases-status.mjs';
import { vpCases } from './lib/cases-vp.mjs';
import { signEmbedded } from './lib/sign.mjs';

const out = new URL('../test/fixtures/independent/', import.meta.url);
const manifest = [];
const web = {};
const files = new Map();

/**
 * One case (`args`: extra command-line arguments, e.g. a presentation's --challenge): `content` is a credential object (written as JSON), a string (written as is) or bytes. `offline` is the
 * verdict of `open-badges verify FILE` (no network); `online` the verdict when the documents of web.json are served.
 */
function add(name, content, description, offline, online = offline, format, args) {
  const extension =
    format ??
    (content instanceof Uint8Array
      ? 'png'
      : typeof content === 'string' && content.startsWith('<')
        ? 'svg'
        : 'json');
  const file = `${name}.${extension}`;
  if (files.has(file)) throw new Error(`duplicate case ${name}`);
  files.set(
    file,
    typeof content === 'string' || content instanceof Uint8Array
      ? content
      : `${JSON.stringify(content, null, 2)}\n`,
  );
  manifest.push({ name, file, description, offline, online, ...(args ? { args } : {}) });
}

async function bakedCases(keys) {
  const valid = await signEmbedded(badge(keys.a.controller), keys.a);
  const text = JSON.stringify(valid);
  add('baked-valid-png', bakedPng([text]), 'credential baked in a PNG iTXt chunk', ok);
  add('baked-valid-svg', bakedSvg(text), 'credential baked in an SVG, namespace on the root', ok);
  const tampered = JSON.stringify({ ...valid, name: 'Cuisine volée' });
  add(
    'baked-tampered-png',
    bakedPng([tampered]),
    'a changed credential baked in a PNG',
    bad('proof'),
  );
  add(
    'baked-tampered-svg',
    bakedSvg(tampered),
    'a changed credential baked in an SVG',
    bad('proof'),
  );
  add(
    'baked-two-credentials-png',
    bakedPng([text, tampered]),
    'two openbadgecredential chunks',
    bad('format'),
  );
  add(
    'baked-undeclared-prefix-svg',
    bakedSvg(text, { ns: '' }),
    'openbadges: prefix bound to no namespace',
    bad('format'),
  );
  add(
    'baked-ob2-namespace-svg',
    bakedSvg(text, { ns: OB2_NS }),
    'an OB 3.0 credential under the OB 2.0 namespace: read as a 2.0 assertion, which it is not',
    { result: 'not_verified', failed: ['parse'] },
  );
  add(
    'baked-script-svg',
    bakedSvg(text, { extra: '<script>alert(1)</script>' }),
    'an SVG with a script',
    bad('format'),
  );
  const text2 = text.replace('{', '{"name":"Cuisine volée",');
  add(
    'baked-duplicate-keys-png',
    bakedPng([text2]),
    'baked JSON with two "name" keys',
    bad('format'),
  );
}

async function textCases(keys) {
  const valid = JSON.stringify(await signEmbedded(badge(keys.a.controller), keys.a));
  const twoKeys = because(bad('format'), 'ob.json_duplicate_key');
  add(
    'duplicate-keys',
    valid.replace('{', '{"name":"Cuisine volée",'),
    'two "name" keys: JSON.parse keeps the signed one',
    twoKeys,
    twoKeys,
    'json',
  );
  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  const tooDeep = because(bad('format'), 'ob.json_too_deep');
  add(
    'deep-nesting',
    valid.replace('{', `{"nested":${deep},`),
    'an array nested 5000 deep',
    tooDeep,
    tooDeep,
    'json',
  );
  add('not-json', 'this is not a badge\n', 'plain text', bad('format'), bad('format'), 'json');
}

const keys = await keysOb3();
web[HTTPS_ISSUER] = { json: httpsProfile(keys) };
await embeddedCases(keys, add);
await httpsCases(keys, add);
await statusCases(keys, add, web);
await jwtCases(add, web);
await ob2Cases(add, web);
await bakedCases(keys);
await ecdsaCases(add, web);
await vpCases(keys, add, await clrCases(keys, add));
await textCases(keys);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [file, content] of files) writeFileSync(new URL(file, out), content);
writeFileSync(new URL('manifest.json', out), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(new URL('web.json', out), `${JSON.stringify(web, null, 2)}\n`);
console.log(`${manifest.length} cases written to ${out.pathname}`);
