import type { IndicatorDimension } from '@territoires/contracts';
import type { TFunction } from 'i18next';

/** Where a breakdown's codes are labelled in the catalogues (shared or a domain's `codes`). */
const CODE_GROUPS: Partial<Record<IndicatorDimension, string>> = {
  territory: 'codes.territory',
  referralSource: 'codes.referralSource',
  sex: 'codes.sex',
  ageBand: 'codes.ageBand',
  qualificationLevel: 'codes.qualificationLevel',
};

/** A breakdown row's name: its code's label, the server's name for an id, yes or no. */
export function keyLabel(
  t: TFunction,
  dimension: IndicatorDimension,
  key: string,
  label: string | null,
): string {
  if (key === 'not_recorded') return t('indicators.notRecorded');
  if (label !== null) return label;
  if (key === 'true') return t('indicators.yes');
  if (key === 'false') return t('indicators.no');
  const group = CODE_GROUPS[dimension];
  return group ? t(`${group}.${key}`) : key;
}

/** A count as shown: masked counts read "fewer than 5". */
export const shown = (t: TFunction, value: number | null): string =>
  value === null ? t('indicators.masked') : String(value);

/** A median in days, or a dash when there is nothing to measure. */
export const days = (t: TFunction, value: number | null): string =>
  value === null ? '–' : t('indicators.days', { count: Math.round(value) });
