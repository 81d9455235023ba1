// The coordinator console's operations travel in its own bundle. Documents imported from
// gql/graphql land in the chunk every island shares (that module is shared, so it is bundled
// once for all of them), which the console's operations would push past its budget; here the
// text codegen reads from the island's file is the text sent, typed by what codegen generated
// for it (types only, nothing of gql/graphql at run time).
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

// An operation that spreads a fragment is sent with the fragment's own document (`fragments`):
// one definition serves the query and the mutations that answer with the same fields.
export function operation<TResult, TVariables>(text: string, ...fragments: string[]): DocumentTypeDecoration<TResult, TVariables> {
  return [text, ...fragments].join('\n') as DocumentTypeDecoration<TResult, TVariables>;
}
