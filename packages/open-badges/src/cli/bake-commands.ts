import { bakePng, bakeSvg, unbake } from '../bake/index.js';
import { isPng } from '../bake/png.js';
import { EXIT, readInput } from './io.js';
import type { CliIo } from './io.js';

const utf8 = new TextDecoder();

function detectVersion(payload: string): '3.0' | '2.0' {
  try {
    const doc = JSON.parse(payload) as { type?: unknown };
    return [doc.type].flat().includes('Assertion') ? '2.0' : '3.0';
  } catch {
    return '3.0'; // a compact JWS: OB 3.0 VC-JWT unless it decodes to an assertion, which bakers rarely need
  }
}

/** Writes the baked image to stdout; the credential file's surrounding whitespace is not part of the credential. */
export async function bakeCommand(
  io: CliIo,
  credentialFile: string,
  imageFile: string,
): Promise<number> {
  const payload = utf8.decode(await readInput(io, credentialFile)).trim();
  const image = await readInput(io, imageFile);
  const version = detectVersion(payload);
  io.stdout.write(
    isPng(image)
      ? bakePng(image, payload, { version })
      : bakeSvg(utf8.decode(image), payload, { version }),
  );
  return EXIT.ok;
}

export async function unbakeCommand(io: CliIo, imageFile: string): Promise<number> {
  io.stdout.write(`${unbake(await readInput(io, imageFile)).payload}\n`);
  return EXIT.ok;
}
