import { z } from 'zod';
import { DI_THEMATIQUES } from './data-inclusion.js';

// The badge designer's image and alignments (issue 16): an image uploaded (PNG, or SVG refused when
// it holds scripts or external references) or generated from a template, and the badge's
// alignments to ROME jobs, data·inclusion thématiques and ESCO skills (OB 3.0 `alignment`).

export const BADGE_DESIGNER_ERROR_CODES = [
  'badges.svg_invalid',
  'badges.svg_unsafe',
  'badges.svg_too_complex',
  'badges.unknown_rome_code',
] as const;

/** Shapes of the generated image. */
export const BADGE_SHAPES = ['cercle', 'ecusson', 'hexagone', 'ruban'] as const;
export type BadgeShape = (typeof BADGE_SHAPES)[number];

/** The curated pictograms (from a bundled open icon set); each has a French label in the web app. */
export const BADGE_PICTOGRAMS = [
  'outils',
  'marteau',
  'cle',
  'cuisine',
  'cafe',
  'jardin',
  'arbre',
  'sport',
  'velo',
  'ordinateur',
  'telephone',
  'poignee-de-main',
  'groupe',
  'coeur',
  'horloge',
  'calendrier',
  'bus',
  'voiture',
  'livre',
  'diplome',
  'medaille',
  'etoile',
  'parole',
  'micro',
  'musique',
  'palette',
  'appareil-photo',
  'maison',
  'securite',
  'recyclage',
  'carte',
  'ampoule',
] as const;
export type BadgePictogram = (typeof BADGE_PICTOGRAMS)[number];

/** A colour as #rrggbb. */
export const colourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/)
  .transform((c) => c.toLowerCase());

/** The template of a generated image; the text colour is chosen by the server for contrast. */
export const badgeTemplateSchema = z
  .object({
    shape: z.enum(BADGE_SHAPES),
    /** The shape's colour. */
    background: colourSchema,
    /** The border and the title's band. */
    accent: colourSchema,
    pictogram: z.enum(BADGE_PICTOGRAMS),
    title: z.string().trim().min(1).max(40),
  })
  .strict();

export const generateImageBodySchema = badgeTemplateSchema
  .extend({
    /** The image's text alternative (the web app proposes one from the template). */
    imageAlt: z.string().trim().min(1).max(300),
  })
  .strict();

export const imagePreviewSchema = z.object({
  /** The PNG, as the server would store it, as a data: URL. */
  dataUrl: z.string(),
});

const ESCO_SKILL =
  /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An alignment as the designer sends it: the server names ROME codes and thématiques itself. */
export const alignmentInputSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('rome'),
      code: z.string().regex(/^[A-N]\d{4}$/),
      /** A job title of that family (its OGR code), to align to the exact job. */
      appellation: z
        .string()
        .regex(/^\d{1,7}$/)
        .optional(),
    })
    .strict(),
  z.object({ kind: z.literal('thematique'), code: z.enum(DI_THEMATIQUES) }).strict(),
  z
    .object({
      kind: z.literal('esco'),
      code: z.string().trim().regex(ESCO_SKILL),
      /** The skill's name, typed by staff (ESCO is not bundled). */
      name: z.string().trim().min(1).max(200),
    })
    .strict(),
]);
export const ALIGNMENT_KINDS = ['rome', 'thematique', 'esco'] as const;
export const alignmentsSchema = z.array(alignmentInputSchema).max(20);

/** An alignment as stored and shown: its kind, its code (an ESCO URI) and its name. */
export const alignmentSchema = z.object({
  kind: z.enum(ALIGNMENT_KINDS),
  code: z.string(),
  name: z.string(),
  /** ROME only: the job title chosen in the family (OGR code and title), when there is one. */
  appellation: z.object({ code: z.string(), title: z.string() }).optional(),
});

export const romeSearchQuerySchema = z.object({ q: z.string().trim().min(2).max(60) }).strict();
export const romeJobSchema = z.object({
  code: z.string(),
  /** The ROME job family's name. */
  label: z.string(),
  /** The job title that matched, when it is not the family's name. */
  match: z.string().nullable(),
  /** That job title's OGR code (null on the family's own line). */
  appellation: z.string().nullable(),
});

export type BadgeTemplate = z.infer<typeof badgeTemplateSchema>;
export type GenerateImageBody = z.infer<typeof generateImageBodySchema>;
export type AlignmentInput = z.infer<typeof alignmentInputSchema>;
export type StoredAlignment = z.infer<typeof alignmentSchema>;
export type RomeJob = z.infer<typeof romeJobSchema>;
