import { z } from 'zod';
import { EXIT_SITUATIONS, PHASES } from './codes.js';
import { dateSchema, idParamsSchema, idSchema, versionSchema } from './common.js';
import { participantDetailSchema } from './participants.js';
import type { RouteContract } from './route-contract.js';

export * from './pathway-records.js';

// The pathway: phases (a guarded state machine, rules.ts), the contrat d'accompagnement and its
// amendments, exits.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const PATHWAY_ERROR_CODES = [
  'pathway.illegal_transition',
  'pathway.already_exited',
  'contract.too_long',
  'contract.end_before_start',
  'contract.none_active',
  'contract.already_active',
  'contract.co_signer_required',
  'exit.before_entry',
  'exit.contract_months_required',
] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const PATHWAY_TIMELINE_KINDS = [
  'phase_changed',
  'contract_signed',
  'contract_amended',
  'exit_recorded',
] as const;

export const changePhaseBodySchema = z
  .object({ version: versionSchema, to: z.enum(PHASES), comment: z.string().max(2000).optional() })
  .strict();

export const objectiveTextSchema = z.string().trim().min(2).max(300);

export const coSignersSchema = z
  .object({
    participant: z.literal(true),
    /** Coordinator and/or référent: at least one staff co-signer. */
    staffIds: z.array(idSchema).min(1).max(4),
  })
  .strict();

export const signContractBodySchema = z
  .object({
    version: versionSchema,
    signedOn: dateSchema,
    plannedEndOn: dateSchema,
    coSigners: coSignersSchema,
    objectives: z.array(objectiveTextSchema).min(1).max(15),
  })
  .strict();

export const amendContractBodySchema = z
  .object({
    version: versionSchema,
    reason: z.string().trim().min(2).max(2000),
    plannedEndOn: dateSchema.optional(),
    objectives: z.array(objectiveTextSchema).min(1).max(15).optional(),
  })
  .strict();

export const recordExitBodySchema = z
  .object({
    version: versionSchema,
    exitOn: dateSchema,
    situation: z.enum(EXIT_SITUATIONS),
    /** Duration of the job contract, required for CDD and interim (≥ 6 months is a lasting exit). */
    contractMonths: z.number().int().min(0).max(600).optional(),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict();

const contractParamsSchema = z.object({ id: z.uuid(), contractId: z.uuid() }).strict();

export const pathwayRoutes = {
  changePhase: {
    method: 'POST',
    path: '/api/participants/:id/phase',
    summary: 'Move to another phase',
    tag: 'pathway',
    params: idParamsSchema,
    body: changePhaseBodySchema,
    response: participantDetailSchema,
  },
  signContract: {
    method: 'POST',
    path: '/api/participants/:id/contracts',
    summary: 'Sign a contrat d’accompagnement',
    tag: 'pathway',
    params: idParamsSchema,
    body: signContractBodySchema,
    response: participantDetailSchema,
    status: 201,
  },
  amendContract: {
    method: 'PATCH',
    path: '/api/participants/:id/contracts/:contractId',
    summary: 'Amend the contract (kept in history)',
    tag: 'pathway',
    params: contractParamsSchema,
    body: amendContractBodySchema,
    response: participantDetailSchema,
  },
  recordExit: {
    method: 'POST',
    path: '/api/participants/:id/exit',
    summary: 'Record an exit',
    tag: 'pathway',
    params: idParamsSchema,
    body: recordExitBodySchema,
    response: participantDetailSchema,
    status: 201,
  },
} as const satisfies Record<string, RouteContract>;

export type ChangePhaseBody = z.infer<typeof changePhaseBodySchema>;
export type SignContractBody = z.infer<typeof signContractBodySchema>;
export type AmendContractBody = z.infer<typeof amendContractBodySchema>;
export type RecordExitBody = z.infer<typeof recordExitBodySchema>;
