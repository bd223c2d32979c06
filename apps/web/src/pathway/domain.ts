import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';

export const pathwayDomain: WebDomain = {
  name: 'pathway',
  messages: { fr, en },
};
