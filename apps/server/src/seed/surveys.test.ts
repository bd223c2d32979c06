import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { participants } from '../db/schema.js';
import { surveyChanges, surveyResponses, surveys } from '../surveys/tables.js';
import { mySurveys } from '../surveys/index.js';
import { TEST_NOW, useTestApp } from '../test-support/app.js';
import { seedDemo } from './demo.js';
import { SURVEY_PERSONA } from './surveys.js';

const ctx = useTestApp();

describe('the demo surveys', () => {
  it(
    'has both surveys, answers, a published change, and the persona’s survey open',
    { timeout: 120_000 },
    async () => {
      await seedDemo(ctx.database, TEST_NOW, 30);
      const { db } = ctx.database;
      expect((await db.select().from(surveys)).map((s) => s.kind).sort()).toEqual([
        'satisfaction',
        'self_assessment',
      ]);
      const replies = await db.select().from(surveyResponses);
      expect(replies.some((r) => r.kind === 'satisfaction' && r.consent)).toBe(true);
      expect(replies.some((r) => r.kind === 'self_assessment')).toBe(true);
      expect(await db.$count(surveyChanges)).toBe(1);
      const [persona] = await db
        .select({ id: participants.id })
        .from(participants)
        .where(eq(participants.pseudonym, SURVEY_PERSONA));
      expect(persona).toBeDefined();
      const due = await mySurveys(ctx.services, {
        participantId: persona?.id ?? '',
        pseudonym: '',
      });
      expect(due[0]).toMatchObject({ kind: 'satisfaction', moment: 'session' });
    },
  );
});
