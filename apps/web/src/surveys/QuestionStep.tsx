import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Face, Speaker } from './Pictograms.js';
import { canSpeak, speak } from './text.js';

/** The one answer scale, 1 to 4: a pictogram beside each word, never the pictogram alone. */
export const SCALE = [
  { value: 1, label: 'surveys.scale.1' },
  { value: 2, label: 'surveys.scale.2' },
  { value: 3, label: 'surveys.scale.3' },
  { value: 4, label: 'surveys.scale.4' },
] as const;

/** A button that reads a text aloud; hidden where the browser has no speech synthesis. */
export function ReadAloud({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  if (!canSpeak()) return null;
  return (
    <button
      type="button"
      className="secondary survey-read"
      onClick={() => {
        speak(text, i18n.language);
      }}
    >
      <Speaker />
      {t('surveys.me.readAloud')}
    </button>
  );
}

/** A heading that takes the focus when it appears, so that each new screen is announced. */
export function FocusHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [children]);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className="survey-question">
      {children}
    </h2>
  );
}

/** One question on its own screen: the text, read aloud on demand, and four big answers to tap. */
export function QuestionStep({
  text,
  index,
  total,
  chosen,
  onAnswer,
  onBack,
}: {
  text: string;
  index: number;
  total: number;
  chosen: number | undefined;
  onAnswer: (value: number) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="survey-step">
      <p className="survey-progress" aria-label={t('surveys.me.progress', { n: index + 1, total })}>
        {index + 1} / {total}
      </p>
      <FocusHeading id="survey-question">{text}</FocusHeading>
      <ReadAloud text={text} />
      <div className="survey-scale" role="group" aria-labelledby="survey-question">
        {SCALE.map((option) => (
          <button
            key={option.value}
            type="button"
            className={`survey-answer${chosen === option.value ? ' chosen' : ''}`}
            aria-pressed={chosen === option.value}
            onClick={() => {
              onAnswer(option.value);
            }}
          >
            <Face level={option.value} />
            <span>{t(option.label)}</span>
          </button>
        ))}
      </div>
      <button type="button" className="secondary" onClick={onBack}>
        {t('surveys.me.back')}
      </button>
    </div>
  );
}
