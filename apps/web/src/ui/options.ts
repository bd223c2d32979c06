import type { TFunction } from 'i18next';
import type { Option } from './Field.js';

/** Select options for a tuple of codes, labelled from `codes.<group>.<code>`. */
export const codeOptions = (t: TFunction, group: string, codes: readonly string[]): Option[] =>
  codes.map((code) => ({ value: code, label: t(`codes.${group}.${code}`) }));
