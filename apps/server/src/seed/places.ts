import type { activities } from '../db/schema.js';

type Territory = typeof activities.$inferInsert.territory;
export interface Place {
  address: string;
  postalCode: string;
  commune: string;
  codeInsee: string;
  territory: Territory;
}

// Real places of the programme's territories (addresses kept to what the places are known by).
export const P = {
  dome: {
    address: '3 esplanade Stéphane Hessel',
    postalCode: '14000',
    commune: 'Caen',
    codeInsee: '14118',
    territory: 'caen_centre_ville',
  },
  wip: {
    address: 'La Grande Halle, rue Jacques Prévert',
    postalCode: '14460',
    commune: 'Colombelles',
    codeInsee: '14167',
    territory: 'colombelles',
  },
  cafe: {
    address: '4 square du Théâtre',
    postalCode: '14200',
    commune: 'Hérouville-Saint-Clair',
    codeInsee: '14327',
    territory: 'herouville_belles_portes',
  },
  e2c: {
    address: 'Grande Delle',
    postalCode: '14200',
    commune: 'Hérouville-Saint-Clair',
    codeInsee: '14327',
    territory: 'herouville_grande_delle',
  },
  grace: {
    address: 'Gymnase de la Grâce de Dieu',
    postalCode: '14000',
    commune: 'Caen',
    codeInsee: '14118',
    territory: 'caen_grace_de_dieu',
  },
  cheminVert: {
    address: 'Jardin partagé du Chemin Vert',
    postalCode: '14000',
    commune: 'Caen',
    codeInsee: '14118',
    territory: 'caen_chemin_vert',
  },
  gueriniere: {
    address: 'Maison de quartier de la Guérinière',
    postalCode: '14000',
    commune: 'Caen',
    codeInsee: '14118',
    territory: 'caen_gueriniere',
  },
  cravate: {
    address: 'Centre-ville',
    postalCode: '14000',
    commune: 'Caen',
    codeInsee: '14118',
    territory: 'caen_centre_ville',
  },
  evrecy: {
    address: 'Salle des fêtes',
    postalCode: '14210',
    commune: 'Évrecy',
    codeInsee: '14257',
    territory: 'rural_vallees_orne_odon',
  },
  valOrne: {
    address: 'Départ au bord de l’Orne',
    postalCode: '14210',
    commune: 'Évrecy',
    codeInsee: '14257',
    territory: 'rural_vallees_orne_odon',
  },
  tram: {
    address: 'Dépôt du tram, boulevard Leroy',
    postalCode: '14000',
    commune: 'Caen',
    codeInsee: '14118',
    territory: 'caen_la_mer_other',
  },
  orange: {
    address: 'Orange, Direction Régionale Normandie',
    postalCode: '14000',
    commune: 'Caen',
    codeInsee: '14118',
    territory: 'caen_la_mer_other',
  },
  hauteFolie: {
    address: 'Centre socioculturel de la Haute Folie',
    postalCode: '14200',
    commune: 'Hérouville-Saint-Clair',
    codeInsee: '14327',
    territory: 'herouville_haute_folie',
  },
} satisfies Record<string, Place>;
