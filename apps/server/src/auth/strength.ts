import zxcvbnCore from '@zxcvbn-ts/core';
import zxcvbnCommon from '@zxcvbn-ts/language-common';
import zxcvbnFr from '@zxcvbn-ts/language-fr';

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

/** Built on first use: loading the dictionaries takes a moment the server's start need not pay. */
function estimator(): Factory {
  factory ??= new zxcvbnCore.ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnFr.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnFr.translations,
  });
  return factory;
}

/** Words of the person's own (e-mail, name) count as guessable. */
function ownWords(inputs: readonly string[]): string[] {
  return inputs
    .flatMap((input) => input.toLowerCase().split(/[^a-z0-9à-ÿ]+/))
    .filter((word) => word.length >= 3);
}

export function passwordStrength(password: string, inputs: readonly string[] = []): Strength {
  const result = estimator().check(password, ownWords(inputs));
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
