import type { ScanResult } from '@territoires/contracts';
import { describe, expect, it } from 'vitest';
import { localStore, ScanQueue, type QueuedScan, type QueueStore } from './offlineQueue.js';

const SESSION = '11111111-1111-4111-8111-111111111111';

function memoryStore(): QueueStore & { items: QueuedScan[] } {
  const store = {
    items: [] as QueuedScan[],
    load: () => [...store.items],
    save: (scans: QueuedScan[]) => {
      store.items = [...scans];
    },
  };
  return store;
}

const ok = (scan: QueuedScan): ScanResult => ({
  clientId: scan.clientId,
  status: 'ok',
  code: null,
  name: 'Mésange',
  walkIn: false,
});

function counter() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

describe('offline attendance queue', () => {
  it('keeps scans while the network is down and sends them, once, when it returns', async () => {
    const store = memoryStore();
    let online = false;
    const sent: QueuedScan[][] = [];
    const queue = new ScanQueue({
      store,
      newId: counter(),
      now: () => new Date('2026-03-15T10:00:00Z'),
      send: (scans) => {
        sent.push(scans);
        if (!online) return Promise.reject(new Error('offline'));
        return Promise.resolve(scans.map(ok));
      },
    });
    queue.add({ sessionId: SESSION, cardCode: 'ABCD-EFGH' });
    queue.add({ sessionId: SESSION, registrationId: '22222222-2222-4222-8222-222222222222' });
    await expect(queue.flush()).rejects.toThrow('offline');
    expect(queue.pending()).toHaveLength(2);
    online = true;
    const results = await queue.flush();
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(queue.pending()).toEqual([]);
    // The retry sent the very same client ids: the server recognises a replay.
    expect(sent[1]?.map((s) => s.clientId)).toEqual(sent[0]?.map((s) => s.clientId));
    expect(sent[0]?.[0]).toEqual({
      clientId: '00000000-0000-4000-8000-000000000001',
      sessionId: SESSION,
      cardCode: 'ABCD-EFGH',
      recordedAt: '2026-03-15T10:00:00.000Z',
    });
  });

  it('sends at most 500 scans per call and keeps what was added during a flush', async () => {
    const store = memoryStore();
    const sizes: number[] = [];
    let queue: ScanQueue | null = null;
    queue = new ScanQueue({
      store,
      newId: counter(),
      send: (scans) => {
        sizes.push(scans.length);
        if (sizes.length === 1) queue?.add({ sessionId: SESSION, cardCode: 'LATE-SCAN' });
        return Promise.resolve(scans.map(ok));
      },
    });
    for (let i = 0; i < 1200; i += 1) queue.add({ sessionId: SESSION, cardCode: 'ABCD-EFGH' });
    await queue.flush();
    expect(sizes).toEqual([500, 500, 201]);
    expect(queue.pending()).toEqual([]);
  });

  it('runs one flush at a time and tells listeners the pending count changed', async () => {
    const store = memoryStore();
    let calls = 0;
    const queue = new ScanQueue({
      store,
      send: (scans) => {
        calls += 1;
        return Promise.resolve(scans.map(ok));
      },
    });
    const counts: number[] = [];
    queue.subscribe(() => counts.push(queue.pending().length));
    queue.add({ sessionId: SESSION, cardCode: 'ABCD-EFGH' });
    await Promise.all([queue.flush(), queue.flush()]);
    expect(calls).toBe(1);
    expect(counts).toEqual([1, 0]);
  });

  it('survives in localStorage and ignores a corrupt entry', () => {
    localStorage.setItem('q-test', '{not json');
    expect(localStore('q-test', localStorage).load()).toEqual([]);
    const store = localStore('q-test', localStorage);
    const queue = new ScanQueue({ store, send: () => Promise.resolve([]) });
    queue.add({ sessionId: SESSION, cardCode: 'ABCD-EFGH' });
    expect(localStore('q-test', localStorage).load()).toHaveLength(1);
    localStorage.removeItem('q-test');
  });
});
