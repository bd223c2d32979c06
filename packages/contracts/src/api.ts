import type { z } from 'zod';
import type { RouteContract } from './route-contract.js';
import { SYSTEM_ERROR_CODES, systemRoutes } from './system.js';
import { AUTH_ERROR_CODES, authRoutes } from './auth.js';
import { organisationRoutes } from './organisations.js';
import {
  PARTICIPANT_ERROR_CODES,
  PARTICIPANT_TIMELINE_KINDS,
  participantRoutes,
} from './participants.js';
import { PATHWAY_ERROR_CODES, PATHWAY_TIMELINE_KINDS, pathwayRoutes } from './pathway.js';
import { timelineEventSchemaOf, timelineRoutesOf } from './timeline.js';
import { NOTE_TIMELINE_KINDS, noteRoutes } from './notes.js';
import { alertRoutes } from './alerts.js';
import { ACTIVITY_ERROR_CODES, ACTIVITY_TIMELINE_KINDS, activityRoutes } from './activities.js';
import {
  REGISTRATION_ERROR_CODES,
  REGISTRATION_TIMELINE_KINDS,
  registrationRoutes,
} from './registrations.js';
import {
  ATTENDANCE_ERROR_CODES,
  ATTENDANCE_TIMELINE_KINDS,
  attendanceRoutes,
} from './attendance.js';
import { CARD_ERROR_CODES, cardRoutes } from './cards.js';
import { calendarRoutes } from './calendar.js';
import {
  EXPERIENCE_ERROR_CODES,
  EXPERIENCE_TIMELINE_KINDS,
  experienceRoutes,
} from './experiences.js';
import {
  PARTICIPANT_SPACE_ERROR_CODES,
  PARTICIPANT_SPACE_TIMELINE_KINDS,
  participantSpaceRoutes,
} from './participant-space.js';
import { TRANSFER_ERROR_CODES, TRANSFER_TIMELINE_KINDS, transferRoutes } from './transfers.js';
import { BADGES_ERROR_CODES, BADGES_TIMELINE_KINDS, badgesRoutes } from './badges.js';
import { BADGE_DESIGNER_ERROR_CODES } from './badge-designer.js';
import { badgeDesignerRoutes } from './badge-designer-routes.js';
import { BADGE_CLAIM_ERROR_CODES, badgeClaimRoutes } from './badge-claims.js';
import {
  BADGE_PROPOSAL_ERROR_CODES,
  BADGE_PROPOSAL_TIMELINE_KINDS,
  badgeProposalRoutes,
} from './badge-proposals.js';
import { BADGE_JWT_ERROR_CODES, badgeJwtRoutes } from './badge-jwt.js';
import { BADGE_VERIFIER_ERROR_CODES, badgeVerifierRoutes } from './badge-verifier.js';
import { BADGE_BACKPACK_ERROR_CODES, badgeBackpackRoutes } from './badge-backpack.js';
import { BADGE_OBJECTIVE_ERROR_CODES, badgeObjectiveRoutes } from './badge-objectives.js';
import { BADGE_REISSUE_TIMELINE_KINDS, badgeNoticeRoutes } from './badge-notices.js';
import { ACCOUNTS_ERROR_CODES, ACCOUNTS_TIMELINE_KINDS, accountsRoutes } from './accounts.js';
import {
  ENDORSEMENTS_ERROR_CODES,
  ENDORSEMENTS_TIMELINE_KINDS,
  endorsementsRoutes,
} from './endorsements.js';
import {
  INDICATORS_ERROR_CODES,
  INDICATORS_TIMELINE_KINDS,
  indicatorsRoutes,
} from './indicators.js';
import { SURVEYS_ERROR_CODES, SURVEYS_TIMELINE_KINDS, surveysRoutes } from './surveys.js';

/*
 * The domain list. Each domain's file declares its routes, error codes and timeline kinds; this
 * file only spreads them, one domain per line in each list (spreads, so that every route name keeps
 * its literal type for the server's `route(app, options, 'name', …)` and the web's typed client).
 * A new domain: its file, an `export *` line and its spreads below.
 */
export * from './system.js';
export * from './auth.js';
export * from './organisations.js';
export * from './participants.js';
export * from './pathway.js';
export * from './timeline.js';
export * from './notes.js';
export * from './alerts.js';
export * from './activities.js';
export * from './registrations.js';
export * from './attendance.js';
export * from './cards.js';
export * from './calendar.js';
export * from './experiences.js';
export * from './participant-space.js';
export * from './transfers.js';
export * from './badges.js';
export * from './badge-designer.js';
export * from './badge-designer-routes.js';
export * from './badge-claims.js';
export * from './badge-proposals.js';
export * from './badge-jwt.js';
export * from './badge-verifier.js';
export * from './badge-backpack.js';
export * from './badge-objectives.js';
export * from './badge-notices.js';
export * from './accounts.js';
export * from './endorsements.js';
export * from './indicators.js';
export * from './surveys.js';

/**
 * The closed set of error codes the API returns. Each code is also an i18n key (`errors.<code>`)
 * in the web app's catalogue, so the UI never depends on message text.
 */
export const ERROR_CODES = [
  ...SYSTEM_ERROR_CODES,
  ...AUTH_ERROR_CODES,
  ...PARTICIPANT_ERROR_CODES,
  ...PATHWAY_ERROR_CODES,
  ...ACTIVITY_ERROR_CODES,
  ...REGISTRATION_ERROR_CODES,
  ...ATTENDANCE_ERROR_CODES,
  ...CARD_ERROR_CODES,
  ...EXPERIENCE_ERROR_CODES,
  ...PARTICIPANT_SPACE_ERROR_CODES,
  ...TRANSFER_ERROR_CODES,
  ...BADGES_ERROR_CODES,
  ...BADGE_DESIGNER_ERROR_CODES,
  ...BADGE_CLAIM_ERROR_CODES,
  ...BADGE_PROPOSAL_ERROR_CODES,
  ...BADGE_JWT_ERROR_CODES,
  ...BADGE_VERIFIER_ERROR_CODES,
  ...BADGE_BACKPACK_ERROR_CODES,
  ...BADGE_OBJECTIVE_ERROR_CODES,
  ...ACCOUNTS_ERROR_CODES,
  ...ENDORSEMENTS_ERROR_CODES,
  ...INDICATORS_ERROR_CODES,
  ...SURVEYS_ERROR_CODES,
] as const;

/** What a participant's timeline may show: every domain's events. */
export const TIMELINE_EVENT_KINDS = [
  ...PARTICIPANT_TIMELINE_KINDS,
  ...PATHWAY_TIMELINE_KINDS,
  ...NOTE_TIMELINE_KINDS,
  ...ACTIVITY_TIMELINE_KINDS,
  ...REGISTRATION_TIMELINE_KINDS,
  ...ATTENDANCE_TIMELINE_KINDS,
  ...EXPERIENCE_TIMELINE_KINDS,
  ...PARTICIPANT_SPACE_TIMELINE_KINDS,
  ...TRANSFER_TIMELINE_KINDS,
  ...BADGES_TIMELINE_KINDS,
  ...BADGE_PROPOSAL_TIMELINE_KINDS,
  ...BADGE_REISSUE_TIMELINE_KINDS,
  ...ACCOUNTS_TIMELINE_KINDS,
  ...ENDORSEMENTS_TIMELINE_KINDS,
  ...INDICATORS_TIMELINE_KINDS,
  ...SURVEYS_TIMELINE_KINDS,
] as const;

export const timelineEventSchema = timelineEventSchemaOf(TIMELINE_EVENT_KINDS);

/**
 * Every HTTP route of the API. The server registers these (validation), the OpenAPI document is
 * generated from them, and the web client derives its types from them.
 */
export const api = {
  ...systemRoutes,
  ...authRoutes,
  ...organisationRoutes,
  ...participantRoutes,
  ...pathwayRoutes,
  ...timelineRoutesOf(timelineEventSchema),
  ...noteRoutes,
  ...alertRoutes,
  ...activityRoutes,
  ...registrationRoutes,
  ...attendanceRoutes,
  ...cardRoutes,
  ...calendarRoutes,
  ...experienceRoutes,
  ...participantSpaceRoutes,
  ...transferRoutes,
  ...badgesRoutes,
  ...badgeDesignerRoutes,
  ...badgeClaimRoutes,
  ...badgeProposalRoutes,
  ...badgeJwtRoutes,
  ...badgeVerifierRoutes,
  ...badgeBackpackRoutes,
  ...badgeObjectiveRoutes,
  ...badgeNoticeRoutes,
  ...accountsRoutes,
  ...endorsementsRoutes,
  ...indicatorsRoutes,
  ...surveysRoutes,
} as const satisfies Record<string, RouteContract>;

export type { HttpMethod, RouteContract } from './route-contract.js';
export type ErrorCode = (typeof ERROR_CODES)[number];
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Api = typeof api;
export type RouteName = keyof Api;
type Out<T> = T extends z.ZodType ? z.infer<T> : never;
type In<T> = T extends z.ZodType ? z.input<T> : undefined;
export type ResponseOf<N extends RouteName> = Out<Api[N]['response']>;
export type BodyOf<N extends RouteName> = Api[N] extends { body: infer B } ? In<B> : undefined;
export type QueryOf<N extends RouteName> = Api[N] extends { query: infer Q } ? In<Q> : undefined;
export type ParamsOf<N extends RouteName> = Api[N] extends { params: infer P } ? In<P> : undefined;
