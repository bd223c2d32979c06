import {
  MAX_SYNC_ITEMS,
  type AttendanceStatus,
  type Scan,
  type ScanResult,
} from '@territoires/contracts';

/** A scan as kept on the phone until the server has answered it. */
export type QueuedScan = Scan;
export type NewScan = { sessionId: string } & (
  | { registrationId: string; cardCode?: undefined; status?: AttendanceStatus }
  | { cardCode: string; registrationId?: undefined }
);

/** Where the queue survives a reload or a closed tab: localStorage in the app, a Map in tests. */
export interface QueueStore {
  load(): QueuedScan[];
  save(scans: QueuedScan[]): void;
}

export function localStore(key: string, storage: Storage): QueueStore {
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
        return Array.isArray(parsed) ? (parsed as QueuedScan[]) : [];
      } catch {
        return [];
      }
    },
    save(scans) {
      storage.setItem(key, JSON.stringify(scans));
    },
  };
}

/** Sends a batch; throws when the network or the server failed (the batch then stays queued). */
export type Send = (scans: QueuedScan[]) => Promise<ScanResult[]>;

export interface QueueOptions {
  store: QueueStore;
  send: Send;
  newId?: () => string;
  now?: () => Date;
}

/**
 * The phone's attendance queue. Every scan gets its client id when it happens and is written to the
 * store before anything is sent, so a scan taken offline (or lost in a dropped request) is sent again
 * later; the server answers a replayed client id as the first time, so nothing is recorded twice.
 */
export class ScanQueue {
  private readonly store: QueueStore;
  private readonly send: Send;
  private readonly newId: () => string;
  private readonly now: () => Date;
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<ScanResult[]> | null = null;

  constructor(options: QueueOptions) {
    this.store = options.store;
    this.send = options.send;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.now = options.now ?? (() => new Date());
  }

  pending(): QueuedScan[] {
    return this.store.load();
  }

  add(scan: NewScan): QueuedScan {
    const queued: QueuedScan = {
      clientId: this.newId(),
      sessionId: scan.sessionId,
      ...(scan.registrationId !== undefined
        ? { registrationId: scan.registrationId, ...(scan.status ? { status: scan.status } : {}) }
        : { cardCode: scan.cardCode }),
      recordedAt: this.now().toISOString(),
    };
    this.store.save([...this.store.load(), queued]);
    this.notify();
    return queued;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends what is queued, up to MAX_SYNC_ITEMS per call; answered scans leave the queue. A failure
   * keeps the rest for the next try (the `online` event, a timer). One flush at a time.
   */
  flush(): Promise<ScanResult[]> {
    this.flushing ??= this.drain().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async drain(): Promise<ScanResult[]> {
    const answered: ScanResult[] = [];
    for (;;) {
      const batch = this.store.load().slice(0, MAX_SYNC_ITEMS);
      if (batch.length === 0) return answered;
      const results = await this.send(batch);
      const done = new Set(results.map((result) => result.clientId));
      // Scans added while the batch was in flight stay queued.
      this.store.save(this.store.load().filter((scan) => !done.has(scan.clientId)));
      answered.push(...results);
      this.notify();
      if (results.length === 0) return answered;
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
