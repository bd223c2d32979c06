import type { i18n as I18n } from 'i18next';
import { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

/** Chooses the catalogue message for a zod issue; the contract schemas carry no UI text of their own. */
export function zodMessage(t: I18n['t'], iss: RawIssue): string {
  const empty = iss.input === undefined || iss.input === '' || iss.input === null;
  switch (iss.code) {
    case 'invalid_type':
      if (iss.expected === 'number' && !empty) return t('validation.number');
      return empty ? t('validation.required') : t('validation.invalid');
    case 'too_small': {
      const count = num(iss.minimum);
      if (iss.origin === 'string')
        return count <= 1 || empty ? t('validation.required') : t('validation.tooShort', { count });
      if (iss.origin === 'array' || iss.origin === 'set') return t('validation.tooFew', { count });
      return t('validation.numberTooSmall', { count });
    }
    case 'too_big': {
      const count = num(iss.maximum);
      if (iss.origin === 'string') return t('validation.tooLong', { count });
      if (iss.origin === 'array' || iss.origin === 'set') return t('validation.tooMany', { count });
      return t('validation.numberTooBig', { count });
    }
    case 'invalid_format':
      if (empty) return t('validation.required');
      if (iss.format === 'email') return t('validation.email');
      if (iss.format === 'date' || iss.format === 'datetime') return t('validation.date');
      return t('validation.invalid');
    case 'invalid_value':
      if (iss.values.length === 1 && iss.values[0] === true) return t('validation.mustCheck');
      return t('validation.choose');
    case 'custom': {
      // UI refinements name an API error code, so the message matches what the server would say.
      const code: unknown = iss.params?.code;
      return typeof code === 'string' ? t(`errors.${code}`) : t('validation.invalid');
    }
    default:
      return t('validation.invalid');
  }
}

export function installZodMessages(i18n: I18n): void {
  z.config({ customError: (iss) => zodMessage(i18n.t.bind(i18n), iss) });
}
