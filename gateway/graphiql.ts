import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const EXAMPLE = `# Panjare: Iran's e-government services catalogue, federated.
# Services with more than 20 inquiries, with their agency and owning project:
query HeavyServices {
  servicesByInquiryCount(moreThan: 20, first: 10) {
    totalCount
    edges {
      node {
        name { fa en }
        agency { name { fa } }
        inquiryCount
        project { number name { fa en } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

/**
 * GET /graphql from a browser shows GraphiQL. Its scripts, styles and workers are inlined
 * from the npm package, so the page works offline (Apollo's default page loads from a CDN).
 */
export function graphiqlLandingPage(): ApolloServerPlugin {
  const html = renderGraphiQL({ endpoint: '/graphql', title: 'Panjare GraphQL', defaultQuery: EXAMPLE });
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
