// The coordinator console's operations travel in its own bundle. Documents imported from
// gql/graphql land in the chunk every island shares (that module is shared, so it is bundled
// once for all of them), which the console's operations would push past its budget; here the
// text codegen reads from the island's file is the text sent, typed by what codegen generated
// for it (types only, nothing of gql/graphql at run time).
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export function operation<TResult, TVariables>(text: string): DocumentTypeDecoration<TResult, TVariables> {
  return text as DocumentTypeDecoration<TResult, TVariables>;
}
