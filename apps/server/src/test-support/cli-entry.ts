/**
 * The `territoires` command run from the TypeScript sources (bin/territoires.js runs the build):
 * tests spawn it as a real second process with `node --conditions=source --import tsx`.
 */
import { main } from '../cli/main.js';

const io = {
  stdout: (line: string) => process.stdout.write(`${line}\n`),
  stderr: (line: string) => process.stderr.write(`${line}\n`),
  env: process.env,
};

main(process.argv.slice(2), io).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
