import { fetchFailure } from './errors';
import { keyOf } from './keys';
import { copyOf } from './transport';
import { bodyOf, type Stage, type SubgraphAnswer, type SubgraphRequest } from './types';

interface Waiter {
  resolve: (answer: SubgraphAnswer) => void;
  reject: (error: unknown) => void;
}

interface Flight {
  waiters: Set<Waiter>;
  /** Cuts the shared fetch off once every caller waiting for it has gone (each at its own deadline). */
  abandon: AbortController;
}

/**
 * In-flight deduplication of subgraph reads: while a fetch is on its way, an identical one (same
 * caller, same body, before it is signed) waits for its answer instead of asking again. Under load
 * many clients ask the same page at once (a dashboard, the heavy-services list); each waiting caller
 * gets its own copy of the answer, made before any of them sees it. Mutations never share. Nothing
 * is kept once the answer is in: this is not a cache.
 */
export function dedupe(): Stage {
  return (next) => {
    const inFlight = new Map<string, Flight>();
    return (request) => {
      if (!request.read) return next(request);
      if (request.signal?.aborted) return Promise.reject(fetchFailure('DEADLINE_EXCEEDED', request.subgraph));
      const key = keyOf(JSON.stringify(request.context.identity), bodyOf(request));
      let flight = inFlight.get(key);
      if (!flight) {
        const started: Flight = { waiters: new Set(), abandon: new AbortController() };
        inFlight.set(key, (flight = started));
        next({ ...request, signal: started.abandon.signal }).then(
          (answer) => {
            inFlight.delete(key);
            const [first, ...others] = started.waiters;
            const copies = others.map(() => copyOf(answer));
            first?.resolve(answer);
            others.forEach((waiter, index) => waiter.resolve(copies[index]!));
          },
          (error) => {
            inFlight.delete(key);
            for (const waiter of started.waiters) waiter.reject(error);
          },
        );
      }
      return wait(flight, request, () => {
        if (inFlight.get(key) === flight) inFlight.delete(key);
      });
    };
  };
}

/** A caller's wait for a shared fetch, given up at its own deadline; the last caller to give up cuts the fetch off. */
function wait(flight: Flight, request: SubgraphRequest, forget: () => void): Promise<SubgraphAnswer> {
  const { signal, subgraph } = request;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      flight.waiters.delete(waiter);
      reject(fetchFailure('DEADLINE_EXCEEDED', subgraph));
      if (flight.waiters.size === 0) abandon(flight, forget);
    };
    const waiter: Waiter = {
      resolve: (answer) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(answer);
      },
      reject: (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    };
    flight.waiters.add(waiter);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abandon(flight: Flight, forget: () => void): void {
  forget();
  flight.abandon.abort();
}
