import type { VerifyResultKind } from '@territoires/contracts';

// Each check of a verification in plain French, for an employer reading on a phone: what was
// checked and what it means. Keyed like the web's i18n keys (`verifier.<check>.<status>`, and a
// reason's own sentence by its code), so a client may translate from `id`, `status` and `code`.

type Status = 'passed' | 'failed' | 'indeterminate' | 'skipped';

/** What each check looks at, as a short label. */
export const CHECK_LABELS: Record<string, string> = {
  format: 'Lecture',
  context: 'Format',
  type: 'Type de document',
  schema: 'Contenu',
  subject: 'Titulaire',
  proof: 'Signature',
  refresh: 'Mise à jour',
  status: 'Retrait',
  validFrom: 'Début de validité',
  validUntil: 'Fin de validité',
  termsOfUse: 'Conditions',
  endorsements: 'Recommandations',
};

const BY_CHECK: Record<string, Partial<Record<Status, string>>> = {
  format: {
    passed: 'Le badge a pu être lu.',
    failed: 'Ce n’est pas un badge lisible.',
  },
  context: {
    passed: 'Le badge suit le format Open Badges 3.0.',
    failed: 'Le badge ne suit pas le format Open Badges 3.0.',
  },
  type: {
    passed: 'C’est bien un badge.',
    failed: 'Ce document n’est pas un badge.',
  },
  schema: {
    passed: 'Le contenu du badge est complet et conforme.',
    failed: 'Le contenu du badge n’est pas conforme.',
    indeterminate: 'Le modèle du badge n’a pas pu être lu pour le moment.',
  },
  subject: {
    passed: 'Le badge désigne bien une personne.',
    failed: 'Le badge ne désigne personne.',
  },
  proof: {
    passed: 'La signature de l’émetteur est bonne : le badge n’a pas été modifié.',
    failed: 'La signature ne correspond pas : le badge a été modifié, ou un autre l’a signé.',
    indeterminate: 'La signature n’a pas pu être vérifiée pour le moment.',
  },
  refresh: { skipped: 'Pas de mise à jour à chercher.' },
  status: {
    passed: 'L’émetteur n’a pas retiré ce badge.',
    failed: 'L’émetteur a retiré ce badge.',
    indeterminate: 'La liste des badges retirés n’a pas pu être lue pour le moment.',
    skipped: 'L’émetteur ne publie pas de liste de badges retirés.',
  },
  validFrom: {
    passed: 'Le badge est valable depuis sa date de délivrance.',
    failed: 'Le badge n’est pas encore valable.',
  },
  validUntil: {
    passed: 'Le badge est encore valable.',
    failed: 'Le badge a expiré.',
    skipped: 'Le badge n’a pas de date de fin.',
  },
  termsOfUse: { skipped: 'Pas de condition d’utilisation.' },
  endorsements: {
    passed: 'Les recommandations jointes sont authentiques.',
    failed: 'Une recommandation jointe n’est pas authentique.',
    skipped: 'Pas de recommandation jointe.',
  },
};

/** A reason's own sentence, when it says more than the check's. */
const BY_CODE: Record<string, string> = {
  'ob.bake.unsafe_svg': 'L’image contient du code (script) : elle est refusée sans être lue.',
  'ob.bake.no_credential': 'Cette image ne contient pas de badge.',
  'ob.bake.multiple_credentials': 'Cette image contient plusieurs badges : un seul est attendu.',
  'ob.bake.malformed_image': 'Ce fichier n’est pas une image PNG ou SVG lisible.',
  'ob.malformed_json': 'Ce texte n’est ni un badge en JSON, ni un badge signé (JWT).',
  'ob.json_duplicate_key': 'Ce texte contient deux fois le même champ : il est refusé.',
  'ob.json_too_deep': 'Ce texte est trop imbriqué pour être un badge.',
  'ob.document_too_large': 'Ce badge est trop gros pour être vérifié.',
  'ob.ob2_input':
    'C’est un badge de l’ancienne version (Open Badges 2.0) : il n’est pas vérifié ici.',
  'ob.internal_error': 'La vérification s’est arrêtée sur une erreur : réessayez plus tard.',
  'ob.proof.missing': 'Le badge n’est pas signé.',
  'ob.proof.jwt_algorithm':
    'Le badge n’a pas de vraie signature : sa méthode de signature est refusée (par exemple « none »).',
  'ob.proof.jwt_header': 'L’en-tête de la signature n’est pas valable.',
  'ob.proof.unsupported': 'Cette méthode de signature n’est pas reconnue.',
  'ob.proof.key_unreachable': 'La clé de l’émetteur n’a pas pu être lue pour le moment.',
  'ob.proof.key_not_found': 'La clé qui a signé n’appartient pas à l’émetteur.',
  'ob.proof.key_revoked': 'La clé de l’émetteur a été retirée : cette signature ne vaut plus.',
  'ob.proof.not_by_issuer': 'Le badge n’a pas été signé par l’émetteur qu’il annonce.',
  'ob.status.revoked': 'L’émetteur a retiré (révoqué) ce badge : il n’est plus valable.',
  'ob.status.suspended': 'L’émetteur a suspendu ce badge pour le moment.',
  'ob.dates.expired': 'Le badge a expiré : sa date de fin est passée.',
  'ob.dates.not_yet_valid': 'Le badge n’est pas encore valable.',
};

const FALLBACK: Record<Status, string> = {
  passed: 'Vérifié.',
  failed: 'Ce point n’est pas bon.',
  indeterminate: 'Ce point n’a pas pu être vérifié pour le moment.',
  skipped: 'Rien à vérifier.',
};

/** The plain French sentence for a check's outcome. */
export function checkMessage(id: string, status: Status, code?: string): string {
  const byCode = code !== undefined && status !== 'passed' ? BY_CODE[code] : undefined;
  return byCode ?? BY_CHECK[id]?.[status] ?? FALLBACK[status];
}

/** The verdict in one sentence; a revoked badge says so first. */
export function summaryOf(result: VerifyResultKind, codes: readonly string[]): string {
  if (codes.includes('ob.status.revoked'))
    return 'Badge retiré par l’émetteur : il n’est plus valable.';
  if (codes.includes('ob.dates.expired')) return 'Badge expiré.';
  if (result === 'verified') return 'Badge authentique et valable.';
  if (result === 'not_verified') return 'Badge non valable.';
  return 'Vérification incomplète : certains points n’ont pas pu être vérifiés.';
}
