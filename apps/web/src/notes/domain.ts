import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';

export const notesDomain: WebDomain = {
  name: 'notes',
  messages: { fr, en },
};
