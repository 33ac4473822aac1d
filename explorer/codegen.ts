import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types of the explorer's operations, generated from the public API schema: `npm run codegen:explorer`. */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['explorer/src/**/*.{ts,tsx}', '!explorer/src/gql/**'],
  generates: {
    'explorer/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', JSON: 'unknown' } },
    },
  },
};

export default config;
