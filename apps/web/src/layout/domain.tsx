import type { ParticipantDetail, SessionUser } from '@territoires/contracts';
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth.js';
import type { Tree } from '../i18n/tree.js';
import type { ParticipantTile } from '../me/space.js';

export { participantPage, type ParticipantTile } from '../me/space.js';

/**
 * A link of the staff menu; with a capability, only those the server says may (the session's `can`)
 * see it, so the menu never repeats a server rule.
 */
export interface NavEntry {
  to: string;
  /** i18n key of the link's text. */
  label: string;
  capability?: keyof SessionUser['can'];
}

type SectionComponent = ComponentType<{ participant: ParticipantDetail }>;

/** A tab of the staff's participant file, brought by the domain it belongs to. */
export interface ParticipantSection {
  /** The tab's key in the address (`?section=`). */
  id: string;
  /** i18n key of the tab's name. */
  label: string;
  /** Place among every domain's tabs (ascending). */
  order: number;
  /** Whether this viewer gets the tab: the server's answer (what it sent, its `can` flags). */
  shown: (participant: ParticipantDetail) => boolean;
  /** Loaded on demand, so the file's forms stay out of the first screens' JavaScript. */
  Component: SectionComponent;
}

/** A section component loaded on demand from the domain's module. */
export const lazySection = <M,>(load: () => Promise<M>, pick: (module: M) => SectionComponent) =>
  lazy(async () => ({ default: pick(await load()) }));

/**
 * What one domain folder brings to the web app. The list in `domains.ts` spreads these into the
 * i18n catalogues, the router and the staff menu, so a new domain is one folder and one line there.
 */
export interface WebDomain {
  name: string;
  /** The domain's messages, beside it; they may extend a shared group (errors, codes, timeline). */
  messages: { fr: Tree; en: Tree };
  /** Staff screens, inside the staff layout. */
  staffRoutes?: RouteObject[];
  /** Participant-space screens, inside the participant layout under /moi. */
  participantRoutes?: RouteObject[];
  staffNav?: NavEntry[];
  /** Its tabs on the staff's participant file. */
  participantSections?: ParticipantSection[];
  /** Its tiles on the participant's home. */
  participantTiles?: ParticipantTile[];
}

export const guarded = (element: ReactNode) => <RequireAuth>{element}</RequireAuth>;

/** A staff screen loaded on demand, behind the staff sign-in. */
export const staffPage = (load: () => Promise<ReactNode>) => async () => ({
  element: guarded(await load()),
});
