import type { ComponentType, ReactNode } from 'react';
import type { Tree } from '../i18n/tree.js';
import type { RouteObject } from './router.js';

/** A tile of the participant's home (/moi): one word-picture each. */
export interface ParticipantTile {
  to: string;
  /** i18n keys of its word and its hint. */
  label: string;
  hint: string;
  icon: ComponentType;
  /** Place among every domain's tiles (ascending). */
  order: number;
}

/**
 * What one domain brings to the participant space, its own entry (me/main.tsx): its messages, its
 * screens under /moi and its tiles. The participant list (me/domains.ts) spreads these; the staff
 * domain list takes the same screens and tiles from here, so they are declared once.
 */
export interface ParticipantDomain {
  name: string;
  messages: { fr: Tree; en: Tree };
  routes?: RouteObject[];
  tiles?: ParticipantTile[];
  /** Short notices above the home's tiles (a badge about to end…); each shows nothing when it has nothing to say. */
  homeNotices?: ComponentType[];
}

/** A participant-space screen loaded on demand; the participant layout guards the session. */
export const participantPage = (load: () => Promise<ReactNode>) => async () => ({
  element: await load(),
});
