// Text that PostgreSQL cannot store (NUL) or that is not valid Unicode (lone UTF-16
// surrogates) is refused at the edge for every argument, with the argument's name.
import type { MiddlewareFn } from 'type-graphql';
import { BadUserInputError } from './errors.js';

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function findBadText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBadText(value[i], `${path}.${i}`);
      if (bad) return bad;
    }
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) {
      const bad = findBadText(inner, `${path}.${key}`);
      if (bad) return bad;
    }
  }
  return null;
}

export const rejectUnstorableText: MiddlewareFn = ({ args }, next) => {
  for (const [name, value] of Object.entries(args)) {
    const bad = findBadText(value, name);
    if (bad) throw new BadUserInputError(bad, 'Text contains characters that are not allowed (NUL or invalid Unicode)');
  }
  return next();
};
