import {
  amendContractBodySchema,
  contractDeadline,
  signContractBodySchema,
} from '@territoires/contracts';
import type { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** ISO dates compare as strings; the journey must end by signature + 15 months. */
function checkEnd(signedOn: string, plannedEndOn: string | undefined, ctx: z.RefinementCtx): void {
  if (plannedEndOn === undefined || !ISO_DATE.test(signedOn) || !ISO_DATE.test(plannedEndOn)) return;
  if (plannedEndOn < signedOn) {
    ctx.addIssue({ code: 'custom', path: ['plannedEndOn'], params: { code: 'contract.end_before_start' } });
  } else if (plannedEndOn > contractDeadline(signedOn)) {
    ctx.addIssue({ code: 'custom', path: ['plannedEndOn'], params: { code: 'contract.too_long' } });
  }
}

/** The signature form is the request body minus the version, which comes from the last read. */
export const signContractFormSchema = signContractBodySchema.omit({ version: true }).superRefine((value, ctx) => {
  checkEnd(value.signedOn, value.plannedEndOn, ctx);
});

export const amendContractFormSchema = (signedOn: string) =>
  amendContractBodySchema.omit({ version: true }).superRefine((value, ctx) => {
    checkEnd(signedOn, value.plannedEndOn, ctx);
  });

export const CONTRACT_ERROR_FIELDS = {
  'contract.too_long': 'plannedEndOn',
  'contract.end_before_start': 'plannedEndOn',
  'contract.co_signer_required': 'coSigners.staffIds',
} as const;
