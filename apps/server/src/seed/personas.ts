import type { OrganisationKind, Role } from '@territoires/contracts';

/**
 * The demo consortium and the people who log into it. The same personas serve the demo seed,
 * the README's demo logins and the e2e journeys.
 */
export const DEMO_PASSWORD = 'Territoires2026!';

export interface OrganisationPersona {
  key: string;
  name: string;
  kind: OrganisationKind;
  sensitiveName?: boolean;
}

export const ORGANISATIONS = [
  { key: 'aajb', name: 'Association des Amis de Jean Bosco (AAJB)', kind: 'consortium_member' },
  { key: 'dome', name: 'Le Dôme', kind: 'consortium_member' },
  { key: 'wip', name: 'Le WIP', kind: 'consortium_member' },
  { key: 'cafe', name: 'Le Café des images', kind: 'consortium_member' },
  { key: 'e2c', name: 'E2C Normandie', kind: 'consortium_member' },
  { key: 'capsport', name: "CAP'Sport", kind: 'consortium_member' },
  { key: 'cravate', name: 'La Cravate Solidaire Caen', kind: 'consortium_member' },
  {
    key: 'mission_locale',
    name: 'Mission Locale Caen La Mer Calvados Centre',
    kind: 'public_body',
  },
  { key: 'calmec', name: 'Caen la Mer Emploi et Compétences', kind: 'public_body' },
  { key: 'ville_caen', name: 'Ville de Caen', kind: 'public_body' },
  {
    key: 'acsea',
    name: 'ACSEA Département Insertion Prévention',
    kind: 'partner_association',
    sensitiveName: true,
  },
  { key: 'resoh', name: 'Association ReSoH', kind: 'partner_association' },
  { key: 'reconnaitre', name: 'Association Reconnaître', kind: 'partner_association' },
  { key: 'face', name: 'FACE Normandie', kind: 'partner_association' },
  { key: 'keolis', name: 'Keolis Caen Mobilités', kind: 'company' },
  { key: 'orange', name: 'Orange, Direction Régionale Normandie', kind: 'company' },
  { key: 'gni', name: 'GNI hôtellerie', kind: 'company' },
  { key: 'mfr', name: 'Maison Familiale Rurale Maltot', kind: 'training_body' },
  { key: 'uimm', name: 'Pôle Formation UIMM', kind: 'training_body' },
] as const satisfies readonly OrganisationPersona[];

export type OrganisationKey = (typeof ORGANISATIONS)[number]['key'];

export interface StaffPersona {
  key: string;
  email: string;
  displayName: string;
  roles: { organisation: OrganisationKey; role: Role }[];
}

export const STAFF = [
  {
    key: 'coordination',
    email: 'claire.martin@aajb.demo',
    displayName: 'Claire Martin',
    roles: [{ organisation: 'aajb', role: 'coordination' }],
  },
  {
    key: 'coordinator',
    email: 'hugo.lefevre@ledome.demo',
    displayName: 'Hugo Lefèvre',
    roles: [{ organisation: 'dome', role: 'coordinator' }],
  },
  {
    key: 'referent',
    email: 'samia.benali@e2c.demo',
    displayName: 'Samia Benali',
    roles: [{ organisation: 'e2c', role: 'referent' }],
  },
  {
    key: 'referent2',
    email: 'julien.roux@aajb.demo',
    displayName: 'Julien Roux',
    roles: [{ organisation: 'aajb', role: 'referent' }],
  },
  {
    key: 'referent3',
    email: 'nadia.kone@wip.demo',
    displayName: 'Nadia Koné',
    roles: [{ organisation: 'wip', role: 'referent' }],
  },
  {
    key: 'partner',
    email: 'lea.moreau@cafedesimages.demo',
    displayName: 'Léa Moreau',
    roles: [{ organisation: 'cafe', role: 'partner_staff' }],
  },
  {
    key: 'partner2',
    email: 'karim.haddad@capsport.demo',
    displayName: 'Karim Haddad',
    roles: [{ organisation: 'capsport', role: 'partner_staff' }],
  },
  {
    key: 'orgAdmin',
    email: 'paul.girard@wip.demo',
    displayName: 'Paul Girard',
    roles: [{ organisation: 'wip', role: 'org_admin' }],
  },
  {
    key: 'evaluator',
    email: 'ines.dubois@ansa.demo',
    displayName: 'Inès Dubois',
    roles: [{ organisation: 'aajb', role: 'evaluator' }],
  },
] as const satisfies readonly StaffPersona[];

export type StaffKey = (typeof STAFF)[number]['key'];

export const persona = (key: StaffKey): StaffPersona => {
  const found = STAFF.find((s) => s.key === key);
  if (!found) throw new Error(`No persona ${key}`);
  return found;
};

export const KEY_OBJECTIVES = [
  'Venir aux rendez-vous à l’heure',
  'Utiliser un ordinateur et une messagerie',
  'Préparer un entretien d’embauche',
  'Découvrir un métier en immersion',
  'Travailler en équipe sur un projet',
  'Prendre le bus sans aide',
  'Rédiger son CV',
  'Prendre la parole en groupe',
  'Obtenir le certificat Sauveteur Secouriste du Travail',
  'Choisir une formation qualifiante',
  'Gérer son budget du mois',
  'Réaliser une pièce au fablab',
] as const;

export const ACTIVITIES: { organisation: OrganisationKey; title: string }[] = [
  { organisation: 'dome', title: 'Atelier fablab : découpe laser' },
  { organisation: 'dome', title: 'Café des sciences' },
  { organisation: 'wip', title: 'Potager partagé' },
  { organisation: 'wip', title: 'Cuisine collective' },
  { organisation: 'cafe', title: 'Projection et discussion' },
  { organisation: 'cafe', title: 'Atelier métiers du cinéma' },
  { organisation: 'capsport', title: 'Football en mixité' },
  { organisation: 'capsport', title: 'Randonnée dans les Vallées de l’Orne' },
  { organisation: 'cravate', title: 'Tenue et simulation d’entretien' },
  { organisation: 'e2c', title: 'Atelier numérique' },
  { organisation: 'keolis', title: 'Immersion : métiers du transport' },
  { organisation: 'orange', title: 'Rencontre avec des ingénieurs' },
];
