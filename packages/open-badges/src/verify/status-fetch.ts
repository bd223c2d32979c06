import type { CheckCode } from './codes.js';
import { Unreachable, errorText } from './proof-common.js';
import type { ResolvedOptions } from './types.js';

/** A status entry or list that is checked and wrong. */
export class StatusProblem extends Error {
  override readonly name = 'StatusProblem';
  readonly code: CheckCode;
  constructor(code: CheckCode, message: string) {
    super(message);
    this.code = code;
  }
}

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

/** GETs a status document through fetchJson; Unreachable when fetching is not allowed or fails. */
export async function fetchStatusDocument(
  url: unknown,
  options: ResolvedOptions,
): Promise<Record<string, unknown>> {
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url))
    throw new StatusProblem('ob.status.invalid', `Status URL ${String(url)} is not http(s)`);
  if (!options.fetchJson)
    throw new Unreachable(`Fetching the status list ${url} is not allowed: the status is unknown`);
  let document: unknown;
  try {
    document = await options.fetchJson(url);
  } catch (error) {
    throw new Unreachable(`The status list ${url} could not be fetched: ${errorText(error)}`);
  }
  const record = asRecord(document);
  if (!record) throw new StatusProblem('ob.status.list_invalid', `${url} is not a JSON object`);
  return record;
}
