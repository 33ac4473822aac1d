import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { lexicographicSortSchema, parse, printSchema } from 'graphql';
import { SCHEMA_DIR } from '../lib/paths';
import { localUrl, SUBGRAPHS, subgraphSdl } from '../lib/subgraphs';

export const SUPERGRAPH_FILE = join(SCHEMA_DIR, 'supergraph.graphql');
export const API_SCHEMA_FILE = join(SCHEMA_DIR, 'api.graphql');

/** Composes schema/<name>.graphql into the supergraph and its public API schema. */
export function composeSupergraph(): { supergraphSdl: string; apiSdl: string } {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({ name, url: localUrl(port), typeDefs: parse(subgraphSdl(name)) })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  const api = result.schema.toAPISchema().toGraphQLJSSchema();
  return {
    supergraphSdl: result.supergraphSdl + '\n',
    apiSdl: printSchema(lexicographicSortSchema(api)) + '\n',
  };
}
