import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for the operations in operations/, from the client-facing schema `npm run compose` writes. */
const config: CodegenConfig = {
  schema: '../../schema/api.graphql',
  documents: 'operations/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations'],
      config: {
        strictScalars: true,
        scalars: { Date: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};

export default config;
