import type { BusiestServicesQuery, BusiestServicesQueryVariables, ProjectProgressQuery, ProjectProgressQueryVariables } from './generated/graphql';

/** The operations' text, as in operations/*.graphql (a bundler could import them; here they are read at start). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const operations = readFileSync(join(__dirname, '..', 'operations', 'catalogue.graphql'), 'utf8');

export class GraphQLRequestError extends Error {
  constructor(readonly errors: { message: string; extensions?: { code?: string } }[]) {
    super(errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
  }
}

/** POSTs one named operation of operations/ to the gateway; the result type is the generated one. */
async function request<Data, Variables>(url: string, operationName: string, variables: Variables): Promise<Data> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operations, operationName, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  if (!body.data) throw new Error(`no data (HTTP ${response.status})`);
  return body.data;
}

export const busiestServices = (url: string, variables: BusiestServicesQueryVariables) =>
  request<BusiestServicesQuery, BusiestServicesQueryVariables>(url, 'BusiestServices', variables);

export const projectProgress = (url: string, variables: ProjectProgressQueryVariables) =>
  request<ProjectProgressQuery, ProjectProgressQueryVariables>(url, 'ProjectProgress', variables);
