import { z } from 'zod';
import { idParamsSchema, idSchema, okSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// The participant space: sign-in with a one-time code or QR code, the participant session.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const PARTICIPANT_SPACE_ERROR_CODES = ['participant_space.code_invalid'] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const PARTICIPANT_SPACE_TIMELINE_KINDS = [
  'participant_space_code_issued',
  'participant_space_signed_in',
  'participant_space_signed_out_everywhere',
] as const;

export {
  CARD_CODE_SHAPE_LENGTH,
  formatSignInCode,
  looksLikeCardCode,
  normaliseSignInCode,
  SIGN_IN_CODE_ALPHABET,
  SIGN_IN_CODE_LENGTH,
} from './sign-in-code.js';

export const signInCodeSchema = z.object({
  /** Grouped for reading ("K7Q-M4T-2PX"); the sign-in accepts it with or without the dashes. */
  code: z.string(),
  /** The participant-space sign-in page with the code, relative to the web app. */
  url: z.string(),
  expiresAt: timestampSchema,
  /** A QR code of the absolute URL, to scan with the phone's camera. */
  qrSvg: z.string(),
});

export const participantSignInBodySchema = z.object({ code: z.string().min(1).max(40) }).strict();

export const participantSessionSchema = z.object({
  participantId: idSchema,
  pseudonym: z.string(),
  csrfToken: z.string(),
});

/**
 * Who follows me, as the participant's home shows it: the référent's first name and how to reach
 * them (their work e-mail). Null while nobody is named référent.
 */
export const myReferentSchema = z.object({
  referent: z.object({ firstName: z.string(), email: z.string() }).nullable(),
});

export const participantSpaceRoutes = {
  issueSignInCode: {
    method: 'POST',
    path: '/api/participants/:id/sign-in-code',
    summary: 'Issue a one-time sign-in code (and QR code) for the participant space',
    tag: 'participant-space',
    params: idParamsSchema,
    response: signInCodeSchema,
    status: 201,
  },
  signOutParticipantEverywhere: {
    method: 'POST',
    path: '/api/participants/:id/sign-out-everywhere',
    summary: "End every session of the participant's space, and unused codes",
    tag: 'participant-space',
    params: idParamsSchema,
    response: okSchema,
  },
  participantSignIn: {
    method: 'POST',
    path: '/api/me/sign-in',
    summary: 'Participant: sign in with a one-time code',
    tag: 'participant-space',
    public: true,
    audience: 'participant',
    body: participantSignInBodySchema,
    response: participantSessionSchema,
  },
  participantMe: {
    method: 'GET',
    path: '/api/me',
    summary: 'Participant: current session',
    tag: 'participant-space',
    audience: 'participant',
    response: participantSessionSchema,
  },
  myReferent: {
    method: 'GET',
    path: '/api/me/referent',
    summary: 'Participant: my référent (first name, how to reach them)',
    tag: 'participant-space',
    audience: 'participant',
    response: myReferentSchema,
  },
  participantSignOut: {
    method: 'POST',
    path: '/api/me/sign-out',
    summary: 'Participant: sign out',
    tag: 'participant-space',
    audience: 'participant',
    response: okSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type SignInCode = z.infer<typeof signInCodeSchema>;
export type ParticipantSignInBody = z.infer<typeof participantSignInBodySchema>;
export type ParticipantSession = z.infer<typeof participantSessionSchema>;
export type MyReferent = z.infer<typeof myReferentSchema>;
