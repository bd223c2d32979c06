import type zxcvbnCore from '@zxcvbn-ts/core';

/*
 * Password strength by estimation, not composition rules (NIST SP 800-63B): zxcvbn-ts with its common
 * passwords list and its French dictionaries (words, first and last names, Wikipedia) estimates how
 * many guesses a password takes; below score 3 (about 10^8 guesses) it is refused with the
 * estimator's advice, in French. The dictionaries weigh several megabytes: they stay on the server.
 */

/** The lowest accepted score (0 to 4). */
export const MIN_SCORE = 3;

export interface Strength {
  ok: boolean;
  score: number;
  /** The estimator's warning and suggestions, in French; empty when the password is accepted. */
  advice: string[];
}

type Factory = InstanceType<typeof zxcvbnCore.ZxcvbnFactory>;
let factory: Factory | undefined;

/**
 * Imported and built on first use: the dictionaries are megabytes of JavaScript that neither the
 * server's start nor a process that never checks a password need parse.
 */
async function estimator(): Promise<Factory> {
  if (factory) return factory;
  const [core, common, fr] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-fr'),
  ]);
  factory = new core.default.ZxcvbnFactory({
    dictionary: { ...common.default.dictionary, ...fr.default.dictionary },
    graphs: common.default.adjacencyGraphs,
    translations: fr.default.translations,
  });
  return factory;
}

/** Words of the person's own (e-mail, name) count as guessable. */
function ownWords(inputs: readonly string[]): string[] {
  return inputs
    .flatMap((input) => input.toLowerCase().split(/[^a-z0-9à-ÿ]+/))
    .filter((word) => word.length >= 3);
}

export async function passwordStrength(
  password: string,
  inputs: readonly string[] = [],
): Promise<Strength> {
  const result = (await estimator()).check(password, ownWords(inputs));
  const ok = result.score >= MIN_SCORE;
  if (ok) return { ok, score: result.score, advice: [] };
  const { warning, suggestions } = result.feedback;
  const advice = [...(warning ? [warning] : []), ...suggestions];
  return {
    ok,
    score: result.score,
    advice: advice.length > 0 ? advice : ['Ajoutez un ou deux mots peu courants.'],
  };
}
