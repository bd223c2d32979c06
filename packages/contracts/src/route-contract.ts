import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteContract {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  /** Public routes need no session; every other route needs one, and writes need the CSRF token. */
  public?: boolean;
  /** Routes of the participant space take a participant's session instead of a staff member's. */
  audience?: 'participant';
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  status?: 200 | 201;
}
