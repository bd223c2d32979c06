import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues } from './resources.js';
import { installZodMessages } from './zodMessages.js';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** French first; English second. Resources are bundled, so initialisation is synchronous. */
export function createI18n(lng: Language = 'fr'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'fr',
    resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  installZodMessages(instance);
  return instance;
}
