import type { SurveyResultCell, SurveyResults } from '@territoires/contracts';
import { and, eq, gte, lt } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { activities, activitySessions } from '../db/tables/activities.js';
import { organisations } from '../db/tables/core.js';
import { suppressColumn } from '../indicators/index.js';
import type { Services } from '../services.js';
import { addDays, parisToUtc } from '../time/index.js';
import { requireResultsReader } from './policy.js';
import { surveyAnswers, surveyQuestions, surveyResponses } from './tables.js';

/*
 * The results as aggregates only: each cell is a mean on the 1–4 scale over distinct participants
 * (a participant's own answers averaged first, so that someone who answers often weighs as one),
 * and a cell of fewer than 5 people is masked (indicators' small-cell suppression), for every viewer.
 */

type Values = Map<string, number[]>;

const add = (cells: Map<string, Values>, key: string, who: string, value: number) => {
  const cell = cells.get(key) ?? new Map<string, number[]>();
  cell.set(who, [...(cell.get(who) ?? []), value]);
  cells.set(key, cell);
};

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x: number) => Math.round(x * 100) / 100;

/** Cells of one breakdown, masked together. */
function masked(keys: string[], cells: Map<string, Values>): SurveyResultCell[] {
  const people = keys.map((k) => cells.get(k)?.size ?? 0);
  const shown = suppressColumn(people, null);
  return keys.map((k, i) => {
    const values = cells.get(k);
    if (shown[i] === null || !values || values.size === 0)
      return { people: shown[i] ?? null, mean: null };
    return { people: values.size, mean: round(mean([...values.values()].map(mean))) };
  });
}

async function answerRows(services: Services, from: string, to: string) {
  const since = parisToUtc(from, '00:00').toISOString();
  const until = parisToUtc(addDays(to, 1), '00:00').toISOString();
  return services.database.db
    .select({
      participantId: surveyResponses.participantId,
      kind: surveyResponses.kind,
      moment: surveyResponses.moment,
      questionId: surveyAnswers.questionId,
      value: surveyAnswers.value,
      activityKind: activities.kind,
      organisationId: organisations.id,
      organisationName: organisations.name,
    })
    .from(surveyResponses)
    .innerJoin(surveyAnswers, eq(surveyAnswers.responseId, surveyResponses.id))
    .leftJoin(activitySessions, eq(activitySessions.id, surveyResponses.sessionId))
    .leftJoin(activities, eq(activities.id, activitySessions.activityId))
    .leftJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(
      and(
        eq(surveyResponses.consent, true),
        gte(surveyResponses.answeredAt, since),
        lt(surveyResponses.answeredAt, until),
      ),
    );
}

export async function surveyResults(
  services: Services,
  actor: Actor,
  query: { from: string; to: string },
): Promise<SurveyResults> {
  requireResultsReader(actor);
  const rows = await answerRows(services, query.from, query.to);
  const byKind = new Map<string, Values>();
  const byPartner = new Map<string, Values>();
  const partners = new Map<string, string>();
  const self = new Map<string, Values>();
  for (const r of rows) {
    if (r.kind === 'satisfaction') {
      if (r.activityKind) add(byKind, r.activityKind, r.participantId, r.value);
      if (r.organisationId) {
        add(byPartner, r.organisationId, r.participantId, r.value);
        partners.set(r.organisationId, r.organisationName ?? '');
      }
    } else add(self, `${r.questionId}|${r.moment}`, r.participantId, r.value);
  }
  const kinds = [...byKind.keys()].sort();
  const orgs = [...partners.entries()].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
  const questions = await services.database.db
    .select()
    .from(surveyQuestions)
    .orderBy(surveyQuestions.position);
  const asked = questions.filter((q) => [...self.keys()].some((k) => k.startsWith(`${q.id}|`)));
  const moments = ['entry', 'midway', 'exit'] as const;
  const selfCells = moments.map((m) =>
    masked(
      asked.map((q) => `${q.id}|${m}`),
      self,
    ),
  );
  return {
    satisfactionByKind: masked(kinds, byKind).map((c, i) => ({
      ...c,
      kind: kinds[i] as SurveyResults['satisfactionByKind'][number]['kind'],
    })),
    satisfactionByPartner: masked(
      orgs.map(([id]) => id),
      byPartner,
    ).map((c, i) => ({ ...c, organisationId: orgs[i]?.[0] ?? '', name: orgs[i]?.[1] ?? '' })),
    selfAssessment: asked.map((q, i) => ({
      questionId: q.id,
      textFr: q.textFr,
      textEn: q.textEn,
      entry: selfCells[0]?.[i] ?? { people: null, mean: null },
      midway: selfCells[1]?.[i] ?? { people: null, mean: null },
      exit: selfCells[2]?.[i] ?? { people: null, mean: null },
    })),
  };
}
