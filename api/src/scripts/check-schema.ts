// `npm run schema:check`: fails when schema/schema.graphql breaks schema/released.graphql in a way
// schema/CHANGELOG.md does not announce (api/src/schema-compat.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config.js';
import { schemaBreaks } from '../schema-compat.js';

const read = (file: string) => readFile(path.join(repoRoot, file), 'utf8');
const refused = await schemaBreaks(await read('schema/released.graphql'), await read('schema/schema.graphql'), await read('schema/CHANGELOG.md'));
if (refused.length) {
  console.error(`The schema breaks what partners rely on (schema/released.graphql):\n${refused.map((line) => `  - ${line}`).join('\n')}`);
  console.error('Deprecate first (@deprecated(reason:)), and announce the removal in schema/CHANGELOG.md; see the file.');
  process.exit(1);
}
console.log('schema/schema.graphql keeps every released field, argument and type (or announces its removal).');
