/**
 * Stored codes: ASCII English, stable. Labels come from the web app's i18n catalogue.
 * Each tuple is the single source for both the zod enum and the TypeScript union.
 */
export const ORGANISATION_KINDS = [
  'consortium_member',
  'partner_association',
  'company',
  'public_body',
  'training_body',
] as const;

export const ROLES = [
  'coordination',
  'coordinator',
  'referent',
  'partner_staff',
  'org_admin',
  'evaluator',
  /** A funder of the programme: the consortium's aggregates only, never anything about one person. */
  'funder',
] as const;

export const PHASES = ['outreach', 'discovery', 'accompaniment', 'insertion', 'exit'] as const;

export const REFERRAL_SOURCES = [
  'france_travail',
  'mission_locale',
  'neighbourhood_structure',
  'rural_event',
  'social_networks',
  'self',
  'other',
] as const;

/** Territories of the programme (PRODUCT.md): QPV neighbourhoods, the rest of the urban area, the rural area. */
export const TERRITORIES = [
  'caen_chemin_vert',
  'caen_grace_de_dieu',
  'caen_gueriniere',
  'caen_calvaire_saint_pierre',
  'caen_pierre_heuze',
  'caen_centre_ville',
  'herouville_grande_delle',
  'herouville_le_val',
  'herouville_belles_portes',
  'herouville_haute_folie',
  'colombelles',
  'caen_la_mer_other',
  'rural_vallees_orne_odon',
] as const;

export const TERRITORY_ZONES = ['qpv', 'urban', 'rural'] as const;

export const TERRITORY_ZONE: Record<
  (typeof TERRITORIES)[number],
  (typeof TERRITORY_ZONES)[number]
> = {
  caen_chemin_vert: 'qpv',
  caen_grace_de_dieu: 'qpv',
  caen_gueriniere: 'qpv',
  caen_calvaire_saint_pierre: 'qpv',
  caen_pierre_heuze: 'qpv',
  caen_centre_ville: 'qpv',
  herouville_grande_delle: 'qpv',
  herouville_le_val: 'qpv',
  herouville_belles_portes: 'qpv',
  herouville_haute_folie: 'qpv',
  colombelles: 'urban',
  caen_la_mer_other: 'urban',
  rural_vallees_orne_odon: 'rural',
};

export const EXIT_CATEGORIES = [
  'employment_lasting',
  'employment_transition',
  'training',
  'volunteering_civic',
  'other',
  'dropped_out',
] as const;

/** What the person does at exit: the facts from which the category is computed. */
export const EXIT_SITUATIONS = [
  'cdi',
  'cdd',
  'interim',
  'business_creation',
  'subsidised_job',
  'training_qualifying',
  'training_prequalifying',
  'volunteering',
  'civic_service',
  'other',
  'dropped_out',
] as const;

export const TEAM_ROLES = ['referent', 'coordinator'] as const;

export const SEXES = ['female', 'male', 'other'] as const;
export const AGE_BANDS = ['under_26', '26_44', '45_54', '55_plus'] as const;
export const QUALIFICATION_LEVELS = ['infra_3', 'level_3', 'level_4', 'level_5_plus'] as const;
export const ALERT_KINDS = ['contract_ending', 'inactive'] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type Role = (typeof ROLES)[number];
export type Phase = (typeof PHASES)[number];
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
export type Territory = (typeof TERRITORIES)[number];
export type ExitCategory = (typeof EXIT_CATEGORIES)[number];
export type ExitSituation = (typeof EXIT_SITUATIONS)[number];
export type TeamRole = (typeof TEAM_ROLES)[number];
export type AlertKind = (typeof ALERT_KINDS)[number];
