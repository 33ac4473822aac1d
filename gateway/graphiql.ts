import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { readExampleOperations, type ExampleOperation } from './example-operations';

const TOKEN_NOTE = `# Reads need no token. Writes need a bearer token of an agency's editor (or an admin): mint a local one with
#   npm run token -- --agency AG-026 --role editor --ttl 1h
# and put it in the Headers pane below as {"authorization": "Bearer <token>"}.
`;

/** One tab per example, the writes with the header they need (its token left for the user to paste). */
function tabsOf(examples: ExampleOperation[]) {
  return examples.map((example) => ({
    query: example.mutation ? `${TOKEN_NOTE}${example.source}` : example.source,
    variables: JSON.stringify(example.variables, null, 2),
    headers: example.mutation ? JSON.stringify({ authorization: 'Bearer <paste a token here>' }, null, 2) : null,
  }));
}

/**
 * GET /graphql from a browser shows GraphiQL, opened on the users' example operations (a tab each) with a note on
 * where a token goes. Its scripts, styles and workers are inlined from the npm package, so the page works offline
 * (Apollo's default page loads from a CDN).
 */
export function graphiqlLandingPage(examples = readExampleOperations()): ApolloServerPlugin {
  const tabs = tabsOf(examples);
  const html = renderGraphiQL({
    endpoint: '/graphql',
    title: 'Panjare GraphQL',
    defaultQuery: tabs[0]?.query ?? TOKEN_NOTE,
    defaultTabs: tabs.length > 0 ? tabs : undefined,
  });
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
