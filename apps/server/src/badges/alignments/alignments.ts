import type { AlignmentInput, StoredAlignment } from '@territoires/contracts';
import type { Alignment } from '@territoires/open-badges';
import { ValidationError } from '../../errors/index.js';
import { romeAppellation, romeLabel, thematiqueLabel } from './referentials.js';

// A badge's alignments: what the designer chose, named from the bundled referentials (ROME codes,
// data·inclusion thématiques) or by staff (ESCO skills, not bundled), then written in the
// credential as OB 3.0 Alignments.

/** Names each alignment; an unknown ROME code is a 400. Duplicates are dropped. */
export async function resolveAlignments(
  inputs: readonly AlignmentInput[],
): Promise<StoredAlignment[]> {
  const resolved = await Promise.all(
    inputs.map(async (input): Promise<StoredAlignment> => {
      switch (input.kind) {
        case 'rome': {
          const name = await romeLabel(input.code);
          const title =
            input.appellation === undefined
              ? undefined
              : await romeAppellation(input.code, input.appellation);
          if (name === undefined || (input.appellation !== undefined && title === undefined))
            throw new ValidationError('badges.unknown_rome_code', `No ROME job ${input.code}.`);
          return {
            kind: 'rome',
            code: input.code,
            name,
            ...(input.appellation !== undefined && title !== undefined
              ? { appellation: { code: input.appellation, title } }
              : {}),
          };
        }
        case 'thematique':
          return { kind: 'thematique', code: input.code, name: await thematiqueLabel(input.code) };
        case 'esco':
          return { kind: 'esco', code: input.code, name: input.name };
      }
    }),
  );
  const seen = new Set<string>();
  return resolved.filter((a) => {
    const key = `${a.kind} ${a.code} ${a.appellation?.code ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const THEMATIQUES_URL =
  'https://github.com/gip-inclusion/data-inclusion-schema/blob/main/schemas/v1/extra/thematiques.json';

/** One alignment as OB 3.0 writes it (`achievement.alignment`). */
export function obAlignment(alignment: StoredAlignment): Alignment {
  const base = { type: ['Alignment'] as ['Alignment'], targetName: alignment.name };
  switch (alignment.kind) {
    case 'rome': {
      const targetUrl = `https://candidat.francetravail.fr/metierscope/fiche-metier/${alignment.code}`;
      const { appellation } = alignment;
      // A job title: its own OGR code, the family it belongs to in the description.
      return appellation === undefined
        ? {
            ...base,
            targetUrl,
            targetCode: alignment.code,
            targetFramework: 'ROME (France Travail)',
            targetType: 'ext:ROME',
          }
        : {
            ...base,
            targetName: appellation.title,
            targetDescription: `ROME ${alignment.code} : ${alignment.name}`,
            targetUrl,
            targetCode: appellation.code,
            targetFramework: 'ROME (France Travail), appellations',
            targetType: 'ext:ROMEAppellation',
          };
    }
    case 'thematique':
      return {
        ...base,
        targetUrl: THEMATIQUES_URL,
        targetCode: alignment.code,
        targetFramework: 'data·inclusion, thématiques',
        targetType: 'ext:DataInclusionThematique',
      };
    case 'esco':
      return {
        ...base,
        targetUrl: alignment.code,
        targetCode: alignment.code.slice(alignment.code.lastIndexOf('/') + 1),
        targetFramework: 'ESCO',
        targetType: 'ceasn:Competency',
      };
  }
}
