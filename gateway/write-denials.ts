import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../lib/logger';
import { logSecurityEvent } from '../lib/security-events';
import type { GatewayContext } from './context';

const DENIALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/**
 * Logs each mutation field refused with FORBIDDEN or UNAUTHENTICATED as a `write_denied` security event,
 * once, here at the gateway: it knows the verified caller, the client's address and the request id, and
 * sees the subgraphs' refusals as they go back to the client. (A refused token never gets this far: it is
 * logged as `token_refused` when the context is built.)
 */
export function writeDenials(logger: Logger): ApolloServerPlugin<GatewayContext> {
  const listener: Awaited<ReturnType<NonNullable<ApolloServerPlugin<GatewayContext>['requestDidStart']>>> = {
    async willSendResponse({ operation, response, contextValue }) {
      if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
      for (const error of response.body.singleResult.errors ?? []) {
        if (!DENIALS.has(String(error.extensions?.code))) continue;
        logSecurityEvent(logger, {
          event: 'write_denied',
          subject: contextValue.identity?.subject ?? null,
          agency: contextValue.identity?.agencyId ?? null,
          reason: error.message,
          requestId: contextValue.requestId ?? null,
          clientAddress: contextValue.clientAddress,
          field: typeof error.path?.[0] === 'string' ? error.path[0] : null,
        });
      }
    },
  };
  return { requestDidStart: async () => listener };
}
