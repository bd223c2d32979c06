import type { Actor } from '../auth/actor.js';
import { isCoordination } from '../auth/actor.js';
import { ForbiddenError } from '../errors/index.js';
import { readsIndicators } from '../indicators/policy.js';

/*
 * Surveys (issue 20): coordination writes the surveys and publishes what changed; whoever reads
 * the indicators dashboard reads the results, always as aggregates over distinct participants,
 * masked under 5 for everyone (coordination too): nobody on the staff side sees one person's answers,
 * and no route returns them. A participant answers only their own due surveys (their session).
 */

export const managesSurveys = (actor: Actor): boolean => isCoordination(actor);

export function requireSurveyManager(actor: Actor): void {
  if (!managesSurveys(actor)) throw new ForbiddenError();
}

export function requireResultsReader(actor: Actor): void {
  if (!readsIndicators(actor)) throw new ForbiddenError();
}

/** Answers are kept only with consent; a refusal keeps the reply (not offered again), no answer. */
export const keepsAnswers = (consent: boolean): boolean => consent;
