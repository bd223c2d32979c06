/*
 * "Mot de passe oublié ?" sends at most a few e-mails an hour to one address, whoever asks: a
 * stranger cannot flood someone's mailbox through us. Beyond that the answer stays the same and no
 * e-mail goes out. Kept in memory: one process serves the app (ADR 4).
 */

export const MAILS_PER_HOUR = 3;
const HOUR_MS = 60 * 60_000;
/** Bounds the memory made-up addresses can fill. */
const MAX_ADDRESSES = 10_000;

export interface MailBrake {
  /** Counts one e-mail to this address now, or says no when the hour's share is used. */
  mayMail(address: string, now: number): boolean;
}

export function mailBrake(): MailBrake {
  const sent = new Map<string, number[]>();
  return {
    mayMail(address, now) {
      const key = address.trim().toLowerCase();
      const recent = (sent.get(key) ?? []).filter((at) => now - at < HOUR_MS);
      if (recent.length >= MAILS_PER_HOUR) return false;
      sent.delete(key);
      if (sent.size >= MAX_ADDRESSES) {
        const oldest = sent.keys().next();
        if (!oldest.done) sent.delete(oldest.value);
      }
      sent.set(key, [...recent, now]);
      return true;
    },
  };
}
