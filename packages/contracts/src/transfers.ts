import { z } from 'zod';
import { TERRITORIES } from './codes.js';
import { idParamsSchema, idSchema, optionalText, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Transfers: moving a participant's file from the organisation that follows them (A) to another
// one (B). A's coordinateur (or coordination) proposes, B's coordinateur (or coordination) accepts
// or refuses, the proposer's side may cancel while it is pending. A référent of another
// organisation joins a follow-up team only this way.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const TRANSFER_ERROR_CODES = [
  'transfer.already_pending',
  'transfer.not_pending',
  'transfer.same_organisation',
  'transfer.unknown_organisation',
  'transfer.referent_not_eligible',
] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const TRANSFER_TIMELINE_KINDS = [
  'transfer_proposed',
  'transfer_accepted',
  'transfer_refused',
  'transfer_cancelled',
] as const;

export const TRANSFER_STATUSES = ['pending', 'accepted', 'refused', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** Where the viewer stands: sending (A's side), receiving (B's side), or neither (coordination). */
export const TRANSFER_DIRECTIONS = ['outgoing', 'incoming', 'other'] as const;

const organisationRefSchema = z.object({ id: idSchema, name: z.string() });

export const transferSchema = z.object({
  id: idSchema,
  status: z.enum(TRANSFER_STATUSES),
  direction: z.enum(TRANSFER_DIRECTIONS),
  /**
   * Null when the viewer may not open the file (the receiving side before acceptance): what they
   * see of the person is the pseudonym and the territory, the least needed to decide.
   */
  participantId: idSchema.nullable(),
  pseudonym: z.string(),
  territory: z.enum(TERRITORIES),
  from: organisationRefSchema,
  to: organisationRefSchema,
  /** Why the file moves, for the receiving side to decide; stored on the transfer, never audited. */
  reason: z.string().nullable(),
  proposedAt: timestampSchema,
  proposedBy: z.string(),
  decidedAt: timestampSchema.nullable(),
  decidedBy: z.string().nullable(),
  can: z.object({ decide: z.boolean(), cancel: z.boolean() }),
});

export const proposeTransferBodySchema = z
  .object({ organisationId: idSchema, reason: optionalText(1000) })
  .strict();

export const acceptTransferBodySchema = z
  .object({
    /** A référent of the receiving organisation who joins the team with the accepter. */
    referentId: idSchema.optional(),
  })
  .strict();

export const participantTransfersSchema = z.object({
  /** Whether the viewer may propose a transfer now (follows the file's organisation as coordinateur, or coordination). */
  canPropose: z.boolean(),
  items: z.array(transferSchema),
});

const transferActionRoute = (action: 'accept' | 'refuse' | 'cancel', summary: string) =>
  ({
    method: 'POST',
    path: `/api/transfers/:id/${action}`,
    summary,
    tag: 'transfers',
    params: idParamsSchema,
    response: transferSchema,
  }) as const;

export const transferRoutes = {
  listTransfers: {
    method: 'GET',
    path: '/api/transfers',
    summary: "Transfers to or from the viewer's organisations (coordinateurs, coordination)",
    tag: 'transfers',
    response: z.array(transferSchema),
  },
  participantTransfers: {
    method: 'GET',
    path: '/api/participants/:id/transfers',
    summary: "A participant's transfers (whoever sees the file)",
    tag: 'transfers',
    params: idParamsSchema,
    response: participantTransfersSchema,
  },
  proposeTransfer: {
    method: 'POST',
    path: '/api/participants/:id/transfers',
    summary: 'Propose moving the file to another organisation',
    tag: 'transfers',
    params: idParamsSchema,
    body: proposeTransferBodySchema,
    response: transferSchema,
    status: 201,
  },
  acceptTransfer: {
    ...transferActionRoute('accept', 'Accept a transfer (receiving coordinateur)'),
    body: acceptTransferBodySchema,
  },
  refuseTransfer: transferActionRoute('refuse', 'Refuse a transfer (receiving coordinateur)'),
  cancelTransfer: transferActionRoute('cancel', 'Cancel a pending transfer (sending side)'),
} as const satisfies Record<string, RouteContract>;

export type Transfer = z.infer<typeof transferSchema>;
export type ParticipantTransfers = z.infer<typeof participantTransfersSchema>;
export type ProposeTransferBody = z.input<typeof proposeTransferBodySchema>;
export type AcceptTransferBody = z.input<typeof acceptTransferBodySchema>;
