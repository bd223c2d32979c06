import { BadgeIcon } from '../me/icons.js';
import { ExpiryNotice } from './ExpiryNotice.js';
import { NewBadgesNotice } from './NewBadgesNotice.js';
import { ObjectivesNotice } from './ObjectivesNotice.js';
import type { ParticipantDomain } from '../me/space.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import awardingEn from './awarding.messages.en.json';
import awardingFr from './awarding.messages.fr.json';
import backpackEn from './backpack.messages.en.json';
import backpackFr from './backpack.messages.fr.json';
import { mergeTrees } from '../i18n/tree.js';
import { badgesParticipantRoutes } from './participant-routes.js';

/** This domain in the participant space: the badges offered to the person, and theirs. */
export const badgesParticipant: ParticipantDomain = {
  name: 'badges',
  messages: {
    fr: mergeTrees(fr, awardingFr, backpackFr),
    en: mergeTrees(en, awardingEn, backpackEn),
  },
  routes: badgesParticipantRoutes,
  homeNotices: [NewBadgesNotice, ObjectivesNotice, ExpiryNotice],
  tiles: [
    {
      to: '/moi/badges',
      label: 'badges.me.tile',
      hint: 'badges.me.tileHint',
      icon: BadgeIcon,
      order: 50,
    },
  ],
};
