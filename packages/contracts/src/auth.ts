import { z } from 'zod';
import { ROLES } from './codes.js';
import { idSchema } from './common.js';

export const loginBodySchema = z
  .object({
    email: z.email().max(254),
    password: z.string().min(1).max(200),
  })
  .strict();

export const membershipSchema = z.object({
  organisationId: idSchema,
  organisationName: z.string(),
  role: z.enum(ROLES),
});

export const sessionUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  memberships: z.array(membershipSchema),
});

export const sessionSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });

export type LoginBody = z.infer<typeof loginBodySchema>;
export type SessionUser = z.infer<typeof sessionUserSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Membership = z.infer<typeof membershipSchema>;
