// Chinese-friendly text search for any table with a bigram index on an expression
// (`aixin_bigrams(expr)`, see Migration20261123140000_project_search): the index narrows the
// candidates, position() keeps only exact substrings.
import type { QueryBuilder } from '@mikro-orm/postgresql';
import { checkOptionalText } from './text-input.js';

const SEARCH_MAX = 50;

/** Narrows `qb` to rows whose `expression` contains `search` (blank: no filter). */
export function whereTextContains<T extends object>(qb: QueryBuilder<T>, expression: string, search: string | null | undefined, field = 'filter.search'): void {
  const term = checkOptionalText(field, search, SEARCH_MAX);
  if (term === null) return;
  qb.andWhere(`aixin_bigrams(${expression}) @> aixin_bigrams(?) and position(lower(?) in lower(${expression})) > 0`, [term, term]);
}
