import type { ParticipantActor } from '../../auth/actor.js';
import type { Portfolio } from '@territoires/contracts';
import { iso } from '../../time/index.js';
import type { Services } from '../../services.js';
import { imagePath } from '../credentials.js';
import { awardViews, type AwardView } from '../repository.js';
import { myBackpack } from './service.js';

// The portfolio (issue 17): what I show at an interview, printable on one page. Only the badges I
// chose to share (a live link), accepted, not hidden; grouped by ROME job family (the "grand
// domaine", the code's letter), with the skills and themes they carry.

/** The ROME's job families (grands domaines professionnels), by the code's first letter. */
const ROME_FAMILIES: Record<string, string> = {
  A: 'Agriculture, pêche, espaces naturels et verts, soins aux animaux',
  B: 'Arts et façonnage d’ouvrages d’art',
  C: 'Banque, assurance, immobilier',
  D: 'Commerce, vente et grande distribution',
  E: 'Communication, média et multimédia',
  F: 'Construction, bâtiment et travaux publics',
  G: 'Hôtellerie, restauration, tourisme, loisirs et animation',
  H: 'Industrie',
  I: 'Installation et maintenance',
  J: 'Santé',
  K: 'Services à la personne et à la collectivité',
  L: 'Spectacle',
  M: 'Support à l’entreprise',
  N: 'Transport et logistique',
};

type Group = Portfolio['groups'][number];

function entryOf(view: AwardView, jobs: string[]): Group['badges'][number] {
  const { award, achievement, issuer } = view;
  return {
    awardId: award.id,
    name: achievement.name,
    issuerName: issuer.name,
    imageUrl: imagePath(issuer, achievement.imageKey),
    imageAlt: achievement.imageAlt,
    acceptedAt: iso(award.acceptedAt ?? award.offeredAt),
    jobs,
    skills: achievement.alignments.filter((a) => a.kind !== 'rome').map((a) => a.name),
  };
}

export async function myPortfolio(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
): Promise<Portfolio> {
  const shared = new Set(
    (await myBackpack(services, publicUrl, participant))
      .filter((e) => e.share !== null && e.award.status === 'accepted' && !e.hidden)
      .map((e) => e.award.id),
  );
  const views = (
    await awardViews(services.database.db, publicUrl, { participantId: participant.participantId })
  ).filter((view) => shared.has(view.award.id));
  const groups = new Map<string | null, Group['badges']>();
  const add = (family: string | null, badge: Group['badges'][number]) => {
    groups.set(family, [...(groups.get(family) ?? []), badge]);
  };
  for (const view of views) {
    const rome = view.achievement.alignments.filter((a) => a.kind === 'rome');
    const families = [...new Set(rome.map((a) => ROME_FAMILIES[a.code.charAt(0)] ?? null))];
    if (families.length === 0) add(null, entryOf(view, []));
    for (const family of families)
      add(
        family,
        entryOf(
          view,
          rome
            .filter((a) => (ROME_FAMILIES[a.code.charAt(0)] ?? null) === family)
            .map((a) => a.name),
        ),
      );
  }
  // Families in alphabetical order, the badges without a job last.
  const ordered = [...groups.entries()].sort(([a], [b]) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'fr'),
  );
  return { groups: ordered.map(([family, badges]) => ({ family, badges })) };
}
