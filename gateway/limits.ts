import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../lib/config';
import { requestIdOf } from '../lib/http/request-id';
import type { GatewayContext } from './context';
import { costLimit } from './cost';

/**
 * The gateway's operation limits, all checked before any subgraph is called: tokens while
 * parsing (graphql-js), depth, aliases and directives while validating (GraphQL Armor), the
 * estimated cost once the operation and its variables are known (cost.ts), and batches before
 * Apollo sees the request. Each refusal has its own extensions.code.
 */
export interface OperationLimits {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<GatewayContext>[];
  allowBatchedHttpRequests: boolean;
  middleware: ((request: Request, response: Response, next: NextFunction) => void)[];
  refineErrorCode: (error: unknown) => string | undefined;
}

export function operationLimits(config: Config): OperationLimits {
  return {
    parseOptions: { maxTokens: config.MAX_TOKENS },
    validationRules: [
      maxDepthRule({ n: config.MAX_DEPTH, ...reject('DEPTH_LIMIT_EXCEEDED', `Query depth is limited to ${config.MAX_DEPTH}`) }),
      maxAliasesRule({ n: config.MAX_ALIASES, ...reject('ALIAS_LIMIT_EXCEEDED', `An operation may use at most ${config.MAX_ALIASES} aliases`) }),
      maxDirectivesRule({ n: config.MAX_DIRECTIVES, ...reject('DIRECTIVE_LIMIT_EXCEEDED', `An operation may use at most ${config.MAX_DIRECTIVES} directives`) }),
    ],
    plugins: [knownOperation(), costLimit(config.MAX_COST, config.COST_LIST_SIZE, config.MAX_PAGE_SIZE)],
    allowBatchedHttpRequests: config.MAX_BATCH > 0,
    middleware: [batchLimit(config.MAX_BATCH)],
    refineErrorCode: (error) => (tokenLimitHit(error) ? 'TOKEN_LIMIT_EXCEEDED' : undefined),
  };
}

/** Armor's rules report through these callbacks (instead of throwing out of graphql-js's validate). */
function reject(code: string, message: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        context?.reportError(new GraphQLError(found ? `${message}; this one has ${found}` : message, { extensions: { code } }));
      },
    ],
  };
}

/** graphql-js's own message (sic: "more that" in 16.x) when parse's maxTokens stops it; Apollo calls it GRAPHQL_PARSE_FAILED. */
function tokenLimitHit(error: unknown): boolean {
  return error instanceof GraphQLError && /Document contains more tha[nt] \d+ tokens/.test(error.message);
}

/** An operationName the document does not define: a client error (the gateway's executor would throw a 500). */
function knownOperation(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName ? `Unknown operation named "${request.operationName}"` : 'The document holds several operations: give operationName';
          throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        },
      };
    },
  };
}

/** A JSON array of operations: refused when batching is off, or when longer than `max`. */
function batchLimit(max: number) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (!Array.isArray(request.body) || (max > 0 && request.body.length <= max)) return next();
    const message = max === 0 ? 'Batched requests (a JSON array of operations) are not accepted: send one operation per request' : `A batch may hold at most ${max} operations`;
    response.status(400).json({ errors: [{ message, extensions: { code: 'BATCH_LIMIT_EXCEEDED', requestId: requestIdOf(response) } }] });
  };
}
