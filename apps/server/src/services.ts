import type { Database } from './db/database.js';
import type { FileStorage } from './files/storage.js';
import type { IssuerKeyring } from './keys/keyring.js';
import type { Mailer } from './mail/mailer.js';

/** The world a request handler works in, passed in so tests control time and storage. */
export interface Services {
  database: Database;
  /** Now, injected: alerts, deadlines and sessions depend on it. */
  clock: () => Date;
  /** Evidence files (photos, documents): a directory beside the database, S3 later. */
  files: FileStorage;
  /** The issuers' signing keys (ADR 0019), loaded at start-up: never in the database nor a domain. */
  issuerKeys: IssuerKeyring;
  /** Outgoing e-mail (SMTP_URL); absent, invitations and reset links are handed over by an administrator. */
  mailer?: Mailer | undefined;
}
