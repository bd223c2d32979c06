import { createTransport } from 'nodemailer';

/*
 * Outgoing e-mail, infrastructure like the file storage: the serve command builds an SMTP mailer
 * from SMTP_URL and SMTP_FROM and passes it in through the services object; tests pass one pointed
 * at a real SMTP server of their own (test-support/smtp.ts). Without SMTP_URL there is no mailer,
 * and the screens give the administrator the link to hand over instead.
 */

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text, always: many readers show only this part. */
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves once the SMTP server has accepted the message; rejects otherwise. */
  send(message: MailMessage): Promise<void>;
}

/** A connection that hangs must not hold a request: give up after this long. */
const SMTP_TIMEOUT_MS = 15_000;

/** SMTP through nodemailer: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://… (TLS). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport({
    url,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
