import { z } from 'zod';
import { ROLES } from './codes.js';
import { idParamsSchema, idSchema, okSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';
import { newPasswordSchema } from './passwords.js';

// Invitations (part of accounts): an org_admin or coordination invites a colleague by e-mail; the
// single-use link, valid 7 days, lets them set their password (or adds a membership to the account
// they already have).

/** What the list shows: sent, failed to send, link handed over (no SMTP), accepted, expired, cancelled. */
export const INVITATION_STATES = [
  'sent',
  'send_failed',
  'link_only',
  'accepted',
  'expired',
  'cancelled',
] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const invitationSchema = z.object({
  id: idSchema,
  email: z.string(),
  organisationId: idSchema,
  organisationName: z.string(),
  roles: z.array(z.enum(ROLES)),
  state: z.enum(INVITATION_STATES),
  invitedBy: z.string(),
  sentAt: timestampSchema,
  expiresAt: timestampSchema,
});

/** An invitation just sent or sent again; `link` only when no e-mail went out (to hand over). */
export const sentInvitationSchema = z.object({
  invitation: invitationSchema,
  link: z.string().nullable(),
});

export const createInvitationBodySchema = z
  .object({
    email: z.email().max(254),
    organisationId: idSchema,
    roles: z
      .array(z.enum(ROLES))
      .min(1)
      .max(ROLES.length)
      .refine((roles) => new Set(roles).size === roles.length, { error: 'Each role once.' }),
  })
  .strict();

export const tokenParamsSchema = z.object({ token: z.string().min(20).max(100) }).strict();

/** What the invited person reads before accepting. */
export const invitationPreviewSchema = z.object({
  email: z.string(),
  organisationName: z.string(),
  roles: z.array(z.enum(ROLES)),
  /** They already have an account: accepting adds the membership, no new password. */
  existingAccount: z.boolean(),
});

export const acceptInvitationBodySchema = z
  .object({
    token: z.string().min(20).max(100),
    displayName: z.string().trim().min(2).max(120).optional(),
    password: newPasswordSchema.optional(),
    /** Someone who already has an account proves it is theirs: the link alone adds no membership. */
    currentPassword: z.string().min(1).max(200).optional(),
  })
  .strict();

export const invitationRoutes = {
  listInvitations: {
    method: 'GET',
    path: '/api/invitations',
    summary: 'Invitations to the organisations one administers (coordination: all)',
    tag: 'accounts',
    response: z.array(invitationSchema),
  },
  createInvitation: {
    method: 'POST',
    path: '/api/invitations',
    summary: 'Invite a colleague by e-mail',
    tag: 'accounts',
    body: createInvitationBodySchema,
    response: sentInvitationSchema,
    status: 201,
  },
  resendInvitation: {
    method: 'POST',
    path: '/api/invitations/:id/resend',
    summary: 'Send an invitation again, with a new link valid 7 days',
    tag: 'accounts',
    params: idParamsSchema,
    response: sentInvitationSchema,
  },
  cancelInvitation: {
    method: 'POST',
    path: '/api/invitations/:id/cancel',
    summary: 'Cancel an invitation: its link stops working',
    tag: 'accounts',
    params: idParamsSchema,
    response: invitationSchema,
  },
  previewInvitation: {
    method: 'GET',
    path: '/api/invitations/link/:token',
    summary: 'What an invitation link offers (public)',
    tag: 'accounts',
    public: true,
    params: tokenParamsSchema,
    response: invitationPreviewSchema,
  },
  acceptInvitation: {
    method: 'POST',
    path: '/api/invitations/accept',
    summary: 'Accept an invitation: set a password, or join with the account one has',
    tag: 'accounts',
    public: true,
    body: acceptInvitationBodySchema,
    response: okSchema.extend({ email: z.string() }),
  },
} as const satisfies Record<string, RouteContract>;

export type Invitation = z.infer<typeof invitationSchema>;
export type SentInvitation = z.infer<typeof sentInvitationSchema>;
export type CreateInvitationBody = z.infer<typeof createInvitationBodySchema>;
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBodySchema>;
