import { describe, expect, it } from 'vitest';
import { parseIcs } from '../test-support/ics.js';
import { escapeText, foldLine, writeCalendar } from './ics.js';

describe('ICS writer', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without cutting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('writes events that read back the same, in UTC', () => {
    const text = writeCalendar(
      'Agenda — Mésange',
      [
        {
          uid: 's1@territoires-partages',
          start: new Date('2026-03-17T13:30:00Z'),
          end: new Date('2026-03-17T15:30:00Z'),
          summary: 'Atelier fablab: découpe laser, impression 3D; niveau 1',
          location:
            'Fablab du Chemin Vert, 12 rue des Ateliers, 14000 Caen — entrée par la cour, 1er étage',
        },
        {
          uid: 's2@territoires-partages',
          start: new Date('2026-03-18T08:00:00Z'),
          end: new Date('2026-03-18T10:00:00Z'),
          summary: 'Jardin',
          cancelled: true,
        },
      ],
      new Date('2026-03-15T10:00:00Z'),
    );
    const { calendar, events } = parseIcs(text);
    expect(calendar).toMatchObject({ VERSION: '2.0', 'X-WR-CALNAME': 'Agenda — Mésange' });
    expect(events).toEqual([
      {
        UID: 's1@territoires-partages',
        DTSTAMP: '20260315T100000Z',
        DTSTART: '20260317T133000Z',
        DTEND: '20260317T153000Z',
        SUMMARY: 'Atelier fablab: découpe laser, impression 3D; niveau 1',
        LOCATION:
          'Fablab du Chemin Vert, 12 rue des Ateliers, 14000 Caen — entrée par la cour, 1er étage',
        STATUS: 'CONFIRMED',
      },
      {
        UID: 's2@territoires-partages',
        DTSTAMP: '20260315T100000Z',
        DTSTART: '20260318T080000Z',
        DTEND: '20260318T100000Z',
        SUMMARY: 'Jardin',
        STATUS: 'CANCELLED',
      },
    ]);
  });
});
