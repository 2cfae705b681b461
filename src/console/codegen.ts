import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Typed documents for the console's operations (the `.graphql` files beside its screens), from the
// published schema. `npm run codegen` writes src/console/gql/ (committed); `npm run codegen:check` fails on drift.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['src/console/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/console/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: (body: string) => createHash('sha256').update(body).digest('hex') } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', JSON: 'unknown' },
        skipTypename: false,
      },
    },
  },
};

export default config;
