// What the developer portal (/developers/) states, taken at build time from where it is defined:
// the schema reference from schema/schema.graphql (graphql-js), the changelog and the webhooks
// guide from their Markdown (markdown-it, raw HTML shown as text), and the limits from the API's
// own defaults (api/src/common/published-limits.ts), so none of them can drift from the API.
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import MarkdownIt from 'markdown-it';
import schemaText from '../../../schema/schema.graphql?raw';
import changelogText from '../../../schema/CHANGELOG.md?raw';
import webhooksText from '../../../docs/webhooks.md?raw';

export { DEFAULT_RATE_LIMITS, QUERY_LIMITS, RATE_WINDOW_SECONDS } from '../../../api/src/common/published-limits.js';

/** The scopes a partner key may hold (schema enum PartnerScope), in the order the portal explains them. */
export const PARTNER_SCOPES = ['READ', 'PUBLISH', 'ROSTER', 'RECORD_HOURS', 'REQUEST'] as const;

/** The codes errors carry in `extensions.code` (api/src/common/errors.ts). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'CAPACITY_REACHED',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] as const;

/** A field's `Scope:` line: which key scope an operation needs, or that only people may call it. */
export type Scope = { kind: 'key'; scope: string } | { kind: 'people' };

const SCOPE_LINE = /^Scope: (?:people only \(not API keys\)|([A-Z_]+) \(API keys\))$/;

/** A field's `App scope:` line: what an app acting for a volunteer needs (profile, signups, hours), or that it is public or never for apps. */
export type AppScope = 'public' | 'none' | 'profile' | 'signups' | 'hours';

const APP_SCOPE_LINE = /^App scope: (public|none|profile|signups|hours) \(/;

/** A description split into its text, its `Scope:` line and its `App scope:` line. */
export function splitScope(description: string | null | undefined): { text: string; scope: Scope | null; appScope: AppScope | null } {
  const lines = (description ?? '').split('\n');
  let scope: Scope | null = null;
  let appScope: AppScope | null = null;
  const text = lines
    .filter((line) => {
      const app = APP_SCOPE_LINE.exec(line.trim());
      if (app) {
        appScope = app[1] as AppScope;
        return false;
      }
      const m = SCOPE_LINE.exec(line.trim());
      if (!m) return true;
      scope = m[1] ? { kind: 'key', scope: m[1] } : { kind: 'people' };
      return false;
    })
    .join('\n')
    .trim();
  return { text, scope, appScope };
}

export interface RefArgument {
  name: string;
  type: string;
  /** The named type under lists and non-nulls, for a link. */
  typeName: string;
  defaultValue: string | null;
  description: string;
  deprecationReason: string | null;
}

export interface RefField extends RefArgument {
  args: RefArgument[];
  scope: Scope | null;
  appScope: AppScope | null;
}

export interface RefType {
  name: string;
  kind: 'OBJECT' | 'INTERFACE' | 'UNION' | 'ENUM' | 'INPUT_OBJECT' | 'SCALAR';
  description: string;
  fields: RefField[];
  interfaces: string[];
  members: string[];
  values: { name: string; description: string; deprecationReason: string | null }[];
}

export interface SchemaReference {
  queries: RefField[];
  mutations: RefField[];
  types: RefType[];
}

function argument(arg: GraphQLArgument | GraphQLInputField): RefArgument {
  return {
    name: arg.name,
    type: String(arg.type),
    typeName: getNamedType(arg.type).name,
    defaultValue: arg.defaultValue === undefined ? null : JSON.stringify(arg.defaultValue),
    description: arg.description ?? '',
    deprecationReason: arg.deprecationReason ?? null,
  };
}

function field(f: GraphQLField<unknown, unknown>): RefField {
  const { text, scope, appScope } = splitScope(f.description);
  return {
    name: f.name,
    type: String(f.type),
    typeName: getNamedType(f.type).name,
    defaultValue: null,
    description: text,
    deprecationReason: f.deprecationReason ?? null,
    args: f.args.map(argument),
    scope,
    appScope,
  };
}

function refType(t: GraphQLNamedType): RefType {
  const base = { name: t.name, description: t.description ?? '', fields: [], interfaces: [], members: [], values: [] };
  if (isObjectType(t) || isInterfaceType(t))
    return {
      ...base,
      kind: isObjectType(t) ? 'OBJECT' : 'INTERFACE',
      fields: Object.values(t.getFields()).map(field),
      interfaces: t.getInterfaces().map((i) => i.name),
    };
  if (isUnionType(t)) return { ...base, kind: 'UNION', members: t.getTypes().map((m) => m.name) };
  if (isEnumType(t))
    return {
      ...base,
      kind: 'ENUM',
      values: t.getValues().map((v) => ({ name: v.name, description: v.description ?? '', deprecationReason: v.deprecationReason ?? null })),
    };
  if (isInputObjectType(t))
    return { ...base, kind: 'INPUT_OBJECT', fields: Object.values(t.getFields()).map((f) => ({ ...argument(f), args: [], scope: null, appScope: null })) };
  if (isScalarType(t)) return { ...base, kind: 'SCALAR' };
  throw new Error(`Unknown kind of type: ${String(t)}`);
}

let schema: GraphQLSchema | null = null;

/** The schema the site was built with. */
export function portalSchema(): GraphQLSchema {
  schema ??= buildSchema(schemaText);
  return schema;
}

/** Every query, mutation and type of the schema, sorted by name (the schema file's order). */
export function schemaReference(): SchemaReference {
  const s = portalSchema();
  const roots = new Set([s.getQueryType()?.name, s.getMutationType()?.name, s.getSubscriptionType()?.name]);
  const types = Object.values(s.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && !roots.has(t.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(refType);
  return {
    queries: Object.values(s.getQueryType()?.getFields() ?? {}).map(field),
    mutations: Object.values(s.getMutationType()?.getFields() ?? {}).map(field),
    types,
  };
}

// Raw HTML in the Markdown is shown as text; links keep http(s) and relative addresses.
const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url) => defaultValidate(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url.replace(/^https?:/i, ''));

/**
 * Markdown as HTML, without its title (`# …`: the page has its own). Headings get ids
 * (`2026-12-05`, `unreleased`) so a version can be linked to.
 */
export function renderMarkdown(source: string): string {
  const tokens = md.parse(source.replace(/^# .*\n/, ''), {});
  const used = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const base =
      (tokens[i + 1]?.content ?? '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || 'section';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    token.attrSet('id', id);
  });
  // Wide code and tables scroll in their own box on a phone, which keyboards must reach too.
  return md.renderer.render(tokens, md.options, {}).replace(/<(pre|table)>/g, '<$1 tabindex="0">');
}

/** The API changelog (schema/CHANGELOG.md) as HTML. */
export function changelogHtml(): string {
  return renderMarkdown(changelogText);
}

/** The webhooks guide (docs/webhooks.md) as HTML. */
export function webhooksHtml(): string {
  // The guide's own links point into the repository; on the site they would lead nowhere.
  return renderMarkdown(webhooksText.replace(/\[([^\]]+)\]\((?!https?:)[^)]*\)/g, '$1'));
}

/** Webhook events (the guide's table of events), for the overview. */
export function webhookEvents(): string[] {
  return [...webhooksText.matchAll(/^\| `([a-z_]+\.[a-z_]+)` \|/gm)].map((m) => m[1]);
}

/** The operation a partner app starts with: its team's activities, drafts included (a key sees them). */
export const EXAMPLE_QUERY = `query TeamActivities($organizationId: ID!, $after: String) {
  projects(first: 20, after: $after, filter: { organizationId: $organizationId }) {
    nodes {
      id
      title
      status
      shifts {
        id
        startsAt
        capacity
        remaining
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}`;

/** A mutation with an idempotency key: recording service time after a shift (RECORD_HOURS). */
export const EXAMPLE_MUTATION = `mutation RecordHours($input: RecordHoursInput!) {
  recordHours(input: $input) {
    id
    minutes
    serviceDate
  }
}`;

/** What GraphiQL opens with: public data, so it answers with or without a key. */
export const GRAPHIQL_DEFAULT_QUERY = `# 爱心志愿服务平台 · Aixin GraphQL API
# Ctrl-Enter: 运行 / run
query UpcomingActivities {
  projects(first: 5) {
    nodes {
      id
      title
      status
      organization {
        id
        name
      }
    }
    totalCount
  }
}
`;

/** Every GraphQL operation the portal shows, for the test that checks them against the schema. */
export const PORTAL_OPERATIONS = [EXAMPLE_QUERY, EXAMPLE_MUTATION, GRAPHIQL_DEFAULT_QUERY];
