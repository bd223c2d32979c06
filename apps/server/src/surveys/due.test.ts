import { describe, expect, it } from 'vitest';
import { dueMoments, plusMonths, type DueFacts } from './due.js';

const NOW = new Date('2026-03-15T10:00:00.000Z');
const TODAY = '2026-03-15';
const facts = (over: Partial<DueFacts> = {}): DueFacts => ({
  firstSignedOn: null,
  exitOn: null,
  attended: [],
  replied: new Set(),
  ...over,
});
const moments = (f: DueFacts) => dueMoments(f, NOW, TODAY).map((d) => d.moment);

describe('dueMoments', () => {
  it('nothing before a contract, entry once signed, midway 7 months after, exit once recorded', () => {
    expect(moments(facts())).toEqual([]);
    expect(moments(facts({ firstSignedOn: '2026-03-15' }))).toEqual(['entry']);
    expect(moments(facts({ firstSignedOn: '2025-08-16' }))).toEqual(['entry']);
    expect(moments(facts({ firstSignedOn: '2025-08-15' }))).toEqual(['midway']);
    expect(moments(facts({ firstSignedOn: '2025-01-01', exitOn: '2026-03-01' }))).toEqual(['exit']);
    expect(moments(facts({ firstSignedOn: '2026-04-01' }))).toEqual([]);
  });

  it('a reply, with consent or not, closes its moment', () => {
    expect(moments(facts({ firstSignedOn: '2026-03-01', replied: new Set(['entry']) }))).toEqual(
      [],
    );
  });

  it('satisfaction for sessions attended in the last 7 days, newest first, not answered yet', () => {
    const attended = [
      { sessionId: 'a', startsAt: '2026-03-14T09:00:00.000Z', activityName: 'Fablab' },
      { sessionId: 'b', startsAt: '2026-03-10T09:00:00.000Z', activityName: 'Vélo' },
      { sessionId: 'c', startsAt: '2026-03-08T09:00:00.000Z', activityName: 'Trop vieux' },
      { sessionId: 'd', startsAt: '2026-03-15T11:00:00.000Z', activityName: 'À venir' },
      { sessionId: 'e', startsAt: '2026-03-13T09:00:00.000Z', activityName: 'Déjà dit' },
    ];
    const due = dueMoments(facts({ attended, replied: new Set(['session:e']) }), NOW, TODAY);
    expect(due.map((d) => d.sessionId)).toEqual(['a', 'b']);
    expect(due[0]).toMatchObject({
      kind: 'satisfaction',
      moment: 'session',
      activityName: 'Fablab',
    });
  });

  it('plusMonths keeps the day or takes the month’s last', () => {
    expect(plusMonths('2025-07-31', 7)).toBe('2026-02-28');
    expect(plusMonths('2025-03-15', 7)).toBe('2025-10-15');
  });
});
