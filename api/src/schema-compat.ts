// Partners must not be broken by accident: the schema is compared with the last released one
// (schema/released.graphql) by GraphQL Inspector, and a breaking change passes only when
// schema/CHANGELOG.md announces it under "## Unreleased" / "### Breaking", naming its path and the
// date it was deprecated, at least DEPRECATION_DAYS before; a removed field or enum value must
// also have been @deprecated in the released schema. `npm run schema:check` runs this in CI.
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema } from 'graphql';

/** How long a field stays deprecated before it may go. */
export const DEPRECATION_DAYS = 90;

/** What the check found: breaking changes the changelog does not allow, each said in a line. */
export async function schemaBreaks(released: string, current: string, changelog: string, today = new Date()): Promise<string[]> {
  const before = buildSchema(released);
  const changes = await diff(before, buildSchema(current));
  const announced = breakingEntries(changelog);
  const refused: string[] = [];
  for (const change of changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking)) {
    const why = refusal(change, announced, before, today);
    if (why) refused.push(`${change.path ?? change.type}: ${change.message} (${why})`);
  }
  return refused;
}

/** The lines of "## Unreleased" → "### Breaking". */
function breakingEntries(changelog: string): string[] {
  const unreleased = changelog.split(/^## /m).find((part) => part.startsWith('Unreleased')) ?? '';
  const breaking = unreleased.split(/^### /m).find((part) => part.startsWith('Breaking')) ?? '';
  return breaking.split('\n').filter((line) => line.startsWith('- '));
}

function refusal(change: Change, announced: string[], released: GraphQLSchema, today: Date): string | null {
  const path = change.path ?? '';
  const entry = announced.find((line) => path && line.includes(`\`${path}\``));
  if (!entry) return `not announced in schema/CHANGELOG.md under "## Unreleased" / "### Breaking" with \`${path}\``;
  const since = /deprecated (\d{4}-\d{2}-\d{2})/.exec(entry)?.[1];
  if (!since) return 'the changelog entry does not say "deprecated YYYY-MM-DD"';
  const days = (today.getTime() - Date.parse(`${since}T00:00:00Z`)) / 86_400_000;
  if (!(days >= DEPRECATION_DAYS)) return `deprecated ${since}: removal allowed ${DEPRECATION_DAYS} days after that`;
  if (/_REMOVED$/.test(String(change.type)) && !wasDeprecated(released, path)) return 'it was not @deprecated in schema/released.graphql';
  return null;
}

/** Whether the released schema marks the field, argument or enum value at `path` @deprecated. */
function wasDeprecated(released: GraphQLSchema, path: string): boolean {
  const [typeName, member] = path.split('.');
  const type = released.getType(typeName);
  if (!type || !member) return false;
  if ('getFields' in type) return !!(type.getFields() as Record<string, { deprecationReason?: string | null }>)[member]?.deprecationReason;
  if ('getValues' in type) return !!type.getValues().find((v) => v.name === member)?.deprecationReason;
  return false;
}
