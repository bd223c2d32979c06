// One racer of the data-dir lock race (db/lock-race.test.ts): a long-lived child process that, on each
// command from the parent, waits for the shared start time, tries the real lockDataDir and reports.
import { lockDataDir } from '../db/lock.js';

type Command = { kind: 'go'; dir: string; at: number } | { kind: 'release' } | { kind: 'exit' };
export type Report = { kind: 'ready' } | { kind: 'tried'; got: boolean } | { kind: 'released' };

const send = (report: Report) => process.send?.(report);
let release: (() => void) | null = null;

function race(dir: string, at: number): void {
  // Spin the last millisecond so every racer starts as close to `at` as the scheduler allows.
  while (Date.now() < at) {
    /* busy wait */
  }
  try {
    release = lockDataDir(dir, 'racer');
    send({ kind: 'tried', got: true });
  } catch {
    send({ kind: 'tried', got: false });
  }
}

process.on('message', (command: Command) => {
  if (command.kind === 'go') {
    setTimeout(
      () => {
        race(command.dir, command.at);
      },
      command.at - Date.now() - 1,
    );
  } else if (command.kind === 'release') {
    release?.();
    release = null;
    send({ kind: 'released' });
  } else {
    process.disconnect();
  }
});
send({ kind: 'ready' });
