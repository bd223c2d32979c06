import type { FastifyReply } from 'fastify';
import type { ParticipantActor } from '../../auth/actor.js';
import { ConflictError, NotFoundError } from '../../errors/index.js';
import type { Services } from '../../services.js';
import { mayDownload, requireOwnAward } from '../policy.js';
import { awardViews } from '../repository.js';
import { endorsedView } from '../endorsements/index.js';
import { allBadgesZip, badgeFile } from './files.js';

// The earner's downloads: one badge in one form, or all of them. After an exit too: the backpack
// is the person's, whatever became of their pathway. Accepted endorsements travel inside the files.

const attachment = (reply: FastifyReply, type: string, fileName: string) =>
  reply
    .type(type)
    .header('cache-control', 'private, no-store')
    .header('content-disposition', `attachment; filename="${fileName}"`);

export async function myAwardFile(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
  awardId: string,
  format: 'png' | 'svg' | 'json' | 'jwt',
  reply: FastifyReply,
): Promise<Buffer> {
  const [view] = await awardViews(services.database.db, publicUrl, { awardIds: [awardId] });
  if (!view) throw new NotFoundError('Award');
  requireOwnAward(participant.participantId, view.award);
  if (!mayDownload(view.award))
    throw new ConflictError('badges.not_signed', 'Only an accepted badge is signed.');
  const file = await badgeFile(services, await endorsedView(services, view), format);
  attachment(reply, file.type, file.fileName);
  return Buffer.from(file.bytes);
}

export async function myBadgesZip(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
  reply: FastifyReply,
): Promise<Buffer> {
  const views = await awardViews(services.database.db, publicUrl, {
    participantId: participant.participantId,
  });
  const kept = views.filter((view) => mayDownload(view.award) && view.award.hiddenAt === null);
  const endorsed = await Promise.all(kept.map((view) => endorsedView(services, view)));
  const zip = await allBadgesZip(services, endorsed);
  attachment(reply, 'application/zip', 'mes-badges.zip');
  return Buffer.from(zip);
}
