// No breaking change by accident: the schema against the last released one (GraphQL Inspector),
// a breaking change allowed only when the changelog announces it after its deprecation period.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaBreaks } from '../../api/src/schema-compat.js';
import { repoRoot } from '../helpers/product.js';

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const RELEASED = `type Query { a: Int, b: Int @deprecated(reason: "Use a"), c(first: Int): [String!]! }`;
const TODAY = new Date('2026-12-05T00:00:00Z');
const changelog = (...breaking: string[]) =>
  `# API changelog\n\n## Unreleased\n\n### Breaking\n\n${breaking.join('\n')}\n\n## 2026-09-01\n\n- \`Query.c\` deprecated 2026-01-01\n`;

describe('schema:check', () => {
  it('passes the committed schema against the released one', async () => {
    expect(await schemaBreaks(read('schema/released.graphql'), read('schema/schema.graphql'), read('schema/CHANGELOG.md'))).toEqual([]);
  });

  it('fails when a field is removed or retyped without an announcement', async () => {
    const removed = await schemaBreaks(RELEASED, `type Query { a: Int, b: Int @deprecated(reason: "Use a") }`, changelog(), TODAY);
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(/^Query\.c: .*not announced/);
    const retyped = await schemaBreaks(
      RELEASED,
      `type Query { a: String, b: Int @deprecated(reason: "Use a"), c(first: Int): [String!]! }`,
      changelog(),
      TODAY,
    );
    expect(retyped).toHaveLength(1);
    expect(retyped[0]).toMatch(/^Query\.a: /);
    // Adding is never breaking.
    expect(
      await schemaBreaks(RELEASED, `type Query { a: Int, b: Int @deprecated(reason: "Use a"), c(first: Int): [String!]!, d: Int }`, changelog(), TODAY),
    ).toEqual([]);
  });

  it('allows removing a deprecated field announced 90 days after its deprecation, and nothing sooner', async () => {
    const without = `type Query { a: Int, c(first: Int): [String!]! }`;
    expect(await schemaBreaks(RELEASED, without, changelog('- `Query.b` removed (deprecated 2026-08-01): use `Query.a`'), TODAY)).toEqual([]);
    const soon = await schemaBreaks(RELEASED, without, changelog('- `Query.b` removed (deprecated 2026-11-20): use `Query.a`'), TODAY);
    expect(soon).toHaveLength(1);
    expect(soon[0]).toMatch(/90 days/);
    const undated = await schemaBreaks(RELEASED, without, changelog('- `Query.b` removed'), TODAY);
    expect(undated[0]).toMatch(/deprecated YYYY-MM-DD/);
    // Announced under an older release, or elsewhere than "Breaking", it does not count.
    expect(await schemaBreaks(RELEASED, without, changelog(), TODAY)).toHaveLength(1);
  });

  it('refuses removing a field that was never deprecated, even announced', async () => {
    const refused = await schemaBreaks(
      RELEASED,
      `type Query { a: Int, b: Int @deprecated(reason: "Use a") }`,
      changelog('- `Query.c` removed (deprecated 2026-01-01)'),
      TODAY,
    );
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/not @deprecated/);
  });
});
