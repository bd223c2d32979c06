import { useTranslation } from 'react-i18next';

/** French or English, for both spaces (the staff frame and the participant one). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'fr' : 'en';
  return (
    <button
      type="button"
      className="button link"
      lang={next}
      aria-label={t('app.switchLanguageLabel')}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {t('app.switchLanguage')}
    </button>
  );
}
