import { parseArgs } from 'node:util';
import { OpenBadgesError } from '../errors.js';
import { bakeCommand, unbakeCommand } from './bake-commands.js';
import { EXIT, UsageError, printJson } from './io.js';
import type { CliIo } from './io.js';
import { issueCommand, keygenCommand } from './key-commands.js';
import { verifyCommand } from './verify-command.js';

export type { CliIo } from './io.js';
export { nodeIo } from './io.js';

export const USAGE = `Usage: open-badges <command> [options]

  verify FILE [--allow-network [--allow-loopback] [--allow-private-addresses]]
              [--challenge C] [--domain D]
                                    Verify an OB 3.0 credential or OB 2.0 assertion (JSON, JWT, baked PNG/SVG),
                                    a CLR 2.0 ClrCredential, or a VerifiablePresentation (whose holder proof must
                                    carry the --challenge and --domain given).
                                    Prints the result as JSON; exit 0 verified, 1 not verified, 3 indeterminate.
  keygen --out KEYFILE [--issuer-url URL] [--algorithm Ed25519|ES256]
                                    Create an Ed25519 (or P-256) key file (its own did:key issuer unless
                                    --issuer-url).
  issue --key KEYFILE [--issuer-url URL] UNSIGNED.json
                                    Sign a credential (eddsa-rdfc-2022, or ecdsa-rdfc-2019 with a P-256 key)
                                    and print it.
  bake CREDENTIAL IMAGE > OUT       Bake a credential (JSON or JWS) into a PNG or SVG image.
  unbake IMAGE                      Print the credential baked into a PNG or SVG image.

did:key issuers resolve offline; did:web and https documents (issuer profiles, status lists, refreshed
credentials, OB 2.0 assertions) are fetched only with --allow-network: https only (--allow-loopback adds http to
localhost, for tests), 1 MB, 5 s, 3 redirects, no private addresses (unless --allow-private-addresses).
Without the network, what needs a document is indeterminate (exit 3), never verified.
Exit codes: 0 verified / done, 1 not verified / failed, 2 misuse (a JSON error is printed too), 3 indeterminate.
`;

const OPTIONS = {
  out: { type: 'string' },
  key: { type: 'string' },
  'issuer-url': { type: 'string' },
  'allow-network': { type: 'boolean' },
  'allow-loopback': { type: 'boolean' },
  'allow-private-addresses': { type: 'boolean' },
  algorithm: { type: 'string' },
  challenge: { type: 'string' },
  domain: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function one(positionals: string[], count: number, usage: string): string[] {
  if (positionals.length !== count) throw new UsageError(`Usage: open-badges ${usage}`);
  return positionals;
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UsageError(`Missing --${flag}.`);
  return value;
}

function dispatch(io: CliIo, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined || command === 'help') {
    io.stdout.write(USAGE);
    return Promise.resolve(command === undefined && values.help !== true ? EXIT.usage : EXIT.ok);
  }
  const issuerUrl = values['issuer-url'];
  switch (command) {
    case 'verify':
      return verifyCommand(io, one(rest, 1, 'verify FILE')[0] ?? '', {
        allowNetwork: values['allow-network'] === true,
        allowLoopback: values['allow-loopback'] === true,
        allowPrivateAddresses: values['allow-private-addresses'] === true,
        challenge: values.challenge,
        domain: values.domain,
      });
    case 'keygen':
      one(rest, 0, 'keygen --out KEYFILE');
      return keygenCommand(io, required(values.out, 'out'), issuerUrl, values.algorithm);
    case 'issue':
      return issueCommand(
        io,
        required(values.key, 'key'),
        one(rest, 1, 'issue --key KEYFILE UNSIGNED.json')[0] ?? '',
        issuerUrl,
      );
    case 'bake': {
      const [credential = '', image = ''] = one(rest, 2, 'bake CREDENTIAL IMAGE > OUT');
      return bakeCommand(io, credential, image);
    }
    case 'unbake':
      return unbakeCommand(io, one(rest, 1, 'unbake IMAGE')[0] ?? '');
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

function isParseArgsError(err: unknown): boolean {
  return err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS');
}

/**
 * Runs the command line; returns the exit code (0 verified or done, 1 not verified or failed, 2 misuse,
 * 3 indeterminate). Misuse prints `{ "result": "error", "error": { code, message } }` on stdout besides the usage.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(io, argv);
  } catch (err) {
    if (err instanceof UsageError || isParseArgsError(err)) {
      const message = (err as Error).message;
      printJson(io, { result: 'error', error: { code: 'ob.cli.usage', message } });
      io.stderr.write(`${message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (err instanceof OpenBadgesError) {
      io.stderr.write(`${err.code}: ${err.message}\n`);
      return EXIT.failed;
    }
    // e.g. a JSON-LD expansion error while signing: report it rather than crash with a stack trace.
    io.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  }
}
