// Checks of the text callers send. Text that PostgreSQL cannot store (NUL) or that is not valid
// Unicode (lone UTF-16 surrogates) is refused once per request, in the variables and in the
// document's literals, before execution, naming where it was found; the services then hold each
// field to its length with checkText and checkOptionalText.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { BadUserInputError } from './errors.js';
import { Reason } from './error-reasons.js';

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

/** What findBadLiteral found in each document: Apollo hands over the same parsed document for the same query text. */
const literalsChecked = new WeakMap<DocumentNode, string | null>();

function findBadLiteral(document: DocumentNode): string | null {
  const known = literalsChecked.get(document);
  if (known !== undefined) return known;
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
  literalsChecked.set(document, found);
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
              extensions: { code: 'BAD_USER_INPUT', reason: Reason.UNSTORABLE_TEXT, field, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * Trimmed text of `min..max` characters, counted as a person reads them (an emoji is one, not two
 * UTF-16 units). Blank required text is REQUIRED; otherwise TOO_SHORT or TOO_LONG with `min` and `max`.
 */
export function checkText(field: string, value: string | null | undefined, min: number, max: number): string {
  const text = (value ?? '').trim();
  const length = Array.from(text).length;
  if (length === 0 && min > 0) throw new BadUserInputError(field, Reason.REQUIRED, `${field} is required`, { min, max });
  if (length < min) throw new BadUserInputError(field, Reason.TOO_SHORT, `${field} must be ${min}..${max} characters`, { min, max });
  if (length > max) throw new BadUserInputError(field, Reason.TOO_LONG, `${field} must be at most ${max} characters`, { min, max });
  return text;
}

/** Optional text of at most `max` characters: null, empty or blank clears it. */
export function checkOptionalText(field: string, value: string | null | undefined, max: number): string | null {
  return checkText(field, value, 0, max) || null;
}
