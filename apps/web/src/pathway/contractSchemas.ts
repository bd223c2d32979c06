import {
  amendContractBodySchema,
  contractEndProblem,
  signContractBodySchema,
} from '@territoires/contracts';
import type { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The server's 15-month rule, checked as soon as both dates are whole. */
function checkEnd(signedOn: unknown, plannedEndOn: unknown, ctx: z.RefinementCtx): void {
  if (typeof signedOn !== 'string' || typeof plannedEndOn !== 'string') return;
  if (!ISO_DATE.test(signedOn) || !ISO_DATE.test(plannedEndOn)) return;
  const problem = contractEndProblem(signedOn, plannedEndOn);
  if (problem !== null)
    ctx.addIssue({ code: 'custom', path: ['plannedEndOn'], params: { code: problem } });
}

// Cross-field checks run even when other fields are invalid, so every problem shows at once.
const always = { when: () => true };

/** The signature form is the request body minus the version, which comes from the last read. */
export const signContractFormSchema = signContractBodySchema
  .omit({ version: true })
  .superRefine((value, ctx) => {
    checkEnd(value.signedOn, value.plannedEndOn, ctx);
  }, always);

export const amendContractFormSchema = (signedOn: string) =>
  amendContractBodySchema.omit({ version: true }).superRefine((value, ctx) => {
    checkEnd(signedOn, value.plannedEndOn, ctx);
  }, always);

export const CONTRACT_ERROR_FIELDS = {
  'contract.too_long': 'plannedEndOn',
  'contract.end_before_start': 'plannedEndOn',
  'contract.co_signer_required': 'coSigners.staffIds',
} as const;
