import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, parse } from 'graphql';

/** safelist/manifest.json, written by `npm run safelist` from safelist/operations/*.graphql. */
export interface SafelistManifest {
  format: 'panjare-safelist';
  version: 1;
  operations: { id: string; name: string; body: string }[];
}

export function operationId(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/** One entry per .graphql file of `dir`, in file-name order. */
export function buildManifest(dir: string): SafelistManifest {
  const files = readdirSync(dir).filter((file) => file.endsWith('.graphql')).sort();
  const operations = files.map((file) => {
    const body = readFileSync(join(dir, file), 'utf8').trim();
    try {
      parse(body);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    return { id: operationId(body), name: basename(file, '.graphql'), body };
  });
  return { format: 'panjare-safelist', version: 1, operations };
}

export function readManifest(path: string): Map<string, string> {
  let manifest: SafelistManifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as SafelistManifest;
  } catch (error) {
    throw new Error(`PERSISTED_QUERIES=safelist needs the manifest ${path} (npm run safelist writes it): ${(error as Error).message}`);
  }
  if (manifest.format !== 'panjare-safelist' || !Array.isArray(manifest.operations)) throw new Error(`${path} is not a safelist manifest`);
  const operations = new Map<string, string>();
  for (const { id, body } of manifest.operations) {
    if (operationId(body) !== id) throw new Error(`${path}: the id of an operation is not the SHA-256 of its body; regenerate with npm run safelist`);
    operations.set(id, body);
  }
  return operations;
}

/** The names of the manifest's operations: the only ones the metrics give series of their own in safelist mode. */
export function operationNames(operations: Map<string, string>): Set<string> {
  const names = new Set<string>();
  for (const body of operations.values()) {
    for (const definition of parse(body).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}

/**
 * Safelist mode: only the manifest's operations run. A client sends an operation's id as an
 * automatic-persisted-query hash (the text is looked up in the manifest) or its exact text;
 * anything else is refused with OPERATION_NOT_SAFELISTED before any subgraph is called.
 */
export function safelist(operations: Map<string, string>) {
  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (!operations.has(queryHash)) {
            throw new GraphQLError('Only the operations of the safelist may run on this server', {
              extensions: { code: 'OPERATION_NOT_SAFELISTED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
  /** The persisted-query store is the manifest itself: nothing new is registered. */
  const cache = {
    async get(key: string) {
      return operations.get(key.replace(/^apq:/, ''));
    },
    async set() {},
    async delete() {
      return true;
    },
  };
  return { plugin, persistedQueries: { cache } };
}
