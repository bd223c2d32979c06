import { activitiesDomain } from './activities/domain.js';
import { alertsDomain } from './alerts/domain.js';
import { attendanceDomain } from './attendance/domain.js';
import { authDomain } from './auth/domain.js';
import { experiencesDomain } from './experiences/domain.js';
import { homeDomain } from './home/domain.js';
import type { WebDomain } from './layout/domain.js';
import { meDomain } from './me/domain.js';
import { notesDomain } from './notes/domain.js';
import { participantsDomain } from './participants/domain.js';
import { pathwayDomain } from './pathway/domain.js';
import { transfersDomain } from './transfers/domain.js';
import { badgesDomain } from './badges/domain.js';
import { accountsDomain } from './accounts/domain.js';
import { endorsementsDomain } from './endorsements/domain.js';
import { indicatorsDomain } from './indicators/domain.js';
import { surveysDomain } from './surveys/domain.js';

/**
 * Every domain of the web app, one line each. The i18n catalogues, the router and the staff menu
 * are built from this list; the order is the menu's.
 */
export const DOMAINS: readonly WebDomain[] = [
  authDomain,
  homeDomain,
  participantsDomain,
  pathwayDomain,
  notesDomain,
  alertsDomain,
  activitiesDomain,
  attendanceDomain,
  experiencesDomain,
  transfersDomain,
  meDomain,
  badgesDomain,
  accountsDomain,
  endorsementsDomain,
  indicatorsDomain,
  surveysDomain,
];
