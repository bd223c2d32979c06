import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { smtpMailer, type Mailer } from '../mail/mailer.js';

/** A message as the SMTP server received it, parsed. */
export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
}

export interface TestInbox {
  url: string;
  mailer: Mailer;
  messages: ReceivedMail[];
  /** The first message to this address received after `since` messages, waiting for it to arrive. */
  next(to: string, since?: number, timeoutMs?: number): Promise<ReceivedMail>;
  /** Refuse every message from now on (a mail server that is down). */
  refuse(refusing: boolean): void;
  close(): Promise<void>;
}

/** The link a message carries to our app (its first https://territoires.example/… address). */
export function linkIn(mail: ReceivedMail): string {
  const found = /https?:\/\/\S+#[A-Za-z0-9_-]+/.exec(mail.text);
  if (!found) throw new Error(`no link in: ${mail.text}`);
  return found[0];
}

/** The token after '#' in a link. */
export const tokenOf = (link: string): string => link.slice(link.indexOf('#') + 1);

/**
 * A real SMTP server (smtp-server) on an ephemeral port of this machine, and a real nodemailer
 * SMTP mailer pointed at it: the tests read what was actually sent over SMTP.
 */
export async function startTestInbox(): Promise<TestInbox> {
  const messages: ReceivedMail[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      if (refusing) {
        stream.resume();
        stream.on('end', () => {
          callback(new Error('mailbox unavailable'));
        });
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const url = `smtp://127.0.0.1:${port}`;
  return {
    url,
    mailer: smtpMailer(url, 'Territoires Partagés <noreply@territoires.example>'),
    messages,
    async next(to, since = 0, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.slice(since).find((m) => m.to.includes(to));
        if (found) return found;
        if (Date.now() > until) throw new Error(`no e-mail to ${to}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    refuse: (value) => (refusing = value),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
