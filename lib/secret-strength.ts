import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * Whether a secret is good enough for production. A secret is refused when it is a known placeholder
 * (a value shipped in this repository's examples or manifests, or a value with a placeholder word in
 * it), or when zxcvbn-ts (the maintained TypeScript port of Dropbox's estimator: dictionaries, keyboard
 * walks, sequences, repeats) estimates fewer than 10^24 guesses (≈ 80 bits) to find it. Random secrets
 * (`openssl rand -base64 32`, or 16 random bytes as hex) pass with a margin; a phrase, a keyboard walk,
 * a repeated or sequential string does not.
 */
export const PLACEHOLDER_SECRETS: readonly string[] = [
  'change-me-to-at-least-32-random-characters',
  'change-me-to-another-32-random-characters',
  'at-least-32-characters-of-random-secret',
  'another-32-characters-of-random-secret',
];

/** Words that mark a value as one to be replaced, wherever they appear in it (case-insensitive). */
export const PLACEHOLDER_WORDS: readonly string[] = ['changeme', 'change-me', 'change_me', 'replace', 'placeholder', 'example', 'random-characters', 'random-secret', 'your-secret', 'secret-here', 'dummy'];

export const MIN_GUESSES_LOG10 = 24;

export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  return PLACEHOLDER_SECRETS.includes(value) || PLACEHOLDER_WORDS.some((word) => lower.includes(word));
}

let estimator: ZxcvbnFactory | undefined;

/** Why `value` is too weak to be a production secret, or undefined when it is fit. */
export function secretWeakness(value: string): string | undefined {
  if (isPlaceholder(value)) return 'is a placeholder value; set a random secret (e.g. `openssl rand -base64 32`)';
  const { guessesLog10 } = estimate(value);
  if (guessesLog10 < MIN_GUESSES_LOG10) {
    return `is too easy to guess (about 10^${Math.floor(guessesLog10)} guesses, at least 10^${MIN_GUESSES_LOG10} needed); set a random secret (e.g. \`openssl rand -base64 32\`)`;
  }
  return undefined;
}

function estimate(value: string) {
  if (!estimator) {
    // Loaded on first use: the dictionaries weigh about 2 MB and only production start-up needs them.
    const { ZxcvbnFactory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    const { adjacencyGraphs, dictionary } = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    estimator = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  }
  return estimator.check(value);
}
