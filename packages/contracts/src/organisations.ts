import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES } from './codes.js';
import { idParamsSchema, idSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Organisations of the consortium and the staff directory.

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  /** The name alone reveals something sensitive (e.g. an addiction service): never shown to partners. */
  sensitiveName: z.boolean(),
  /** What stands in for a sensitive name outside the organisation (null: "Structure partenaire"). */
  publicName: z.string().nullable(),
  /** The 14-digit SIRET, when known. */
  siret: z.string().nullable(),
});

export const createOrganisationBodySchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    kind: z.enum(ORGANISATION_KINDS),
    sensitiveName: z.boolean().default(false),
    publicName: z
      .string()
      .trim()
      .max(200)
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .default(null),
    siret: z
      .string()
      .transform((v) => v.replace(/\s/g, ''))
      .pipe(z.union([z.literal(''), z.string().regex(/^\d{14}$/, { error: '14 digits.' })]))
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .default(null),
  })
  .strict();

export const staffMemberSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  /** Null where the viewer may not read it (a partner reads only their own organisations' e-mails). */
  email: z.string().nullable(),
  roles: z.array(z.object({ organisationId: idSchema, role: z.enum(ROLES) })),
  /** May co-sign a participant's contract (the pathway policy, from the roles the viewer reads). */
  coSigner: z.boolean(),
});

export const staffQuerySchema = z
  .object({ role: z.enum(ROLES).optional(), organisationId: idSchema.optional() })
  .strict();

export const organisationRoutes = {
  listOrganisations: {
    method: 'GET',
    path: '/api/organisations',
    summary: 'Organisations of the consortium',
    tag: 'organisations',
    response: z.array(organisationSchema),
  },
  createOrganisation: {
    method: 'POST',
    path: '/api/organisations',
    summary: 'Add an organisation (coordination)',
    tag: 'organisations',
    body: createOrganisationBodySchema,
    response: organisationSchema,
    status: 201,
  },
  updateOrganisation: {
    method: 'PUT',
    path: '/api/organisations/:id',
    summary: 'Edit an organisation (coordination)',
    tag: 'organisations',
    params: idParamsSchema,
    body: createOrganisationBodySchema,
    response: organisationSchema,
  },
  listStaff: {
    method: 'GET',
    path: '/api/staff',
    summary: 'Staff members, e.g. to pick a référent',
    tag: 'organisations',
    query: staffQuerySchema,
    response: z.array(staffMemberSchema),
  },
} as const satisfies Record<string, RouteContract>;

export type Organisation = z.infer<typeof organisationSchema>;
export type CreateOrganisationBody = z.infer<typeof createOrganisationBodySchema>;
export type StaffMember = z.infer<typeof staffMemberSchema>;
