import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../test-support/lock-racer.js';
import { LOCK_FILE } from './lock.js';

// Several processes starting at once on a stale lock (after a crash) must end with exactly one holder.
const RACERS = 20;
const ROUNDS = 50;
const RACER = fileURLToPath(new URL('../test-support/lock-racer.ts', import.meta.url));

interface Racer {
  child: ChildProcess;
  next: (kind: Report['kind']) => Promise<Report>;
}

function startRacer(): Racer {
  const child = fork(RACER, [], { execArgv: ['--conditions=source', '--import', 'tsx'] });
  const inbox: Report[] = [];
  const waiting: ((report: Report) => void)[] = [];
  child.on('message', (report: Report) => {
    const resolve = waiting.shift();
    if (resolve) resolve(report);
    else inbox.push(report);
  });
  const next = async (kind: Report['kind']): Promise<Report> => {
    const report = inbox.shift() ?? (await new Promise<Report>((r) => waiting.push(r)));
    if (report.kind !== kind) throw new Error(`racer sent ${report.kind}, expected ${kind}`);
    return report;
  };
  return { child, next };
}

const dir = mkdtempSync(join(tmpdir(), 'tp-lock-race-'));
const racers: Racer[] = [];
beforeAll(async () => {
  for (let i = 0; i < RACERS; i++) racers.push(startRacer());
  await Promise.all(racers.map((racer) => racer.next('ready')));
}, 120_000);
afterAll(() => {
  for (const racer of racers) if (racer.child.connected) racer.child.send({ kind: 'exit' });
  rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
const deadPid = (): number => {
  const pid = spawnSync(process.execPath, ['-e', '']).pid;
  if (!pid) throw new Error('no pid');
  return pid;
};

describe('the data-dir lock under a race of real processes', () => {
  it(
    `gives a stale lock to exactly one of ${RACERS} processes, ${ROUNDS} times`,
    { timeout: 600_000 },
    async () => {
      const holdersPerRound: number[] = [];
      const started = Date.now();
      for (let round = 0; round < ROUNDS; round++) {
        const stale = {
          pid: deadPid(),
          hostname: hostname(),
          startedAt: new Date().toISOString(),
          command: 'crashed',
        };
        writeFileSync(join(dir, LOCK_FILE), JSON.stringify(stale));
        const at = Date.now() + 50;
        for (const racer of racers) racer.child.send({ kind: 'go', dir, at });
        // Everyone has tried before anyone releases: a second holder at any moment of the round is counted.
        const reports = await Promise.all(racers.map((racer) => racer.next('tried')));
        const holders = racers.filter((_, i) => reports[i]?.kind === 'tried' && reports[i].got);
        holdersPerRound.push(holders.length);
        for (const racer of holders) racer.child.send({ kind: 'release' });
        await Promise.all(holders.map((racer) => racer.next('released')));
        // Released, with no temporary or takeover file left behind.
        expect(readdirSync(dir)).toEqual([]);
      }
      console.log(
        `lock race: ${ROUNDS} rounds x ${RACERS} processes in ${Date.now() - started} ms, holders per round: ${holdersPerRound.join(',')}`,
      );
      expect(holdersPerRound.filter((n) => n > 1)).toEqual([]);
      expect(holdersPerRound).toEqual(Array<number>(ROUNDS).fill(1));
    },
  );
});
