import { z } from 'zod';
import { idParamsSchema, idSchema, optionalText, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Endorsements (issue 18): anyone adds their voice to a badge. A company contact, an organisation or a
// person endorses a badge (the achievement), an issuer, or one awarded badge, through an invitation
// link that needs no account; consortium members endorse each other's badges and issuers from their
// own issuer identity. Each endorsement is an OB 3.0 EndorsementCredential signed under the
// endorser's identifier (did:web:<host>:endorsers:<id>, its key kept by the platform). The earner
// accepts or declines those of their own badges.

export const ENDORSEMENTS_ERROR_CODES = [
  'endorsements.invitation_unknown',
  'endorsements.invitation_used',
  'endorsements.invitation_expired',
  'endorsements.unknown_target',
  'endorsements.own_badge',
  'endorsements.not_pending',
] as const;

export const ENDORSEMENTS_TIMELINE_KINDS = [
  'endorsement_received',
  'endorsement_accepted',
  'endorsement_declined',
] as const;

/** An invitation link works this long, once. */
export const ENDORSEMENT_INVITATION_DAYS = 30;

export const ENDORSEMENT_TARGETS = ['achievement', 'issuer', 'award'] as const;
export const ENDORSEMENT_STATUSES = ['pending', 'accepted', 'declined'] as const;

const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const endorsementTargetSchema = z
  .object({ kind: z.enum(ENDORSEMENT_TARGETS), id: idSchema })
  .strict();

/** The invitation's token: 128 random bits, base64url (22 signs). */
export const invitationTokenParamsSchema = z
  .object({ token: z.string().regex(/^[A-Za-z0-9_-]{22}$/) })
  .strict();

export const createdInvitationSchema = z.object({
  /** The link to send (PUBLIC_URL, the token in its path): shown once, the server keeps a hash. */
  url: z.string(),
  expiresAt: timestampSchema,
});

/** What the invited person reads before endorsing: the badge, and who it is for when it is one award. */
export const endorsementInvitationPreviewSchema = z.object({
  target: z.object({
    kind: z.enum(ENDORSEMENT_TARGETS),
    name: z.string(),
    description: z.string(),
    issuerName: z.string(),
    imageUrl: z.string().nullable(),
    imageAlt: z.string(),
    /** Award only: the name the credential carries, as its earner chose (null: none). */
    recipientName: z.string().nullable(),
  }),
  expiresAt: timestampSchema,
});

/** An http(s) address, or nothing. */
const httpUrl = optionalText(300).refine(
  (v) => v === null || v === undefined || (/^https?:\/\//.test(v) && URL.canParse(v)),
  { error: 'An http or https address.' },
);

/** The endorser's hosted profile and their words. */
export const endorseBodySchema = z
  .object({
    name: requiredText(120),
    organisation: optionalText(120),
    role: optionalText(120),
    url: httpUrl,
    comment: requiredText(1000),
  })
  .strict();

export const organisationEndorsementBodySchema = z
  .object({
    target: endorsementTargetSchema,
    /** The consortium member that endorses, from its own issuer identity. */
    organisationId: idSchema,
    comment: requiredText(1000),
  })
  .strict();

export const endorsementSchema = z.object({
  id: idSchema,
  target: endorsementTargetSchema,
  status: z.enum(ENDORSEMENT_STATUSES),
  endorser: z.object({
    /** did:web:<host>:endorsers:<id>, or the endorsing organisation's issuer DID. */
    id: z.string(),
    name: z.string(),
    organisation: z.string().nullable(),
    role: z.string().nullable(),
    url: z.string().nullable(),
  }),
  comment: z.string(),
  createdAt: timestampSchema,
  /** The signed OB 3.0 EndorsementCredential. */
  credential: z.record(z.string(), z.unknown()),
});

/** What a member's staff may endorse in its name: the members they speak for, the others' badges and issuers. */
export const endorsementChoicesSchema = z.object({
  organisations: z.array(z.object({ id: idSchema, name: z.string() })),
  achievements: z.array(
    z.object({ id: idSchema, name: z.string(), issuerName: z.string(), organisationId: idSchema }),
  ),
  issuers: z.array(z.object({ organisationId: idSchema, name: z.string() })),
});

export const endorsementsRoutes = {
  endorsementChoices: {
    method: 'GET',
    path: '/api/endorsements/choices',
    summary: 'What the viewer may endorse in the name of a consortium member they speak for',
    tag: 'endorsements',
    response: endorsementChoicesSchema,
  },
  createEndorsementInvitation: {
    method: 'POST',
    path: '/api/endorsement-invitations',
    summary: 'An invitation link to endorse a badge, an issuer or an award (30 days, single use)',
    tag: 'endorsements',
    body: endorsementTargetSchema,
    response: createdInvitationSchema,
    status: 201,
  },
  createMyEndorsementInvitation: {
    method: 'POST',
    path: '/api/me/awards/:id/endorsement-invitations',
    summary: 'An invitation link for someone to endorse my badge (30 days, single use)',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    response: createdInvitationSchema,
    status: 201,
  },
  previewEndorsementInvitation: {
    method: 'GET',
    path: '/api/endorsement-invitations/:token',
    summary: 'What an invitation asks to endorse (public)',
    tag: 'endorsements',
    public: true,
    params: invitationTokenParamsSchema,
    response: endorsementInvitationPreviewSchema,
  },
  endorseByInvitation: {
    method: 'POST',
    path: '/api/endorsement-invitations/:token/endorse',
    summary: 'Endorse without an account: a hosted profile and a signed EndorsementCredential',
    tag: 'endorsements',
    public: true,
    params: invitationTokenParamsSchema,
    body: endorseBodySchema,
    response: endorsementSchema,
    status: 201,
  },
  endorseAsOrganisation: {
    method: 'POST',
    path: '/api/endorsements',
    summary: "A consortium member endorses another member's badge or issuer",
    tag: 'endorsements',
    body: organisationEndorsementBodySchema,
    response: endorsementSchema,
    status: 201,
  },
  myEndorsements: {
    method: 'GET',
    path: '/api/me/endorsements',
    summary: 'Endorsements of my badges, waiting for my answer or answered',
    tag: 'participant-space',
    audience: 'participant',
    response: z.array(endorsementSchema),
  },
  acceptMyEndorsement: {
    method: 'POST',
    path: '/api/me/endorsements/:id/accept',
    summary: 'Show this endorsement with my badge (share page, downloads)',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    response: endorsementSchema,
  },
  declineMyEndorsement: {
    method: 'POST',
    path: '/api/me/endorsements/:id/decline',
    summary: 'Leave this endorsement aside (final)',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    response: endorsementSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type EndorsementTarget = z.infer<typeof endorsementTargetSchema>;
export type EndorsementTargetKind = (typeof ENDORSEMENT_TARGETS)[number];
export type EndorsementStatus = (typeof ENDORSEMENT_STATUSES)[number];
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;
export type EndorsementInvitationPreview = z.infer<typeof endorsementInvitationPreviewSchema>;
export type EndorseBody = z.infer<typeof endorseBodySchema>;
export type OrganisationEndorsementBody = z.infer<typeof organisationEndorsementBodySchema>;
export type Endorsement = z.infer<typeof endorsementSchema>;
export type EndorsementChoices = z.infer<typeof endorsementChoicesSchema>;
