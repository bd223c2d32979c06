import { useTranslation } from 'react-i18next';

/** The anchors of docs/indicators.md, each with its definition in words (the catalogue's). */
export const DEFINITIONS = [
  'period',
  'programme',
  'entries',
  'engaged',
  'discovery',
  'funnel',
  'exits',
  'dynamic-exits',
  'compliance',
  'active-past-15-months',
  'durations',
  'attendance',
  'badges',
  'masking',
] as const;

/** Every figure's definition, on the page (and on paper): the figures link here. */
export function Definitions() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="indicators-definitions" className="indicators-definitions">
      <h2 id="indicators-definitions">{t('indicators.definitions')}</h2>
      <dl>
        {DEFINITIONS.map((anchor) => (
          <div key={anchor} id={`definition-${anchor}`}>
            <dt>{t(`indicators.definition.${anchor}.term`)}</dt>
            <dd>{t(`indicators.definition.${anchor}.text`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
