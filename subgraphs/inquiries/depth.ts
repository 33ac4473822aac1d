import { badInput } from '../common/errors';

/** How far down the inquiry chains a question may look; also the depth provider_reach is computed to. */
export const MAX_DEPTH = 10;

/** Validates a `maxDepth` argument: an integer 1..MAX_DEPTH, else BAD_USER_INPUT saying so. */
export function readMaxDepth(maxDepth: number | null | undefined): number {
  const depth = maxDepth ?? 5;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw badInput(`\`maxDepth\` must be between 1 and ${MAX_DEPTH} (got ${depth})`, 'maxDepth');
  }
  return depth;
}
