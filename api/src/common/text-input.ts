// Text that PostgreSQL cannot store (NUL) or that is not valid Unicode (lone UTF-16
// surrogates) is refused once per request, in the variables and in the document's literals,
// before execution, naming where it was found.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function findBadText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBadText(value[i], `${path}.${i}`);
      if (bad) return bad;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const bad = findBadText(inner, path ? `${path}.${key}` : key);
      if (bad) return bad;
    }
  }
  return null;
}

function findBadLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      if (found) return false;
      let bad = false;
      visit(node.value, {
        [Kind.STRING](s) {
          if (UNSTORABLE.test(s.value)) bad = true;
        },
      });
      if (bad) found = node.name.value;
      return undefined;
    },
  });
  return found;
}

export function rejectUnstorableText<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = findBadText(request.variables ?? {}, '') ?? findBadLiteral(document);
          if (field) {
            throw new GraphQLError('Text contains characters that are not allowed (NUL or invalid Unicode)', {
              extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
