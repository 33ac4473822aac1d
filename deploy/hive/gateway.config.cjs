// Hive Gateway (@graphql-hive/gateway 2.x) in front of Panjare's subgraphs, in place of our gateway: it serves the
// same schema/supergraph.graphql and reads the same settings (.env.example), so it is a drop-in for the public API.
//   npm run build
//   npx @graphql-hive/gateway@2.15.1 supergraph --config-path deploy/hive/gateway.config.cjs --port 4000
// The caller's identity and the subgraphs' signatures come from Panjare's own code (the built dist/), never a copy:
//  - a bearer token is verified, and its agency code resolved, by our gateway's authenticator (gateway/context.ts);
//  - every subgraph call is signed by lib/auth's signRequest, in onFetch, where the whole outgoing request is known
//    (method, URL, the exact body, target subgraph): the signature binds the caller to that one request, with the
//    target subgraph's own key (README, "Signed subgraph calls"); a call to a URL that is not one of ours goes unsigned;
//  - the request id (x-request-id, taken from the client or made) is forwarded by Hive itself (its requestId option).
// Hive's own operation limits stand in for gateway/limits.ts (depth and tokens; no cost budget, no rate limits).
// test/deploy/hive.test.ts runs the README's example queries through it and compares the answers with our gateway's.
const { readFileSync } = require('node:fs');
const { join, isAbsolute } = require('node:path');
const dist = join(__dirname, '..', '..', 'dist');
const { loadConfig } = require(join(dist, 'lib', 'config.js'));
const { createLogger } = require(join(dist, 'lib', 'logger.js'));
const { ROOT } = require(join(dist, 'lib', 'paths.js'));
const { IDEMPOTENCY_HEADER } = require(join(dist, 'lib', 'auth', 'identity.js'));
const { signRequest, subgraphKeys } = require(join(dist, 'lib', 'auth', 'request-signature.js'));
const { subgraphSecret } = require(join(dist, 'lib', 'auth', 'secrets.js'));
const { createGatewayAuth } = require(join(dist, 'gateway', 'context.js'));
const { configuredUrls, subgraphUrls, supergraphSubgraphs } = require(join(dist, 'gateway', 'subgraph-urls.js'));

const config = loadConfig();
const supergraphPath = isAbsolute(config.SUPERGRAPH_PATH) ? config.SUPERGRAPH_PATH : join(ROOT, config.SUPERGRAPH_PATH);
// Where each subgraph listens, found as our gateway finds it: the supergraph's URLs, over them SUBGRAPH_URLS and <NAME>_URL.
const urls = subgraphUrls(supergraphSubgraphs(readFileSync(supergraphPath, 'utf8')), configuredUrls(config));
const keys = subgraphKeys(subgraphSecret(config).secret);
/** Which subgraph each URL is: only our subgraphs' URLs get a signature, each with its subgraph's key. */
const subgraphAt = new Map(Object.entries(urls).map(([name, location]) => [location, name]));
const auth = createGatewayAuth(config, urls.catalogue, createLogger('hive-gateway', config.LOG_LEVEL, config.LOG_FORMAT));

/** Each client request's verified caller, made once when its context is built, read by each of its subgraph calls. */
const callers = new WeakMap();

/** The part of an Express request our authenticator reads, over a Fetch API request. */
const expressLike = (request) => ({
  headers: { authorization: request.headers.get('authorization') ?? undefined },
  get: (name) => request.headers.get(name) ?? undefined,
});

/** Our GraphQL error (UNAUTHENTICATED, 401…) as the response our gateway gives; anything else an opaque 500. */
function refusal(error, fetchAPI) {
  const known = typeof error?.extensions?.code === 'string';
  const body = { errors: [{ message: known ? error.message : 'Internal server error', extensions: { code: known ? error.extensions.code : 'INTERNAL_SERVER_ERROR' } }] };
  return new fetchAPI.Response(JSON.stringify(body), { status: error?.extensions?.http?.status ?? 500, headers: { 'content-type': 'application/json' } });
}

const panjareCaller = {
  async onRequest({ request, url, fetchAPI, endResponse }) {
    if (url.pathname !== '/graphql') return;
    try {
      callers.set(request, await auth.context(expressLike(request)));
    } catch (error) {
      // A bad or expired token: our UNAUTHENTICATED error with HTTP 401, as our gateway answers it.
      endResponse(refusal(error, fetchAPI));
    }
  },
  // Every input of a request signature is at hand here: the target URL, options.method and the body exactly as sent.
  onFetch({ context, url, options, setOptions }) {
    // Hive's own fetches (none with a static supergraph) have no client request: nothing to sign for.
    if (!context || !('request' in context)) return;
    const caller = callers.get(context.request);
    const subgraph = subgraphAt.get(url);
    const body = typeof options.body === 'string' || options.body instanceof Uint8Array ? options.body : undefined;
    // No verified caller, or not a JSON body to one of ours: the call goes unsigned, which the subgraphs refuse for a
    // mutation, and for anything when SUBGRAPH_SECRET is set.
    if (!caller || subgraph === undefined || body === undefined) return;
    const headers = { ...options.headers, ...(caller.idempotencyKey ? { [IDEMPOTENCY_HEADER]: caller.idempotencyKey } : {}) };
    const signed = signRequest(caller.identity, { subgraph, method: options.method ?? 'POST', url, headers, body }, keys(subgraph));
    setOptions({ ...options, headers: { ...headers, ...signed } });
  },
};

exports.gatewayConfig = {
  supergraph: supergraphPath,
  transportEntries: Object.fromEntries(Object.entries(urls).map(([name, location]) => [name, { location }])),
  upstreamTimeout: config.SUBGRAPH_TIMEOUT_MS,
  maxDepth: config.MAX_DEPTH,
  maxTokens: config.MAX_TOKENS,
  blockFieldSuggestions: config.NODE_ENV === 'production' && config.FIELD_SUGGESTIONS !== true,
  plugins: () => [panjareCaller],
};
