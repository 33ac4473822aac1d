import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { ROOT } from '../../lib/paths';
import { API_SCHEMA_FILE } from '../../scripts/composition';

/** The benchmark's example operations stay valid against the public schema. */
const apiSchema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
const directory = join(ROOT, 'bench', 'operations');
const files = readdirSync(directory).filter((file) => file.endsWith('.graphql'));

describe('bench/operations', () => {
  it('holds the dependency-analysis operations', () => {
    expect(files).toEqual(expect.arrayContaining(['agency-dependencies.graphql', 'paper-inquiry-report.graphql', 'critical-providers.graphql', 'dependency-chains.graphql', 'agency-impact.graphql']));
  });

  it.each(files)('%s is a valid operation of the API schema, its variables noted', (file) => {
    const text = readFileSync(join(directory, file), 'utf8');
    expect(validate(apiSchema, parse(text)).map((error) => error.message)).toEqual([]);
    expect(text).toMatch(/^# Variables: \{/m);
  });
});
