// PNG and SVG baking written from the OB 3.0 §5.3 text (iTXt chunk `openbadgecredential`, <openbadges:credential>),
// with node:zlib only.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 1x1 RGB PNG with one iTXt chunk per payload (`openbadgecredential`, uncompressed). */
export function bakedPng(payloads, keyword = 'openbadgecredential') {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 0x2a, 0x7f, 0xd4]));
  const itxt = payloads.map((text) =>
    chunk(
      'iTXt',
      Buffer.concat([Buffer.from(`${keyword}\0\0\0\0\0`, 'latin1'), Buffer.from(text, 'utf8')]),
    ),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...itxt,
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const OB3_NS = 'https://purl.imsglobal.org/ob/v3p0';
export const OB2_NS = 'http://openbadges.org';

/** An SVG with the badge element; `ns` is bound to the `openbadges` prefix on the root (or not at all). */
export function bakedSvg(json, { ns = OB3_NS, element = 'credential', extra = '' } = {}) {
  const xmlns = ns === '' ? '' : ` xmlns:openbadges="${ns}"`;
  return `<svg xmlns="http://www.w3.org/2000/svg"${xmlns} width="10" height="10">${extra}
<openbadges:${element}><![CDATA[${json}]]></openbadges:${element}>
<circle cx="5" cy="5" r="4"/></svg>
`;
}
