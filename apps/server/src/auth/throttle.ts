/*
 * Password guessing against one account, whatever the addresses used: after 5 failures in a row,
 * each further attempt on that account is answered only after a delay, 1 s doubling up to 60 s
 * (ADR 5). The right password still gets in once the delay has passed, so a stranger can slow an
 * account down but never lock its owner out. Kept in memory: one process serves the app (ADR 4).
 */

export const FREE_FAILURES = 5;
export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 60_000;
/** A quarter of an hour without a failure and the account starts afresh. */
const FORGET_AFTER_MS = 15 * 60_000;
/** Bounds the memory an attacker can fill with made-up e-mail addresses. */
const MAX_ACCOUNTS = 10_000;

interface Failures {
  count: number;
  lastAt: number;
}

export interface LoginThrottle {
  /** How long the next attempt on this account waits before it is checked. */
  delayFor(account: string, now: number): number;
  failed(account: string, now: number): void;
  succeeded(account: string): void;
}

export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);
}

export function loginThrottle(): LoginThrottle {
  const accounts = new Map<string, Failures>();
  const key = (account: string) => account.trim().toLowerCase();
  const current = (account: string, now: number): Failures | undefined => {
    const entry = accounts.get(key(account));
    if (entry && now - entry.lastAt > FORGET_AFTER_MS) {
      accounts.delete(key(account));
      return undefined;
    }
    return entry;
  };
  return {
    delayFor: (account, now) => delayAfter(current(account, now)?.count ?? 0),
    failed(account, now) {
      const count = (current(account, now)?.count ?? 0) + 1;
      accounts.delete(key(account));
      if (accounts.size >= MAX_ACCOUNTS) {
        const oldest = accounts.keys().next();
        if (!oldest.done) accounts.delete(oldest.value);
      }
      accounts.set(key(account), { count, lastAt: now });
    },
    succeeded: (account) => void accounts.delete(key(account)),
  };
}
