// What the developer portal states is the API's own: every operation it shows is valid against the
// committed schema, the scopes, error codes, webhook events and limits it lists are those the API
// defines, the reference covers every operation with its `Scope:` line, and the changelog keeps
// raw HTML as text. (The built pages themselves: tests/site/build.test.ts.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { DEFAULT_RATE_LIMITS } from '../../api/src/common/rate-limits.js';
import { QUERY_LIMITS } from '../../api/src/common/guards.js';
import { WEBHOOK_EVENTS } from '../../api/src/modules/webhook/webhook.queries.js';
import { PartnerScope } from '../../api/src/common/auth.js';
import { repoRoot } from '../helpers/product.js';
import * as portal from '../../site/src/lib/developers.js';

const schemaText = readFileSync(path.join(repoRoot, 'schema/schema.graphql'), 'utf8');
const schema = buildSchema(schemaText);

describe('the developer portal', () => {
  it('shows only operations that are valid against schema/schema.graphql', () => {
    expect(portal.PORTAL_OPERATIONS.length).toBeGreaterThanOrEqual(3);
    for (const operation of portal.PORTAL_OPERATIONS)
      expect(
        validate(schema, parse(operation)).map((e) => e.message),
        operation,
      ).toEqual([]);
  });

  it("states the API's own limits, scopes, error codes and webhook events", () => {
    expect(portal.DEFAULT_RATE_LIMITS).toEqual(DEFAULT_RATE_LIMITS);
    expect(portal.DEFAULT_RATE_LIMITS).toEqual({
      key: { requests: 600, cost: 100_000 },
      volunteer: { requests: 300, cost: 60_000 },
      address: { requests: 300, cost: 60_000 },
    });
    expect(portal.QUERY_LIMITS).toEqual(QUERY_LIMITS);
    expect([...portal.PARTNER_SCOPES].sort()).toEqual(Object.values(PartnerScope).sort());
    expect([...portal.PARTNER_SCOPES].sort()).toEqual(
      (schema.getType('PartnerScope') as any)
        .getValues()
        .map((v: { name: string }) => v.name)
        .sort(),
    );
    const errorSource = readFileSync(path.join(repoRoot, 'api/src/common/errors.ts'), 'utf8');
    const union = /export type ErrorCode =([^;]+);/.exec(errorSource)![1];
    expect([...portal.ERROR_CODES].sort()).toEqual([...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]).sort());
    // The guide's table of events: every event an endpoint may take, and the ping.
    expect(portal.webhookEvents().sort()).toEqual([...WEBHOOK_EVENTS, 'webhook.ping'].sort());
  });

  it('references every query and mutation, each with the scope its description states', () => {
    const ref = portal.schemaReference();
    expect(ref.queries.map((f) => f.name)).toEqual(Object.keys(schema.getQueryType()!.getFields()));
    expect(ref.mutations.map((f) => f.name)).toEqual(Object.keys(schema.getMutationType()!.getFields()));
    // A description's own line, or the whole of a one-line description ("""Scope: …""").
    const scopeLines = schemaText.split('\n').filter((line) => /^\s*(""")?Scope: /.test(line));
    const withScope = [...ref.queries, ...ref.mutations, ...ref.types.flatMap((t) => t.fields)].filter((f) => f.scope);
    expect(scopeLines.length).toBeGreaterThan(80);
    expect(withScope).toHaveLength(scopeLines.length);
    // Every mutation declares one (a mutation without is refused to keys: common/key-scope.ts).
    expect(ref.mutations.filter((f) => !f.scope).map((f) => f.name)).toEqual([]);
    const record = ref.mutations.find((f) => f.name === 'recordHours')!;
    expect(record.scope).toEqual({ kind: 'key', scope: 'RECORD_HOURS' });
    expect(record.description).not.toContain('Scope:');
    expect(ref.mutations.find((f) => f.name === 'logIn')!.scope).toEqual({ kind: 'people' });
    // Every named type of the schema has its entry.
    const named = Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__') && !['Query', 'Mutation'].includes(n));
    expect(ref.types.map((t) => t.name).sort()).toEqual(named.sort());
  });

  it('renders the changelog with every heading, and raw HTML in Markdown as text', () => {
    const html = portal.changelogHtml();
    const changelog = readFileSync(path.join(repoRoot, 'schema/CHANGELOG.md'), 'utf8');
    const headings = [...changelog.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(expect.arrayContaining(['Unreleased', 'Added', 'Breaking', 'Deprecated']));
    for (const heading of headings) expect(html).toMatch(new RegExp(`<h[23] id="[^"]+">${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h[23]>`));
    expect(html).not.toContain('<h1');
    expect(
      portal.renderMarkdown('# Title\n\n## A <b>b</b>\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) [y](https://example.org/)\n\n## A <b>b</b>'),
    ).toBe(
      [
        '<h2 id="a-b-b-b">A &lt;b&gt;b&lt;/b&gt;</h2>',
        '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
        '<p>[x](javascript:alert(1)) <a href="https://example.org/">y</a></p>',
        '<h2 id="a-b-b-b-2">A &lt;b&gt;b&lt;/b&gt;</h2>',
        '',
      ].join('\n'),
    );
    expect(portal.webhooksHtml()).toContain('X-Aixin-Signature');
    expect(portal.webhooksHtml()).not.toMatch(/<script|href="(?!https?:|#)/);
  });
});
