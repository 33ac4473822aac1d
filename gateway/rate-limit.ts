import type { ApolloServerPlugin } from '@apollo/server';
import { createClient } from '@redis/client';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../lib/config';
import type { Logger } from '../lib/logger';
import { logSecurityEvent } from '../lib/security-events';
import type { GatewayContext } from './context';

/** What a caller is told of its budget after each operation, as GitHub's `rateLimit { cost remaining resetAt }`. */
export interface RateLimitState {
  cost: number;
  limit: number;
  remaining: number;
  resetAt: string;
}

export interface RateLimits {
  plugins: ApolloServerPlugin<GatewayContext>[];
  stop(): Promise<void>;
}

const REDIS_CONNECT_WAIT_MS = 2000;

interface Budget {
  name: 'reads' | 'writes';
  limit: number;
  limiter: RateLimiterAbstract;
}

/**
 * Rate limits by cost: each operation spends its estimated cost (at least 1 point) from its caller's
 * budget for the window, reads and writes from two budgets. The caller is the token's subject, or
 * the client's address for an anonymous request. Counters live in Redis when REDIS_URL is set, so
 * every replica spends from the same budget (each replica's memory stands in while Redis is down,
 * so the limit still holds per replica), else in this process's memory.
 */
export async function rateLimits(config: Config, logger: Logger): Promise<RateLimits> {
  const redis = config.REDIS_URL ? createClient({ url: config.REDIS_URL }) : undefined;
  if (redis) {
    redis.on('error', (error: unknown) => logger.warn({ err: error }, 'Redis rate-limit store error'));
    // Started with its store where it can be: a Redis that does not answer in time leaves each replica counting alone meanwhile.
    const connected = redis.connect().then(() => true, () => false);
    const timer = new Promise<boolean>((resolve) => setTimeout(resolve, REDIS_CONNECT_WAIT_MS, false).unref());
    if (!(await Promise.race([connected, timer]))) logger.warn('Redis not reached: rate limits are counted per replica until it is');
  }
  const budget = (name: Budget['name'], points: number): Budget | undefined => {
    if (points === 0) return undefined;
    const options = { points, duration: config.RATE_LIMIT_WINDOW_S, keyPrefix: `${config.REDIS_KEY_PREFIX}:rate:${name}` };
    const memory = new RateLimiterMemory(options);
    const limiter = redis ? new RateLimiterRedis({ ...options, storeClient: redis, useRedisPackage: true, rejectIfRedisNotReady: true, insuranceLimiter: memory }) : memory;
    return { name, limit: points, limiter };
  };
  const reads = budget('reads', config.RATE_LIMIT_POINTS);
  const writes = budget('writes', config.RATE_LIMIT_WRITE_POINTS);
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      let state: RateLimitState | undefined;
      let retryAfter: number | undefined;
      return {
        async didResolveOperation({ operation, contextValue }) {
          const spent = operation?.operation === 'mutation' ? writes : reads;
          if (!spent) return;
          const cost = Math.max(1, Math.ceil(contextValue.cost ?? 1));
          const caller = callerOf(contextValue);
          let answer: RateLimiterRes;
          try {
            answer = await spent.limiter.consume(caller, cost);
          } catch (refusal) {
            if (!(refusal instanceof RateLimiterRes)) throw unavailable(refusal, logger);
            state = stateOf(spent, cost, refusal);
            // The refusal that crossed the limit is logged; the rest of the window's refusals (a flood) are not.
            if (refusal.consumedPoints - cost <= spent.limit) logRefusal(logger, contextValue, spent, state);
            retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
            throw rateLimited(spent, state, retryAfter);
          }
          state = stateOf(spent, cost, answer);
        },
        async willSendResponse({ response }) {
          if (!state) return;
          const headers = response.http.headers;
          headers.set('x-ratelimit-limit', String(state.limit));
          headers.set('x-ratelimit-remaining', String(state.remaining));
          headers.set('x-ratelimit-cost', String(state.cost));
          headers.set('x-ratelimit-reset', String(Math.ceil(Date.parse(state.resetAt) / 1000)));
          if (retryAfter !== undefined) headers.set('retry-after', String(retryAfter));
          if (response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, rateLimit: state };
          }
        },
      };
    },
  };
  return {
    plugins: reads || writes ? [plugin] : [],
    stop: async () => {
      if (redis?.isOpen) await redis.close();
    },
  };
}

/** Whose budget an operation spends: its verified token's subject, else (anonymous) its client's address. */
export function callerOf(context: GatewayContext): string {
  return context.identity ? `subject:${context.identity.subject}` : `address:${context.clientAddress ?? 'unknown'}`;
}

function stateOf(budget: Budget, cost: number, answer: RateLimiterRes): RateLimitState {
  return { cost, limit: budget.limit, remaining: Math.max(0, answer.remainingPoints), resetAt: new Date(Date.now() + answer.msBeforeNext).toISOString() };
}

function rateLimited(budget: Budget, state: RateLimitState, retryAfter: number): GraphQLError {
  return new GraphQLError(`Rate limit of ${budget.limit} cost points per window for ${budget.name} reached: retry after ${retryAfter} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfter, rateLimit: state, http: { status: 429 } },
  });
}

function logRefusal(logger: Logger, context: GatewayContext, budget: Budget, state: RateLimitState): void {
  logSecurityEvent(logger, {
    event: 'rate_limited',
    subject: context.identity?.subject ?? null,
    agency: context.identity?.agencyId ?? null,
    reason: `over the ${budget.name} budget of ${budget.limit} points until ${state.resetAt}`,
    requestId: context.requestId ?? null,
    clientAddress: context.clientAddress,
    cost: state.cost,
  });
}

/** The store failed and nothing stood in for it: refused (a limit that cannot be checked fails closed). */
function unavailable(error: unknown, logger: Logger): GraphQLError {
  logger.warn({ err: error }, 'rate limit could not be checked');
  return new GraphQLError('The rate limit could not be checked: retry shortly', { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
}
