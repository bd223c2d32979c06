import { z } from 'zod';
import { idParamsSchema, okSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Passwords (part of accounts): everyone changes their own; "Mot de passe oublié ?" sends a
// single-use link valid one hour and answers the same whether or not the account exists; an
// org_admin or coordination can produce a reset link to hand over. Strength is estimated on the
// server (zxcvbn-ts with its French dictionaries), no composition rules.

/** Long enough for a passphrase, bounded so that hashing stays cheap. */
export const newPasswordSchema = z.string().min(8).max(200);

export const forgotPasswordBodySchema = z.object({ email: z.email().max(254) }).strict();

export const resetPasswordBodySchema = z
  .object({ token: z.string().min(20).max(100), password: newPasswordSchema })
  .strict();

export const changePasswordBodySchema = z
  .object({ currentPassword: z.string().min(1).max(200), password: newPasswordSchema })
  .strict();

export const resetLinkSchema = z.object({ link: z.string(), expiresAt: timestampSchema });

export const passwordRoutes = {
  forgotPassword: {
    method: 'POST',
    path: '/api/auth/password/forgot',
    summary: 'Send a reset link if the account exists (same answer either way)',
    tag: 'accounts',
    public: true,
    body: forgotPasswordBodySchema,
    response: okSchema,
  },
  resetPassword: {
    method: 'POST',
    path: '/api/auth/password/reset',
    summary: 'Set a new password with a reset link',
    tag: 'accounts',
    public: true,
    body: resetPasswordBodySchema,
    response: okSchema,
  },
  changePassword: {
    method: 'POST',
    path: '/api/account/password',
    summary: 'Change one’s own password (ends one’s other sessions)',
    tag: 'accounts',
    body: changePasswordBodySchema,
    response: okSchema,
  },
  createResetLink: {
    method: 'POST',
    path: '/api/accounts/:id/reset-link',
    summary: 'A reset link to hand over when e-mail is not available (org_admin, coordination)',
    tag: 'accounts',
    params: idParamsSchema,
    response: resetLinkSchema,
    status: 201,
  },
} as const satisfies Record<string, RouteContract>;

export type ForgotPasswordBody = z.infer<typeof forgotPasswordBodySchema>;
export type ResetPasswordBody = z.infer<typeof resetPasswordBodySchema>;
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
export type ResetLink = z.infer<typeof resetLinkSchema>;
