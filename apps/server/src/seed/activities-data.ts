import type { ActivityKind } from '@territoires/contracts';
import type { OrganisationKey, StaffKey } from './personas.js';
import { P, type Place } from './places.js';

const LIEN = 'remobilisation--lien-social';
const CONFIANCE = 'remobilisation--bien-etre-confiance-en-soi';
const SPORT_CULTURE = 'remobilisation--activites-sportives-et-culturelles';
const BENEVOLAT = 'remobilisation--benevolat-action-citoyenne';
const METIER = 'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite';
const COMPETENCES = 'choisir-un-metier--identifier-ses-points-forts-et-ses-competences';

export interface SeedActivity {
  organisation: OrganisationKey;
  title: string;
  kind: ActivityKind;
  thematiques: string[];
  place: Place;
  /** ISO weekday, local start, minutes, seats. */
  slot: [number, string, number, number];
  facilitator?: StaffKey;
  equipment?: string;
}

const A = (
  organisation: OrganisationKey,
  title: string,
  kind: ActivityKind,
  thematiques: string[],
  place: Place,
  slot: SeedActivity['slot'],
  extra: Partial<SeedActivity> = {},
): SeedActivity => ({ organisation, title, kind, thematiques, place, slot, ...extra });

/** The demo catalogue: the twelve activities of the reference (same titles) first, then the others. */
export const CATALOGUE: SeedActivity[] = [
  A(
    'dome',
    'Atelier fablab : découpe laser',
    'fablab',
    [LIEN, METIER],
    P.dome,
    [2, '14:00', 150, 8],
    { facilitator: 'coordinator', equipment: 'Chaussures fermées' },
  ),
  A('dome', 'Café des sciences', 'workshop', [LIEN], P.dome, [4, '18:00', 90, 25]),
  A('wip', 'Potager partagé', 'garden', [LIEN, CONFIANCE], P.wip, [3, '10:00', 120, 12], {
    facilitator: 'orgAdmin',
    equipment: 'Vêtements qui peuvent se salir',
  }),
  A('wip', 'Cuisine collective', 'workshop', [LIEN, BENEVOLAT], P.wip, [5, '10:00', 180, 10], {
    facilitator: 'orgAdmin',
  }),
  A(
    'cafe',
    'Projection et discussion',
    'cultural_outing',
    [SPORT_CULTURE, LIEN],
    P.cafe,
    [2, '18:30', 150, 30],
    { facilitator: 'partner' },
  ),
  A('cafe', 'Atelier métiers du cinéma', 'workshop', [METIER], P.cafe, [3, '14:00', 120, 10], {
    facilitator: 'partner',
  }),
  A(
    'capsport',
    'Football en mixité',
    'sport',
    [SPORT_CULTURE, CONFIANCE],
    P.grace,
    [3, '16:00', 90, 20],
    { facilitator: 'partner2', equipment: 'Baskets et tenue de sport' },
  ),
  A(
    'capsport',
    'Randonnée dans les Vallées de l’Orne',
    'sport',
    [SPORT_CULTURE, CONFIANCE],
    P.valOrne,
    [6, '09:30', 180, 15],
    { facilitator: 'partner2', equipment: 'Bonnes chaussures, eau' },
  ),
  A(
    'cravate',
    'Tenue et simulation d’entretien',
    'interview_preparation',
    [COMPETENCES],
    P.cravate,
    [4, '14:00', 120, 6],
  ),
  A(
    'e2c',
    'Atelier numérique',
    'workshop',
    ['numerique--maitriser-les-fondamentaux-du-numerique'],
    P.e2c,
    [1, '09:30', 150, 10],
    { facilitator: 'referent' },
  ),
  A('keolis', 'Immersion : métiers du transport', 'company_immersion', [METIER], P.tram, [
    2,
    '08:30',
    240,
    4,
  ]),
  A('orange', 'Rencontre avec des ingénieurs', 'company_immersion', [METIER], P.orange, [
    4,
    '10:00',
    120,
    12,
  ]),
  A(
    'dome',
    'Impression 3D : mon premier objet',
    'fablab',
    [METIER, CONFIANCE],
    P.dome,
    [5, '14:00', 120, 8],
    { facilitator: 'coordinator' },
  ),
  A('dome', 'Réparer son vélo au fablab', 'fablab', [LIEN, BENEVOLAT], P.dome, [
    6,
    '10:00',
    150,
    10,
  ]),
  A('dome', 'Électronique : fabriquer une lampe', 'fablab', [METIER], P.dome, [1, '14:00', 120, 8]),
  A('dome', 'Podcast : raconter son quartier', 'collective_project', [LIEN, CONFIANCE], P.dome, [
    3,
    '14:00',
    120,
    8,
  ]),
  A(
    'wip',
    'Chantier bois : mobilier du jardin',
    'collective_project',
    [BENEVOLAT, METIER],
    P.wip,
    [2, '09:30', 180, 8],
    { equipment: 'Chaussures de sécurité prêtées' },
  ),
  A('wip', 'Marché des producteurs : tenir un stand', 'company_immersion', [METIER, LIEN], P.wip, [
    6,
    '08:30',
    240,
    4,
  ]),
  A('wip', 'Brigade du midi : service en salle', 'afest', [METIER, COMPETENCES], P.wip, [
    4,
    '11:00',
    180,
    4,
  ]),
  A('cafe', 'Ciné-goûter en famille', 'cultural_outing', [SPORT_CULTURE, LIEN], P.cafe, [
    7,
    '15:00',
    120,
    40,
  ]),
  A('cafe', 'Accueillir le public au cinéma', 'afest', [METIER, COMPETENCES], P.cafe, [
    5,
    '17:30',
    180,
    3,
  ]),
  A('cafe', 'Atelier critique : écrire sur un film', 'workshop', [CONFIANCE], P.cafe, [
    1,
    '18:00',
    90,
    12,
  ]),
  A('capsport', 'Remise en forme douce', 'sport', [CONFIANCE], P.cheminVert, [1, '10:00', 60, 15], {
    facilitator: 'partner2',
  }),
  A('capsport', 'Basket 3×3 au pied des tours', 'sport', [SPORT_CULTURE, LIEN], P.hauteFolie, [
    5,
    '17:00',
    90,
    16,
  ]),
  A('capsport', 'Boxe éducative', 'sport', [CONFIANCE], P.gueriniere, [2, '17:30', 90, 12]),
  A('capsport', 'Marche nordique à Évrecy', 'sport', [SPORT_CULTURE], P.evrecy, [
    4,
    '09:30',
    120,
    12,
  ]),
  A(
    'cravate',
    'Coaching image et confiance',
    'interview_preparation',
    [CONFIANCE, COMPETENCES],
    P.cravate,
    [2, '10:00', 90, 6],
  ),
  A(
    'cravate',
    'Entretien blanc avec un recruteur',
    'interview_preparation',
    [COMPETENCES],
    P.cravate,
    [5, '14:00', 60, 4],
  ),
  A('e2c', 'Découverte des métiers du soin', 'workshop', [METIER], P.e2c, [3, '09:30', 180, 12], {
    facilitator: 'referent',
  }),
  A('e2c', 'Mon CV en vidéo', 'workshop', [COMPETENCES], P.e2c, [4, '14:00', 120, 8]),
  A(
    'aajb',
    'Jardin partagé du Chemin Vert',
    'garden',
    [LIEN, BENEVOLAT],
    P.cheminVert,
    [2, '10:00', 120, 12],
    { facilitator: 'referent2' },
  ),
  A('aajb', 'Atelier cuisine du monde', 'workshop', [LIEN], P.gueriniere, [4, '10:00', 180, 10], {
    facilitator: 'referent2',
  }),
  A('aajb', 'Sortie au Mémorial de Caen', 'cultural_outing', [SPORT_CULTURE], P.cravate, [
    3,
    '13:30',
    210,
    15,
  ]),
  A(
    'aajb',
    'Projet collectif : fresque du quartier',
    'collective_project',
    [BENEVOLAT, LIEN],
    P.grace,
    [5, '14:00', 150, 10],
  ),
  A('keolis', 'Conduire un bus : découverte du métier', 'company_immersion', [METIER], P.tram, [
    4,
    '09:00',
    180,
    4,
  ]),
  A('gni', 'Immersion en cuisine d’hôtel', 'company_immersion', [METIER], P.cravate, [
    3,
    '08:00',
    240,
    2,
  ]),
  A('uimm', 'Découverte des métiers de l’industrie', 'workshop', [METIER], P.e2c, [
    1,
    '14:00',
    150,
    12,
  ]),
  A('mfr', 'Ferme pédagogique : soigner les animaux', 'afest', [METIER, CONFIANCE], P.evrecy, [
    2,
    '09:00',
    240,
    6,
  ]),
  A(
    'ville_caen',
    'Bénévolat à la bibliothèque Alexis de Tocqueville',
    'collective_project',
    [BENEVOLAT],
    P.dome,
    [6, '14:00', 120, 6],
  ),
  A(
    'face',
    'Parrainage : rencontre avec un salarié',
    'interview_preparation',
    [METIER, COMPETENCES],
    P.orange,
    [1, '17:30', 90, 10],
  ),
];
