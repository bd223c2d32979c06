import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { Db } from '../../db/database.js';
import { activities, activitySessions, attendances } from '../../db/schema.js';
import { makeOrganisation, makeStaff } from '../../test-support/factories.js';

/**
 * An attendance of the participant at a session of an activity of a partner organisation (built
 * when not given), recorded by a partner staff member.
 */
export async function makeAttendance(
  db: Db,
  overrides: {
    participantId: string;
    organisationId?: string;
    sensitiveName?: boolean;
    title?: string;
    startsAt?: string;
  },
): Promise<{
  attendanceId: string;
  organisationId: string;
  organisationName: string;
  sessionId: string;
}> {
  const organisation = overrides.organisationId
    ? { id: overrides.organisationId, name: '' }
    : await makeOrganisation(db, { sensitiveName: overrides.sensitiveName ?? false });
  const facilitator = await makeStaff(db, {
    role: 'partner_staff',
    organisationId: organisation.id,
  });
  const [activity] = await db
    .insert(activities)
    .values({ organisationId: organisation.id, title: overrides.title ?? 'Atelier fablab' })
    .returning();
  if (!activity) throw new Error('no activity');
  const startsAt = overrides.startsAt ?? '2026-03-10T13:00:00.000Z';
  const [session] = await db
    .insert(activitySessions)
    .values({
      activityId: activity.id,
      startsAt,
      endsAt: new Date(new Date(startsAt).getTime() + 2 * 3600_000).toISOString(),
      capacity: 12,
      facilitatorId: facilitator.staffId,
    })
    .returning();
  if (!session) throw new Error('no session');
  const [attendance] = await db
    .insert(attendances)
    .values({
      sessionId: session.id,
      participantId: overrides.participantId,
      clientId: randomUUID(),
      method: 'list',
      recordedById: facilitator.staffId,
      recordedAt: startsAt,
    })
    .returning();
  if (!attendance) throw new Error('no attendance');
  return {
    attendanceId: attendance.id,
    organisationId: organisation.id,
    organisationName: organisation.name,
    sessionId: session.id,
  };
}

/** A small JPEG as a phone writes it: EXIF with camera make, GPS position and a 90° orientation. */
export const phoneJpeg = (width = 64, height = 48): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '49/1 11/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 21/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

export const png = (width = 32, height = 32): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#3a3' } })
    .png()
    .toBuffer();

/** A minimal well-formed PDF. */
export const pdf = (): Buffer =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
      'trailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );

/** A multipart/form-data body with one file in the field "file" (or another field name). */
export function multipart(
  bytes: Buffer,
  filename: string,
  contentType: string,
  field = 'file',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----tp${randomUUID().replace(/-/g, '')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
