import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import sharedEn from '../i18n/shared.en.json';
import sharedFr from '../i18n/shared.fr.json';
import { mergeTrees } from '../i18n/tree.js';
import { participantDomains } from './participantDomains.js';

/**
 * The participant space's own catalogue: the shared messages, then each participant domain's,
 * in the order of the participant list; nothing of the staff-only domains.
 */
export const participantCatalogues = {
  fr: mergeTrees(sharedFr, ...participantDomains().map((domain) => domain.messages.fr)),
  en: mergeTrees(sharedEn, ...participantDomains().map((domain) => domain.messages.en)),
};

/**
 * French first, English second, initialised synchronously like the staff one (i18n/i18n.ts). The
 * form validation messages (zod) are installed with the first screen that has a form (main.tsx).
 */
export function createParticipantI18n(lng: 'fr' | 'en' = 'fr'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'fr',
    resources: {
      fr: { translation: participantCatalogues.fr },
      en: { translation: participantCatalogues.en },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
