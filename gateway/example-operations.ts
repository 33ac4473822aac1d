import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/paths';

/** The users' example operations (examples/queries): what the README shows and GraphiQL opens with. */
export interface ExampleOperation {
  file: string;
  source: string;
  /** From the file's `# Variables: {…}` line; none: `{}`. */
  variables: Record<string, unknown>;
  /** Whether it writes (it needs a bearer token). */
  mutation: boolean;
}

export const EXAMPLES_FOLDER = join(ROOT, 'examples', 'queries');

/** The examples in file order; none when the folder is absent (an image built without it). */
export function readExampleOperations(folder = EXAMPLES_FOLDER): ExampleOperation[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const source = readFileSync(join(folder, file), 'utf8');
      const variables = /^# Variables: (.*)$/m.exec(source)?.[1];
      return { file, source, variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : {}, mutation: /^mutation\b/m.test(source) };
    });
}
