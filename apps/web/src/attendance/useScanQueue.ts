import type { ScanResult } from '@territoires/contracts';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { ApiClient } from '../api/client.js';
import { useApi } from '../api/context.js';
import { isApiError } from '../api/errors.js';
import { localStore, ScanQueue, type NewScan } from './offlineQueue.js';

const STORAGE_KEY = 'tp.attendance.queue';
const RETRY_MS = 20_000;

/** One queue per API client (per app): every screen sees the same pending scans. */
const queues = new WeakMap<ApiClient, ScanQueue>();

function queueFor(client: ApiClient): ScanQueue {
  let queue = queues.get(client);
  if (!queue) {
    queue = new ScanQueue({
      store: localStore(STORAGE_KEY, window.localStorage),
      send: async (scans) => {
        try {
          return (await client.call('syncAttendance', { body: { scans } })).results;
        } catch (error) {
          // A batch the server refuses as malformed would never pass: answer it rather than retry forever.
          if (isApiError(error) && error.status === 400)
            return scans.map((scan) => ({
              clientId: scan.clientId,
              status: 'error' as const,
              code: null,
              name: null,
              walkIn: false,
            }));
          throw error;
        }
      },
    });
    queues.set(client, queue);
  }
  return queue;
}

const subscribeOnline = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/**
 * Attendance taken on this phone: marks go to the queue first, then to the server when it can be
 * reached (now, when the `online` event fires, or on a timer while scans wait).
 */
export function useScanQueue(onSynced?: () => void) {
  const client = useApi();
  const queue = queueFor(client);
  const pending = useSyncExternalStore(
    useCallback((listener) => queue.subscribe(listener), [queue]),
    () => queue.pending().length,
  );
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);

  const flush = useCallback(async () => {
    const results = await queue.flush();
    if (results.length > 0) onSynced?.();
    return results;
  }, [queue, onSynced]);

  useEffect(() => {
    const retry = () => void flush().catch(() => undefined);
    window.addEventListener('online', retry);
    const timer = window.setInterval(() => {
      if (queue.pending().length > 0) retry();
    }, RETRY_MS);
    retry();
    return () => {
      window.removeEventListener('online', retry);
      window.clearInterval(timer);
    };
  }, [flush, queue]);

  /** The server's answer for this scan, or 'queued' when it waits for the network. */
  const mark = useCallback(
    async (scan: NewScan): Promise<ScanResult | 'queued'> => {
      const queued = queue.add(scan);
      try {
        // A flush already in flight did not carry this scan: the second one does.
        for (let attempt = 0; attempt < 2; attempt += 1) {
          const results = await flush();
          const mine = results.find((result) => result.clientId === queued.clientId);
          if (mine) return mine;
        }
        return 'queued';
      } catch {
        return 'queued';
      }
    },
    [queue, flush],
  );

  return { pending, online, mark };
}
